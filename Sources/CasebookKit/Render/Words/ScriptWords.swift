import Foundation

/// The words of the site's scripts (`script.search_…` for search.js, `script.filter_…` for
/// filters.js) as the JSON a page hands them in a `data-words` attribute:
/// `{"people":"Люди","results":{"one":"{count} результат",…}}`. The scripts carry the
/// built-in English themselves, so a page whose words are those gets no attribute, and an
/// English site's pages stay as they were.
struct ScriptWords {
    /// Template name -> the prefix of its catalogue keys.
    static let scripts = ["script_search": "script.search_", "script_filters": "script.filter_"]

    let catalogue: Catalogue

    init(_ catalogue: Catalogue) {
        self.catalogue = catalogue
    }

    /// The JSON of each script whose words differ from the built-in English.
    var attributes: [String: String] {
        var out: [String: String] = [:]
        for (name, prefix) in Self.scripts {
            let words = Self.words(catalogue, prefix)
            if words != Self.english[name] { out[name] = Self.json(words) }
        }
        return out
    }

    /// A script's texts and plural forms by the rest of their keys.
    enum Word: Equatable {
        case text(String)
        case forms([String: String])
    }

    static let english: [String: [String: Word]] = scripts.mapValues { words(.english, $0) }

    static func words(_ catalogue: Catalogue, _ prefix: String) -> [String: Word] {
        var words: [String: Word] = [:]
        for (key, pattern) in catalogue.texts where key.hasPrefix(prefix) {
            words[String(key.dropFirst(prefix.count))] = .text(pattern.source)
        }
        for (key, forms) in catalogue.plurals where key.hasPrefix(prefix) {
            words[String(key.dropFirst(prefix.count))] = .forms(forms.mapValues(\.source))
        }
        // The counts a script writes are grouped as the pages' are ("1 180"): not words of the
        // `script` section, so they have names no entry has.
        words["number_group"] = .text(catalogue.number.group)
        words["number_group_size"] = .text(String(catalogue.number.groupSize))
        return words
    }

    /// Keys sorted, so the same catalogue gives the same bytes.
    static func json(_ words: [String: Word]) -> String {
        let object: [String: Any] = words.mapValues { word -> Any in
            switch word {
            case .text(let text): text
            case .forms(let forms): forms
            }
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
