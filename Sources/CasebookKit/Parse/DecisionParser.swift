/// Reads a person's `decisions` and `earlier_roles` in a case, and the parts of a sentence.
extension FieldReader {
    static let decisionKeys = ["date", "court", "kind", "outcome", "charges", "sentence", "sentence_total", "in_absentia",
                               "sources", "note", "certainty"]
    static let earlierRoleKeys = ["role", "until", "sources"]
    static let sentenceKeys = ["type", "years", "months", "days", "hours", "amount", "currency", "charge", "probation",
                               "from_release", "note", "certainty", "sources"]

    mutating func decisions(_ fields: Fields, site: SiteConfig) -> [Decision] {
        var decisions: [Decision] = []
        for node in list(fields, "decisions") {
            guard let item = self.fields(node, known: Self.decisionKeys, what: "a decision",
                                         example: "{date: 2021-09-10, court: taraz-court-2, kind: first-instance, outcome: convicted}") else { continue }
            let date = date(item, "date", required: true)
            warnIfEarly(date, in: item, "date", rests: "the order of the decisions and the sentence in force rest on it")
            let kind = vocabulary(item, "kind", in: site.decisionKinds, required: true)
            let outcome = vocabulary(item, "outcome", in: site.decisionOutcomes.vocabulary)
            let charges: [Ref]? = item["charges"] == nil ? nil : refs(item, "charges")
            let sentence = sentenceParts(item, "sentence", site: site)
            let total = sentenceParts(item, "sentence_total", site: site)
            if !total.isEmpty, sentence.isEmpty, let node = item["sentence_total"] {
                diagnostics.error(node.position, "'sentence_total' is the combined term of the parts under 'sentence', and this decision gives none; "
                                  + "list the parts (each with its 'charge'), or write the term under 'sentence'")
            }
            if let outcome, site.decisionOutcomes.clearsSentence(outcome.id), !sentence.isEmpty, let node = item["sentence"] {
                diagnostics.error(node.position, "'\(outcome.id)' ends the sentence before it and sets none, so this 'sentence' would be "
                                  + "shown as in force; remove it, or give the outcome the court gave (for example 'convicted' or 'changed')")
            }
            if let previous = decisions.last, let date, date.lastDayNumber < previous.date.firstDayNumber, let node = item["date"] {
                diagnostics.error(node.position, "this decision ('date: \(date)') is listed after a later one ('date: \(previous.date)'); "
                                  + "list decisions in the order they were made, so the latest sets the current sentence")
            }
            // Read before a bad date or kind drops the decision, so their mistakes are told in the same run.
            let court = ref(item, "court"), inAbsentia = bool(item, "in_absentia") ?? false
            let sources = refs(item, "sources"), note = text(item, "note"), certainty = certainty(item)
            guard let date, let kind else { continue }
            decisions.append(Decision(
                date: date, court: court, kind: kind.id, outcome: outcome?.id, charges: charges,
                sentence: sentence, sentenceTotal: total, inAbsentia: inAbsentia,
                sources: sources, note: note, certainty: certainty, position: node.position))
        }
        return decisions
    }

    mutating func earlierRoles(_ fields: Fields, site: SiteConfig) -> [EarlierRole] {
        var roles: [EarlierRole] = [], lastUntil: PartialDate?
        for node in list(fields, "earlier_roles") {
            guard let item = self.fields(node, known: Self.earlierRoleKeys, what: "an earlier role",
                                         example: "{role: witness, until: 2018-03-09, sources: [id]}") else { continue }
            let role = vocabulary(item, "role", in: site.roles, required: true)
            let until = date(item, "until")
            let sources = refs(item, "sources")
            // The page reads "witness until …, then lawyer until …": the roles in the order held.
            if let until, let previous = lastUntil, until.lastDayNumber < previous.firstDayNumber, let dateNode = item["until"] {
                diagnostics.error(dateNode.position, "this role ended ('until: \(until)') before the one listed above it ('until: \(previous)'); "
                                  + "list earlier roles in the order the person held them")
            }
            lastUntil = until ?? lastUntil
            guard let role else { continue }
            roles.append(EarlierRole(role: role.id, until: until, sources: sources, position: node.position))
        }
        return roles
    }

    /// A list of sentence parts; a single part may be written without the list.
    mutating func sentenceParts(_ fields: Fields, _ key: String, site: SiteConfig) -> [SentenceComponent] {
        guard let node = fields[key], !node.isNull else { return [] }
        let items: [YAMLNode]
        if case .mapping = node.value { items = [node] } else { items = list(fields, key) }
        return items.compactMap { sentenceComponent($0, site: site) }
    }

