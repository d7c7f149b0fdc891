/// A row's `source_urls` and `source_titles`: addresses separated by semicolons, each http or
/// https. A cell holding two addresses another way (a line break, ", ", a space) once became
/// one address that leads nowhere; it is an error that gives the cell with semicolons.
extension ImportPlan {
    /// The row's sources, each with its title when the row gives one. A row without any is
    /// fine when another row of its case gives one (`finish`).
    mutating func sources(_ row: ImportRow) -> [(url: String, title: String?)] {
        let titles = row.list("source_titles")
        // A hyperlink formula saved as its text holds the separator in its arguments.
        if row["source_urls"].hasPrefix("=") {
            let address = row["source_urls"].split(separator: "\"").first { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
            diagnostics.append(row.error("source_urls", "'\(row["source_urls"])' is a formula, not an address: write the address itself"
                + (address.map { ", like '\($0)'" } ?? "")))
            return []
        }
        let items = row.list("source_urls")
        var urls: [(url: String, title: String?)] = [], count = 0
        for item in items {
            switch AddressSpaces.problem(item) {
            case .addresses(let parts, let separator)?:
                // Counted as the addresses they are, so the titles are not miscounted too.
                count += parts.count
                diagnostics.append(row.error("source_urls", "'\(item)' is \(parts.count) addresses separated by \(separator): "
                    + "separate addresses with semicolons, like '\(parts.joined(separator: "; "))'"))
            case .space(let character, let name, let inHost)?:
                count += 1
                let advice = inHost ? "a host has no spaces; delete it" : "an address has no spaces; write one as %20"
                diagnostics.append(row.error("source_urls", "'\(item)' has \(name)\(inHost ? " in its host" : "") at character \(character): \(advice)"))
            case nil:
                count += 1
                guard URLPolicy.isAllowedExternal(item), !item.lowercased().hasPrefix("mailto:") else {
                    diagnostics.append(row.error("source_urls", "'\(item)' is not an http or https address" + Self.addressHint(item)))
                    continue
                }
                urls.append((item, count <= titles.count ? titles[count - 1] : nil))
            }
        }
        if !titles.isEmpty, titles.count != count {
            diagnostics.append(row.error("source_titles", "\(titles.count == 1 ? "1 title" : "\(titles.count) titles") for \(count == 1 ? "1 address" : "\(count) addresses"): give one title per address, separated by semicolons"))
        }
        return urls
    }

    /// What an address without its scheme, or a link's text, is to be written as. A sheet's
    /// linked cell saves the text it shows ("ссылка", "link"), not the address behind it.
    static func addressHint(_ item: String) -> String {
        let host = item.prefix { $0 != "/" }
        if !item.contains(":"), host.contains("."), !host.hasPrefix("."), !host.hasSuffix("."), host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) {
            return "; write it with its scheme, like 'https://\(item)'"
        }
        if !item.contains("."), !item.contains(":") {
            return ": the cell holds a word, perhaps the text of a link, which a spreadsheet saves instead of its address; write the address itself (https://…)"
        }
        return ""
    }
}
