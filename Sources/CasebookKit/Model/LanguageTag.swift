/// site.yml `language`: a BCP 47 language tag (RFC 5646), which becomes the pages'
/// `lang` attribute: `en`, `ru`, `kk`, `kk-Cyrl-KZ`, `zh-Hant`, `es-419`. The check is
/// the RFC's syntax with the language subtags in use (2 or 3 letters); it does not look
/// codes up in the registry.
enum LanguageTag {
    static func isValid(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false).map { String($0) }
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }) else { return false }
        if parts[0].lowercased() == "x" { return isPrivateUse(parts[1...]) }
        var index = 0
        guard isLetters(parts[0], 2...3) else { return false }
        index = 1
        var extlangs = 0
        while index < parts.count, extlangs < 3, isLetters(parts[index], 3...3) { index += 1; extlangs += 1 }
        if index < parts.count, isLetters(parts[index], 4...4) { index += 1 }  // script
        if index < parts.count, isLetters(parts[index], 2...2) || isDigits(parts[index], 3) { index += 1 }  // region
        while index < parts.count, isVariant(parts[index]) { index += 1 }
        while index < parts.count, parts[index].count == 1, parts[index].lowercased() != "x" {  // extensions
            index += 1
            let start = index
            while index < parts.count, (2...8).contains(parts[index].count) { index += 1 }
            guard index > start else { return false }
        }
        if index < parts.count, parts[index].lowercased() == "x" { return isPrivateUse(parts[(index + 1)...]) }
        return index == parts.count
    }

    /// What to write instead, when it can be told: `en_us` is `en-US`, `english` is `en`.
    static func suggestion(for text: String) -> String? {
        if let code = names[text.lowercased()] { return code }
        let dashed = text.replacingOccurrences(of: "_", with: "-")
        guard isValid(dashed) else { return nil }
        // The conventional case: language lower, script title, region upper.
        return dashed.split(separator: "-").enumerated().map { index, part in
            if index == 0 { return part.lowercased() }
            if part.count == 4, part.allSatisfy(\.isLetter) { return part.prefix(1).uppercased() + part.dropFirst().lowercased() }
            if part.count == 2 { return part.uppercased() }
            return part.lowercased()
        }.joined(separator: "-")
    }

    /// Languages an archive of this kind is most often written in, by their English name.
    static let names = ["english": "en", "russian": "ru", "kazakh": "kk", "ukrainian": "uk", "belarusian": "be",
                        "kyrgyz": "ky", "uzbek": "uz", "tajik": "tg", "turkmen": "tk", "azerbaijani": "az",
                        "georgian": "ka", "armenian": "hy", "german": "de", "french": "fr", "spanish": "es",
                        "chinese": "zh", "arabic": "ar", "turkish": "tr", "persian": "fa", "polish": "pl"]

    static func isLetters(_ part: String, _ counts: ClosedRange<Int>) -> Bool {
        counts.contains(part.count) && part.allSatisfy(\.isLetter)
    }

    static func isDigits(_ part: String, _ count: Int) -> Bool {
        part.count == count && part.allSatisfy(\.isNumber)
    }

    /// 5 to 8 letters or digits, or a digit and 3 more.
    static func isVariant(_ part: String) -> Bool {
        (5...8).contains(part.count) || (part.count == 4 && part.first!.isNumber)
    }

    static func isPrivateUse(_ parts: ArraySlice<String>) -> Bool {
        !parts.isEmpty && parts.allSatisfy { (1...8).contains($0.count) }
    }
}