    mutating func sentenceComponent(_ node: YAMLNode, site: SiteConfig) -> SentenceComponent? {
        guard let fields = fields(node, known: Self.sentenceKeys, what: "a sentence component",
                                  example: "{type: freedom-limitation, years: 2}") else { return nil }
        guard let type = vocabulary(fields, "type", in: site.sentenceTypes, required: true) else { return nil }
        let amount = number(fields, "amount")
        if let amount, site.durationOnlyTypes.contains(type.id), let amountNode = fields["amount"] {
            diagnostics.error(amountNode.position, "'\(type.id)' takes no amount, so 'amount: \(amount.digits)' would be lost; "
                              + "if the court also imposed a payment, give it a part of its own ({type: fine, amount: \(amount.digits)}), "
                              + "or let the type take amounts in site.yml sentence_types ('\(type.id): {label: …, amount: true}')")
        }
        // Life imprisonment has no term: a duration beside it would be worded as one.
        if type.id == "life", let key = ["years", "months", "days", "hours"].first(where: { fields[$0] != nil }), let node = fields[key] {
            diagnostics.error(node.position, "'life' is life imprisonment, which has no term, so '\(key)' would be worded as one; "
                              + "remove it (a fixed term is type: imprisonment)")
        }
        // No court gives a term of centuries: such a number is a slip of the keyboard or of a
        // spreadsheet (99999999999999999999 was published as it was).
        let years = number(fields, "years")
        if let years, let node = fields["years"], Self.beyondAnyTerm(years) {
            diagnostics.warning(node.position, "'years: \(years.digits)' is longer than any term a court gives; check the number (life imprisonment is type: life)")
        }
        var component = SentenceComponent(
            type: type.id, years: years, months: number(fields, "months"),
            days: number(fields, "days"), hours: number(fields, "hours"),
            amount: amount, note: text(fields, "note"))
        component.currency = currency(fields, amount: amount)
        if amount != nil, let note = component.note, let code = CurrencyNote.code(note), let node = fields["note"] {
            if component.currency == nil, fields["currency"] == nil {
                diagnostics.warning(node.position, "this note only names the amount's currency, and a note is printed as written, in brackets, "
                                    + "in every language; write 'currency: \(code)' instead, so the amount is worded with its currency in each "
                                    + "language, and remove the note from this part in the file's translations")
            } else if component.currency == code {
                diagnostics.warning(node.position, "this note repeats the currency, so the page would name it twice; remove the note")
            }
        }
        component.charge = ref(fields, "charge")
        component.probation = probation(fields, type: type.id)
        component.fromRelease = bool(fields, "from_release") ?? false
        // Only a ban or a limitation runs from release: "6 years of imprisonment from release"
        // was published as written. A warning, as an archive that built before keeps building.
        if component.fromRelease, Self.servedNotFromRelease.contains(type.id), let node = fields["from_release"] {
            diagnostics.warning(node.position, "'from_release' says a ban or a limitation runs from the person's release, but this part is '\(type.id)', "
                                + "which would read '… from release': remove it (a ban that starts after prison is a part of its own, "
                                + "like {type: activity-ban, years: 3, from_release: true})")
        }
        component.certainty = certainty(fields)
        component.sources = refs(fields, "sources")
        return component
    }

    /// Built-in types that do not run from a release: a term of prison, a payment, treatment.
    static let servedNotFromRelease: Set<String> = ["imprisonment", "life", "suspended", "fine", "community-work", "psychiatric"]

    mutating func currency(_ fields: Fields, amount: DecimalNumber?) -> String? {
        guard let node = fields["currency"], !node.isNull, let written = text(node, "currency") else { return nil }
        let code = written.uppercased()
        guard Currency.codes.contains(code) else {
            let near = Suggestion.phrase(for: code, in: Currency.codes)
            diagnostics.error(node.position, "'\(written)' is not an ISO 4217 currency code"
                              + (near.isEmpty ? "; write its three letters, like KZT, RUB, KGS, BYN, USD or EUR" : near))
            return nil
        }
        if amount == nil {
            diagnostics.error(node.position, "a currency needs an amount: add 'amount' to this part, or remove 'currency'")
        }
        return code
    }

    mutating func probation(_ fields: Fields, type: String) -> SentenceTerm? {
        guard let node = fields["probation"], !node.isNull else { return nil }
        if type != "suspended" {
            diagnostics.error(node.position, "'probation' is the probation period of a suspended sentence; "
                              + "this part is '\(type)': move it to the part with type: suspended")
        }
        guard let term = self.fields(node, known: ["years", "months", "days"], what: "a probation period",
                                     example: "{years: 4}") else { return nil }
        let result = SentenceTerm(years: number(term, "years"), months: number(term, "months"), days: number(term, "days"))
        // A length of zero would read "with  of probation": it is no length.
        if [result.years, result.months, result.days].allSatisfy({ $0 == nil || $0?.isZero == true }) {
            diagnostics.error(node.position, "a probation period needs its length, above zero: years, months or days, like {years: 4}")
            return nil
        }
        return result
    }

    /// More than three digits before the point, or more than 100 years.
    static func beyondAnyTerm(_ years: DecimalNumber) -> Bool {
        let whole = years.digits.prefix(while: { $0 != "." })
        return whole.count > 3 || (Int(whole) ?? 0) > 100
    }
}
