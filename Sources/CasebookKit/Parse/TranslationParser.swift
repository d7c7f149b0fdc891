/// Reads `content/<kind>/<id>.<lang>.md`, the text of a content file in another language.
/// A translation carries text only: any other key its kind knows is a fact, which comes
/// from the default-language file, and is an error naming both files.
enum TranslationParser {
    /// The keys a translation of each kind may hold.
    static func textKeys(_ kind: ContentKind) -> [String] {
        switch kind {
        case .cases: ["title", "summary", "status_note", "people", "events", "sources", "documents", "corrections", "updated"]
        case .people: ["name", "aliases", "pseudonym", "photo", "events", "sources", "letters", "corrections", "updated"]
        case .organizations: ["name", "short_name", "aliases", "former_names", "events", "sources", "corrections", "updated"]
        case .pages: ["title", "summary", "updated"]
        }
    }

    /// The keys of the default-language file that are facts.
    static func factKeys(_ kind: ContentKind) -> [String] {
        let all = switch kind {
        case .cases: CaseParser.keys
        case .people: PersonParser.keys
        case .organizations: OrganizationParser.keys
        case .pages: PageParser.keys
        }
        let text = textKeys(kind)
        return all.filter { !text.contains($0) }
    }

    /// What a translation of the kind carries, for messages.
    static func carries(_ kind: ContentKind) -> String {
        switch kind {
        case .cases: "title, summary, the status note, events' summaries and notes, sources' titles, documents' titles, corrections' notes, people's sentence notes, the body"
        case .people: "name, aliases, pseudonym, the photo's credit and alt, events' summaries and notes, sources' titles, the letters' note, corrections' notes, the body"
        case .organizations: "name, short_name, aliases, former names, events' summaries and notes, sources' titles, corrections' notes, the body"
        case .pages: "title, summary, the body"
        }
    }

    /// `content/cases/x.md` for `content/cases/x.ru.md`.
    static func defaultPath(of info: DocumentInfo) -> String {
        String(info.path.dropLast((info.language?.count ?? 0) + 4)) + ".md"
    }

    /// A translation from its front matter; `root` is nil when the front matter is empty
    /// (a translation of the body only).
    static func parse(_ root: YAMLNode?, info: DocumentInfo, body: MarkdownBody,
                      reader: inout FieldReader) -> ParsedTranslation? {
        let empty = Fields(entries: [], position: SourcePosition(line: 2, column: 1), what: "a translation")
        var fields = empty
        if let root {
            guard let read = checkedFields(root, info: info, reader: &reader) else { return nil }
            fields = read
        }
        let source = defaultPath(of: info)
        let eventTexts = entries(fields, "events", texts: ["summary", "note"], facts: FieldReader.eventKeys,
                                 what: "an event", source: source, reader: &reader)
        let events = eventTexts.map { $0[0] }
        let sources = entries(fields, "sources", text: "title", facts: FieldReader.sourceKeys,
                              what: "a source", source: source, reader: &reader)
        let corrections = entries(fields, "corrections", text: "note", facts: FieldReader.correctionKeys,
                                  what: "a correction", source: source, reader: &reader)
        let notes = info.kind == .cases ? sentenceNotes(fields, source: source, reader: &reader) : []
        let aliases: [String]? = fields["aliases"].flatMap { $0.isNull ? nil : reader.texts(fields, "aliases") }
        var translation = Translation(
            info: info, title: text(fields, "title", reader: &reader), summary: reader.text(fields, "summary"),
            name: text(fields, "name", reader: &reader), shortName: reader.text(fields, "short_name"),
            aliases: aliases, eventSummaries: events, sourceTitles: sources, correctionNotes: corrections,
            body: TextShortcuts.isBlank(body.text) ? MarkdownBody(text: "", firstLine: body.firstLine) : body,
            updated: reader.date(fields, "updated", single: "an update date"), sentenceNotes: notes,
            photo: info.kind == .people ? photoTexts(fields, source: source, reader: &reader) : nil)
        translation.eventNotes = eventTexts.map { $0[1] }
        if info.kind == .cases {
            translation.statusNote = reader.text(fields, "status_note")
            translation.personStatusNotes = statusNotes(fields, reader: &reader)
        }
        // A protected person's pseudonym in this language; the link stage checks it is used.
        if info.kind == .people {
            translation.pseudonym = text(fields, "pseudonym", reader: &reader)
            translation.lettersNote = lettersNote(fields, source: source, reader: &reader)
        }
        if info.kind == .organizations {
            translation.formerNames = entries(fields, "former_names", text: "name", facts: FieldReader.formerNameKeys,
                                              what: "a former name", source: source, reader: &reader)
        }
        if info.kind == .cases {
            translation.documentTitles = entries(fields, "documents", text: "title", facts: FieldReader.documentKeys,
                                                 what: "a document", source: source, reader: &reader)
            translation.custodyPlaces = custodyPlaces(fields, source: source, reader: &reader)
            translation.decisionTexts = decisionTexts(fields, source: source, reader: &reader)
        }
        var lists: [String: SourcePosition] = [:]
        for key in ["people", "events", "sources", "documents", "corrections", "pseudonym", "former_names", "letters", "photo"] {
            guard let node = fields[key] else { continue }
            // A list written as a mapping is told so where it is read: its count of 0 would be a second message.
            if ["people", "events", "sources", "documents", "corrections", "former_names"].contains(key), !node.isNull {
                guard case .sequence = node.value else { continue }
            }
            lists[key] = fields.keyPosition(key)
        }
        return ParsedTranslation(translation: translation, lists: lists)
    }

