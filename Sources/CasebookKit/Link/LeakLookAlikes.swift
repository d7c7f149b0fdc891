import Foundation

/// Letters a name can be written in that look like plain ones but are other characters:
/// styled text pasted from social media (mathematical bold 𝐒𝐞𝐤, fullwidth Ｓｅｋ, circled
/// Ⓢ, letter-like ℂ), small capitals (ꜱᴇᴋ) and Greek letters that imitate Latin ones (ο, ν).
/// The leak check reads each as the letter it imitates, so that such a spelling of a
/// protected name is caught; search and addresses are not changed by it. (Invisible
/// characters, tag characters among them, are dropped before, by `LeakFold`.)
enum LeakLookAlikes {
    /// Whether `text` may hold any such character: the UTF-8 lead bytes of their blocks.
    /// Most texts have none, and dashes and quotes (U+2010-U+201F) share a lead byte with
    /// some: the second byte tells them apart.
    static func mayHold(_ text: String) -> Bool {
        var lead: UInt8 = 0
        for byte in text.utf8 {
            switch (lead, byte) {
            case (0xC7, _), (0xC9, _), (0xCA, _), (0xCE, _), (0xCF, _),
                 (0xE1, 0xB4), (0xE2, 0x84), (0xE2, 0x85), (0xE2, 0x91), (0xE2, 0x92), (0xE2, 0x93), (0xEA, 0x9C),
                 (0xEF, 0xBC), (0xEF, 0xBD), (0xF0, 0x9D), (0xF0, 0x9F):
                return true
            default:
                lead = byte
            }
        }
        return false
    }

    /// `text` with each look-alike replaced by the letters it imitates.
    static func plain(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let letters = imitated(scalar) { out.append(contentsOf: letters.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    static func imitated(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x1D400...0x1D7FF, 0xFF00...0xFFEF, 0x2100...0x214F, 0x2460...0x24FF, 0x1F130...0x1F189:
            // Their compatibility forms are the plain letters (𝐒 -> S, Ｓ -> S, Ⓢ -> S, ℂ -> C).
            let single = String(scalar)
            let folded = single.precomposedStringWithCompatibilityMapping
            return folded != single ? folded : nil
        case 0x01EB, 0x0262...0x029F, 0x0391...0x03F3, 0x1D00...0x1D22, 0xA730, 0xA731:
            return lookAlikes[scalar.value]
        default:
            return nil
        }
    }

    /// Small capitals (which have no compatibility form) and Greek letters that look Latin.
    static let lookAlikes: [UInt32: String] = {
        let pairs: [(UInt32, String)] = [
            (0x1D00, "a"), (0x0299, "b"), (0x1D04, "c"), (0x1D05, "d"), (0x1D07, "e"), (0xA730, "f"), (0x0262, "g"),
            (0x029C, "h"), (0x026A, "i"), (0x1D0A, "j"), (0x1D0B, "k"), (0x029F, "l"), (0x1D0D, "m"), (0x0274, "n"),
            (0x1D0F, "o"), (0x1D18, "p"), (0x01EB, "q"), (0x0280, "r"), (0xA731, "s"), (0x1D1B, "t"), (0x1D1C, "u"),
            (0x1D20, "v"), (0x1D21, "w"), (0x028F, "y"), (0x1D22, "z"),
            (0x0391, "A"), (0x0392, "B"), (0x0395, "E"), (0x0396, "Z"), (0x0397, "H"), (0x0399, "I"), (0x039A, "K"),
            (0x039C, "M"), (0x039D, "N"), (0x039F, "O"), (0x03A1, "P"), (0x03A4, "T"), (0x03A5, "Y"), (0x03A7, "X"),
            (0x03B1, "a"), (0x03B5, "e"), (0x03B9, "i"), (0x03BA, "k"), (0x03BD, "v"), (0x03BF, "o"), (0x03C1, "p"),
            (0x03C4, "t"), (0x03C5, "u"), (0x03C7, "x"), (0x03F2, "c"), (0x03F3, "j"),
        ]
        return Dictionary(uniqueKeysWithValues: pairs)
    }()
}
