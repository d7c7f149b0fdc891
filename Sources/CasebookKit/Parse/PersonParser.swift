/// Reads `content/people/<id>.md` front matter into a `Person`.
enum PersonParser {
    static let keys = ["name", "aliases", "born", "region", "organizations", "photo", "events", "sources", "recognised",
                       "letters", "support_url", "citizenship", "died", "former_ids", "corrections", "gender"]
        + FieldReader.protectionKeys

    static func parse(_ root: YAMLNode, info: DocumentInfo, body: MarkdownBody, site: SiteConfig,
                      reader: inout FieldReader) -> Person? {
        guard let fields = reader.fields(root, known: keys, what: "a person") else { return nil }
        let name = reader.text(fields, "name", required: true)
        var person = Person(
            info: info, name: name ?? "", aliases: reader.texts(fields, "aliases"),
            born: reader.date(fields, "born"), region: reader.text(fields, "region"),
            organizations: reader.affiliations(fields, site: site), photo: reader.photo(fields),
            events: reader.events(fields, site: site), sources: reader.sources(fields), body: body)
        person.bornPosition = fields["born"]?.position
        person.protection = reader.protection(fields)
        person.recognitions = reader.recognitions(fields)
        person.letters = reader.letters(fields)
        person.supportURL = reader.supportURL(fields)
        person.citizenship = reader.citizenship(fields)
        person.died = reader.death(fields)
        person.formerIDs = reader.formerIDs(fields, ownID: info.id)
        person.corrections = reader.corrections(fields)
        person.gender = reader.gender(fields)
        // A minor's photo and date of birth are errors already: not checked or used further.
        if person.protection.minor { (person.photo, person.born) = (nil, nil) }
        return person
    }
}

extension FieldReader {
    static let photoKeys = ["file", "credit", "alt"]

    /// `gender: female` or `male`.
    mutating func gender(_ fields: Fields) -> Gender? {
        guard let node = fields["gender"], !node.isNull, let written = text(node, "gender") else { return nil }
        guard let gender = Gender(rawValue: written.lowercased()) else {
            diagnostics.error(node.position, "'\(written)' is not a gender casebook words labels for: write female or male "
                              + "(it sets the grammar of the words that describe the person, like Russian 'Осуждена'), or leave it out")
            return nil
        }
        return gender
    }

    /// `photo: media/x.jpg` or `photo: {file: media/x.jpg, credit: …, alt: …}`.
    mutating func photo(_ fields: Fields) -> Photo? {
        guard let node = fields["photo"], !node.isNull else { return nil }
        guard case .mapping = node.value else { return mediaPath(fields, "photo").map { Photo(file: $0) } }
        guard let photo = self.fields(node, known: Self.photoKeys, what: "a photo",
                                      example: "{file: media/name.jpg, credit: \"Photo: …\", alt: \"…\"}") else { return nil }
        guard let file = mediaPath(photo, "file") else {
            if photo["file"] == nil { missing(photo, "file") }
            return nil
        }
        return Photo(file: file, credit: text(photo, "credit"), alt: text(photo, "alt"))
    }

    /// A path to a file under `content/media/`, kept relative to `content/`. Existence is
    /// checked in the link stage, which knows the media files.
    /// `address`: what to say of an http(s) address written there.
    mutating func mediaPath(_ fields: Fields, _ key: String,
                            address: String = "a photo is a file in content/media/, never an address: save it there, as no page loads anything from another host") -> Ref? {
        guard let node = fields[key], !node.isNull, let raw = text(node, key) else { return nil }
        let parts = raw.split(separator: "/", omittingEmptySubsequences: false)
        guard !raw.hasPrefix("/"), !parts.contains(".."), !parts.contains(""), parts.first == "media", parts.count > 1 else {
            diagnostics.error(node.position, "'\(key)' must be a path inside content/media/, like media/name.jpg; found '\(raw)'"
                + MediaPathHint.phrase(raw, address: address))
            return nil
        }
        return Ref(raw, at: node.position)
    }
}