    /// The front matter's entries: a fact is an error naming the file it comes from; an
    /// unknown key is suggested the nearest key a translation may hold.
    static func checkedFields(_ root: YAMLNode, info: DocumentInfo, reader: inout FieldReader) -> Fields? {
        guard case .mapping(let entries) = root.value else {
            reader.diagnostics.error(root.position, "expected the front matter to be key: value lines, found \(root.kindName); a translation may hold \(textKeys(info.kind).joined(separator: ", "))")
            return nil
        }
        let allowed = textKeys(info.kind)
        let facts = factKeys(info.kind)
        for index in entries.indices {
            let key = entries[index].key
            let position = entries[index].keyPosition
            if facts.contains(key) {
                reader.diagnostics.error(position, "'\(key)' is a fact and comes from \(defaultPath(of: info)); a translation carries only text (\(carries(info.kind))): remove it")
            } else if !allowed.contains(key) {
                // `stаtus` with a Cyrillic "а" is a fact's key once typed again.
                let plain = LookAlike.repaired(key)
                let hint = facts.contains(plain) && plain != key
                    ? LookAlike.message(for: LookAlike.findings(in: key), in: key,
                                        fix: "typed in Latin letters it is '\(plain)', a fact, which comes from \(defaultPath(of: info)): remove it")
                    : KeyHint.lookAlike(key, known: allowed)?.text
                    ?? Suggestion.nearest(to: key, in: allowed).map { "did you mean '\($0)'?" }
                    ?? "a translation may hold \(allowed.joined(separator: ", "))"
                reader.diagnostics.error(position, "unknown key '\(key)' in a translation; \(hint)")
            }
            if entries[..<index].contains(where: { $0.key == key }) {
                reader.diagnostics.error(position, "duplicate key '\(key)': each key may appear once")
            }
        }
        return Fields(entries: entries, position: root.position, what: "a translation")
    }

    /// A translated title or name: absent means the default language's; empty is a mistake.
    static func text(_ fields: Fields, _ key: String, reader: inout FieldReader) -> String? {
        guard let value = reader.text(fields, key) else { return nil }
        if TextShortcuts.isBlank(value) {
            reader.diagnostics.error(fields[key]?.position, "'\(key)' must not be empty; remove it to show the default language's \(key)")
            return nil
        }
        return value
    }

