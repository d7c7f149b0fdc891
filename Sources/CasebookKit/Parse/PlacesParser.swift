/// Reads site.yml `places` and `tags` (`PlaceNames`): each key a region or city, or a tag,
/// as the files write it in the default language, each value its spelling in the site's
/// other languages.
extension SiteParser {
    static func places(_ fields: Fields, site: SiteConfig, reader: inout FieldReader) -> PlaceNames {
        spellings(fields, "places", of: "a region or city", like: "Taraz", site: site, reader: &reader)
    }

    static func tagNames(_ fields: Fields, site: SiteConfig, reader: inout FieldReader) -> PlaceNames {
        spellings(fields, "tags", of: "a tag", like: "in absentia", site: site, reader: &reader)
    }

    private static func spellings(_ fields: Fields, _ key: String, of what: String, like sample: String,
                                  site: SiteConfig, reader: inout FieldReader) -> PlaceNames {
        var places = PlaceNames()
        guard let node = fields[key], !node.isNull else { return places }
        let example = "{\(site.defaultLanguage == "ru" ? "kk" : "ru"): …}"
        guard case .mapping(let entries) = node.value else {
            reader.diagnostics.error(node.position, "expected '\(key)' as \(what) per line, each with its spelling in the site's other languages, like '\(sample): \(example)'; found \(node.kindName)")
            return places
        }
        for index in entries.indices {
            let place = entries[index].key
            let value = entries[index].value
            guard case .mapping(let spellings) = value.value else {
                reader.diagnostics.error(value.position, "expected the spellings of '\(place)' in the site's other languages, like \(example); found \(value.kindName)")
                continue
            }
            var own: [String: String] = [:]
            for spelling in spellings {
                let code = spelling.key
                if code == site.defaultLanguage {
                    reader.diagnostics.error(spelling.keyPosition, "'\(place)' is already the spelling in the default language (\(code)); give only the other languages' spellings")
                    continue
                }
                guard site.allLanguages.contains(code) else {
                    reader.diagnostics.error(spelling.keyPosition, LanguageCode.unlisted(code, site: site))
                    continue
                }
                // Empty or null (`~`): the default spelling is shown, never a literal '~'.
                if !spelling.value.isNull, let text = reader.text(spelling.value, code), !TextShortcuts.isBlank(text) { own[code] = text }
            }
            places.spellings[place] = own
            places.positions[place] = entries[index].keyPosition
        }
        return places
    }
}
