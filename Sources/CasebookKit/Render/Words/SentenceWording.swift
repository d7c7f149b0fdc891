/// A sentence in words: "2 years of freedom limitation; 100 hours of community work;
/// 5-year ban on public and political activity". The rules (docs/content.md, "Sentences")
/// are here; the words and their order are the catalogue's `sentence`, `units` and `list`.
enum SentenceWording {
    static func describe(_ components: [SentenceComponent], site: SiteConfig, words: Catalogue) -> String {
        // Each part isolated, so a direction control in one note cannot turn the others around.
        components.map { BidiText.isolated(phrase($0, site: site, words: words)) }.joined(separator: words.text("sentence.separator"))
    }

    /// The sentence as HTML, escaped, with each note a translation left out inside an
    /// element of its own language (`… на <bdi lang="ru">журналистскую деятельность</bdi>`),
    /// as a certainty's note is: the catalogue's words stay in the page's language. So is
    /// a sentence type's label or a charge site.yml gives no text in the page's language
    /// (`<bdi lang="en">freedom limitation</bdi> сроком на 2 года`, `LabelMarks`).
    static func html(_ components: [SentenceComponent], site: SiteConfig, words: Catalogue) -> String {
        both(components, site: site, words: words).html
    }

    /// `describe` and `html` at once, each part worded once: pages show both.
    static func both(_ components: [SentenceComponent], site: SiteConfig, words: Catalogue) -> (text: String, html: String) {
        var texts: [String] = [], htmls: [String] = []
        for c in components {
            let text = phrase(c, site: site, words: words)
            texts.append(BidiText.isolated(text))
            let marks = self.marks(c, site: site)
            guard !marks.isEmpty else {
                htmls.append(HTMLEscaping.escape(texts[texts.count - 1]))
                continue
            }
            var marked = c
            if c.noteShownIn != nil, c.note != nil { marked.note = marker }
            let html = LabelMarks.filled(phrase(marked, site: site, words: words, marked: true), marks)
            htmls.append(BidiText.hasDirectionControl(text) ? "\u{2068}\(html)\u{2069}" : html)
        }
        let separator = words.text("sentence.separator")
        return (texts.joined(separator: separator), htmls.joined(separator: HTMLEscaping.escape(separator)))
    }

    /// What a part's HTML marks with its language: an untranslated note, type label and charge.
    static func marks(_ c: SentenceComponent, site: SiteConfig) -> [(marker: String, text: String, lang: String?)] {
        var marks: [(marker: String, text: String, lang: String?)] = []
        if let lang = c.noteShownIn, let note = c.note { marks.append((marker, note, lang)) }
        if let lang = site.sentenceTypes.shownIn[c.type] { marks.append((LabelMarks.label, site.sentenceTypes.label(c.type), lang)) }
        if let ref = c.charge, let charge = site.charge(ref.id), let lang = charge.law != nil ? charge.lawLang : charge.labelLang {
            marks.append((LabelMarks.charge, charge.law ?? charge.label, lang))
        }
        return marks
    }

    /// The HTML of a catalogue text that holds a sentence (`{sentence}` filled with `marker`).
    static func filled(_ text: String, with html: String) -> String {
        HTMLEscaping.escape(text).replacingOccurrences(of: marker, with: html)
    }

    /// Stands for a note while its pattern is escaped: a private-use character, as `CertaintyValue`'s.
    static let marker = "\u{E000}"

    /// Penalties named as a noun that a duration qualifies ("5-year ban", "3-year suspended sentence").
    static let adjectiveTypes: Set<String> = ["activity-ban", "suspended"]