    /// A person's `photo: {credit: …, alt: …}`: its texts only; the file comes from `source`.
    static func photoTexts(_ fields: Fields, source: String, reader: inout FieldReader) -> (credit: String?, alt: String?)? {
        guard let node = fields["photo"], !node.isNull else { return nil }
        guard case .mapping(let entries) = node.value else {
            let found = if case .scalar = node.value { "the photo's file is a fact and comes from \(source)" } else { "found \(node.kindName)" }
            reader.diagnostics.error(node.position, "a translation gives only the photo's 'credit' and 'alt', as 'photo: {credit: …, alt: …}'; \(found)")
            return nil
        }
        for entry in entries where entry.key == "file" {
            reader.diagnostics.error(entry.keyPosition, "'file' of a photo is a fact and comes from \(source); a translation gives only its 'credit' and 'alt': remove it")
        }
        let known = FieldReader.photoKeys.filter { $0 != "file" }
        guard let photo = reader.fields(node, known: known + ["file"], what: "a photo") else { return nil }
        return (reader.text(photo, "credit"), reader.text(photo, "alt"))
    }

    /// A person's `letters: {note: …}`: the note only; the address and its date are facts of `source`.
    static func lettersNote(_ fields: Fields, source: String, reader: inout FieldReader) -> String? {
        guard let node = fields["letters"], !node.isNull else { return nil }
        guard case .mapping(let entries) = node.value else {
            reader.diagnostics.error(node.position, "a translation gives only the letters' 'note', as 'letters: {note: …}'; found \(node.kindName)")
            return nil
        }
        for entry in entries where entry.key == "address" || entry.key == "as_of" {
            reader.diagnostics.error(entry.keyPosition, "'\(entry.key)' of letters is a fact and comes from \(source); a translation gives only their 'note': remove it")
        }
        guard let letters = reader.fields(node, known: FieldReader.lettersKeys, what: "letters") else { return nil }
        return reader.text(letters, "note").flatMap { TextShortcuts.trimmingWhitespace($0).nonEmpty }
    }

    /// `events`, `sources` or `corrections`: one entry per entry of the default file, in
    /// its order, each holding only its text (`- summary: ...`); an empty entry is untranslated.
    static func entries(_ fields: Fields, _ key: String, text: String, facts: [String], what: String,
                        source: String, reader: inout FieldReader) -> [String?] {
        entries(fields, key, texts: [text], facts: facts, what: what, source: source, reader: &reader).map { $0[0] }
    }

    /// The same with several texts an entry may give (an event's `summary` and `note`), each
    /// entry's in the order of `texts`.
    static func entries(_ fields: Fields, _ key: String, texts: [String], facts: [String], what: String,
                        source: String, reader: inout FieldReader) -> [[String?]] {
        guard fields[key] != nil else { return [] }
        let text = texts[0]
        let only = texts.map { "'\($0)'" }.joined(separator: " and ")
        return reader.list(fields, key).map { node -> [String?] in
            let none = [String?](repeating: nil, count: texts.count)
            if node.isNull { return none }
            guard case .mapping(let entries) = node.value else {
                reader.diagnostics.error(node.position, "expected \(what) of a translation as '\(text): ...', found \(node.kindName)")
                return none
            }
            for index in entries.indices where !texts.contains(entries[index].key) {
                let key = entries[index].key
                let message = facts.contains(key)
                    ? "'\(key)' of \(what) is a fact and comes from \(source); a translation gives only its \(only): remove it"
                    : "unknown key '\(key)' in \(what) of a translation; \(KeyHint.lookAlike(key, known: texts)?.text ?? Suggestion.nearest(to: key, in: texts).map { "did you mean '\($0)'?" } ?? "it may hold only \(only)")"
                reader.diagnostics.error(entries[index].keyPosition, message)
            }
            return texts.map { text in
                guard let index = entries.firstIndex(where: { $0.key == text }), !entries[index].value.isNull else { return nil }
                return reader.text(entries[index].value, text)
            }
        }
    }
}
