import Foundation

/// `SearchNormalizer.words` without the costly steps for the texts most archives hold: Latin,
/// Cyrillic and Greek letters, digits and common punctuation. What the full steps do with each
/// such character alone (lower it, compose it, spell it in Latin, keep it or break the word)
/// is worked out once into a table; a text made only of characters whose handling cannot
/// depend on their neighbours then takes one table look-up per character, instead of
/// `lowercased()`, canonical composition and a decomposition per punctuation mark. Any other
/// character (a combining mark, another script) sends the whole text to the full steps.
/// `SearchNormalizerTests` holds the two paths to each other.
struct QuickFolding: Sendable {
    static let shared = QuickFolding()

    /// Per character: what it adds to the word, or that it breaks words, or that it needs
    /// the full steps.
    enum Step: Equatable, Sendable {
        case letters([Unicode.Scalar])
        case separator
        case full
    }

    /// Latin, Greek and Cyrillic (below U+0530), then general punctuation (U+2000...U+206F).
    static let lowRange: UInt32 = 0x530
    static let punctuation: ClosedRange<UInt32> = 0x2000...0x206F

    private let steps: [Step]

    init() {
        let scalars = (0..<Self.lowRange).map { $0 } + Array(Self.punctuation)
        steps = scalars.map { Unicode.Scalar($0).map(Self.step) ?? .full }
    }

    func step(_ value: UInt32) -> Step {
        if value < Self.lowRange { return steps[Int(value)] }
        if Self.punctuation.contains(value) { return steps[Int(Self.lowRange + value - Self.punctuation.lowerBound)] }
        return .full
    }

    /// The words of a text, or nil when a character of it needs the full steps.
    func words(_ text: String) -> [String]? {
        var words: [String] = []
        var word: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            switch step(scalar.value) {
            case .letters(let letters):
                word += letters
            case .separator:
                if !word.isEmpty { words.append(SearchNormalizer.fold(word)); word.removeAll(keepingCapacity: true) }
            case .full:
                return nil
            }
        }
        if !word.isEmpty { words.append(SearchNormalizer.fold(word)) }
        return words
    }

    /// What the full steps do with one character alone. A character that is a combining mark,
    /// or that composition changes on its own, may change its neighbours: it takes the full
    /// steps, and so does one that both adds letters and breaks the word.
    static func step(_ scalar: Unicode.Scalar) -> Step {
        if scalar.properties.canonicalCombiningClass != .notReordered { return .full }
        let alone = String(scalar)
        if alone.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(alone.unicodeScalars) == false { return .full }
        var letters: [Unicode.Scalar] = []
        var separates = false
        let lowered = alone.lowercased().precomposedStringWithCanonicalMapping
        for part in lowered.unicodeScalars {
            let value = part.value
            if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                letters.append(part)
            } else if let latin = SearchNormalizer.letterTable[part] {
                letters += latin.unicodeScalars
            } else if value < 0x80 {
                separates = true
            } else {
                for piece in String(part).decomposedStringWithCanonicalMapping.unicodeScalars {
                    switch SearchNormalizer.kind(piece) {
                    case .keep: letters.append(piece)
                    case .mark: continue
                    case .separator: separates = true
                    }
                }
            }
        }
        if separates { return letters.isEmpty ? .separator : .full }
        return .letters(letters)
    }
}