    /// `marked`: an untranslated type label and charge are their markers (`LabelMarks`), for `both`.
    static func phrase(_ c: SentenceComponent, site: SiteConfig, words: Catalogue, marked: Bool = false) -> String {
        var text = core(c, site: site, words: words, marked: marked)
        if let probation = c.probation {
            let term = SentenceComponent(type: c.type, years: probation.years, months: probation.months, days: probation.days)
            text = words.text("sentence.probation", ["text": text, "durations": words.list(durationParts(term, words: words))])
        }
        if c.fromRelease { text = words.text("sentence.from_release", ["text": text]) }
        if let ref = c.charge, let charge = site.charge(ref.id) {
            let untranslated = (charge.law != nil ? charge.lawLang : charge.labelLang) != nil
            text = words.text("sentence.for_charge", ["text": text, "charge": marked && untranslated ? LabelMarks.charge : charge.law ?? charge.label])
        }
        // Beside the part it qualifies, as an event's certainty is beside the event.
        if let certainty = c.certainty {
            text = words.text("sentence.certainty", ["text": text, "certainty": words.text("decisions.certainty_\(certainty.rawValue)")])
        }
        return text
    }

    /// The penalty itself, with its note.
    static func core(_ c: SentenceComponent, site: SiteConfig, words: Catalogue, marked: Bool = false) -> String {
        let label = marked && site.sentenceTypes.shownIn[c.type] != nil ? LabelMarks.label : site.sentenceTypes.label(c.type)
        func noted(_ text: String, _ note: String?) -> String {
            note.map { words.text("sentence.note", ["text": text, "note": $0]) } ?? text
        }
        // A fine, or any type that takes an amount and has one: "fine of 500,000 KZT".
        if c.type == "fine" || (c.amount != nil && !site.durationOnlyTypes.contains(c.type)) {
            let text = c.amount.map { words.text("sentence.fine", ["label": label, "amount": amount($0, c.currency, words: words)]) } ?? label
            return noted(text, c.note)
        }
        let durations = durationParts(c, words: words)
        if adjectiveTypes.contains(c.type) {
            // The note says what is banned: "ban on public and political activity".
            let noun = (c.type == "activity-ban" && c.note != nil) ? words.text("sentence.ban_on", ["note": c.note!]) : label
            let trailingNote = c.type == "activity-ban" ? nil : c.note
            if let single = singleUnit(c, words: words) {
                return noted(words.text("sentence.qualified", ["duration": single, "noun": noun]), trailingNote)
            }
            let text = durations.isEmpty ? noun : words.text("sentence.noun_for", ["noun": noun, "durations": words.list(durations)])
            return noted(text, trailingNote)
        }
        let text = durations.isEmpty ? label : words.text("sentence.durations", ["durations": words.list(durations), "label": label])
        return noted(text, c.note)
    }

    /// "530,250 tenge", "5 000 рублей": a currency the catalogue names takes the form its
    /// number asks for; another is its code after the amount ("1,000 CHF").
    static func amount(_ value: DecimalNumber, _ currency: String?, words: Catalogue) -> String {
        let digits = words.number.grouped(value)
        guard let currency else { return digits }
        let named = "currency." + currency
        guard words.plurals[named] != nil else {
            return words.text("sentence.amount_currency", ["amount": digits, "currency": currency])
        }
        return words.plural(named, digits: value.digits, shown: digits)
    }

    static func units(_ c: SentenceComponent) -> [(DecimalNumber?, String)] {
        [(c.years, "year"), (c.months, "month"), (c.days, "day"), (c.hours, "hour")]
    }

    /// "2 years", "6 months", "100 hours" for each number given, in the digits written.
    static func durationParts(_ c: SentenceComponent, words: Catalogue) -> [String] {
        units(c).compactMap { value, unit in
            guard let value, !value.isZero else { return nil }
            return words.plural("units.\(unit)", digits: value.digits, shown: words.number.plain(value))
        }
    }

    /// "5-year" when exactly one whole unit is given.
    static func singleUnit(_ c: SentenceComponent, words: Catalogue) -> String? {
        let given = units(c).filter { !($0.0?.isZero ?? true) }
        guard given.count == 1, let value = given[0].0, value.isWhole else { return nil }
        return words.plural("units.\(given[0].1)_adjective", digits: value.digits, shown: value.digits)
    }
}
