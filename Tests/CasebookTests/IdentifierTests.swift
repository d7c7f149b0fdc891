import Foundation
import Testing
@testable import CasebookKit

@Suite("Identifier")
struct IdentifierTests {
    @Test("valid ids", arguments: ["a", "nazira-lesova", "kz-cc-405", "0", "a1-b2-c3", "2021"])
    func valid(_ id: String) {
        #expect(Identifier.isValid(id))
    }

    @Test("invalid ids", arguments: ["", "-a", "a-", "a--b", "Nazira", "a_b", "é", "a b", "a.b", "-", "a/b", "nazira-lesova.md", "ａ"])
    func invalid(_ id: String) {
        #expect(!Identifier.isValid(id))
    }

    @Test("slug transliterates names", arguments: [
        ("Назира Лесова", "nazira-lesova"),
        ("Қамбарова", "qambarova"),
        ("Жазира Қамбарова", "zhazira-qambarova"),
        ("Zhambyl Region", "zhambyl-region"),
        ("Café  Noir!", "cafe-noir"),
        ("  leading and trailing  ", "leading-and-trailing"),
        ("Article 405", "article-405"),
        ("Mukhtar_Ablyazov", "mukhtar-ablyazov"),
    ])
    func slug(_ input: String, _ expected: String) {
        #expect(Identifier.slug(input) == expected)
    }

    @Test("each Kazakh letter maps to ASCII", arguments: [
        ("ә", "a"), ("ғ", "gh"), ("қ", "q"), ("ң", "ng"), ("ө", "o"), ("ұ", "u"), ("ү", "u"), ("һ", "h"), ("і", "i"),
    ])
    func kazakhLetters(_ letter: String, _ expected: String) {
        #expect(Identifier.slug(letter) == expected)
        // The upper-case letter transliterates the same way.
        #expect(Identifier.slug(letter.uppercased()) == expected)
        #expect(Identifier.slug(letter).unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test("Kazakh letters inside a word")
    func kazakhWord() {
        #expect(Identifier.slug("Әсет Ғалым Ұлы") == "aset-ghalym-uly")
        #expect(Identifier.slug("Қазақстанның") == "qazaqstannyng")
    }

    @Test("a slug of a name is always a valid id", arguments: [
        "Назира Лесова", "Жазира Қамбарова", "Café  Noir!", "ДВК", "Démocratie -- et -- liberté", "Ёлка-Щука",
    ])
    func slugIsValid(_ input: String) {
        let slug = Identifier.slug(input)
        #expect(Identifier.isValid(slug), "slug '\(slug)' of '\(input)' is not a valid id")
    }

    /// macOS hands out file names in decomposed form (NFD): й is и + U+0306, é is e + U+0301.
    @Test("a decomposed (NFD) name slugs like its composed form", arguments: [
        ("Айдос", "aydos"), ("Алёна", "alyona"), ("Cafés", "cafes"), ("Її", "yiyi"),
    ])
    func decomposedInput(_ input: String, _ expected: String) {
        #expect(Identifier.slug(input.precomposedStringWithCanonicalMapping) == expected)
        #expect(Identifier.slug(input.decomposedStringWithCanonicalMapping) == expected)
    }

    /// "İ" lowers to "i" and a combining dot: the dot is no separator. Azerbaijani "ə" is
    /// "a" (Əliyev, Aliyev); Tatar, Bashkir, Uzbek and Tajik letters have their Latin letters.
    @Test("Turkish, Azerbaijani and other Turkic letters", arguments: [
        ("İzmir İli", "izmir-ili"), ("İsmail Işık", "ismail-isik"), ("Əli Əliyev", "ali-aliyev"),
        ("Җәлил", "zhalil"), ("Ҡаҙан", "qazan"), ("Ҫуҡ", "suq"), ("Ҳоҷиев", "hojiev"), ("Ӯлмас", "ulmas"),
    ])
    func turkicLetters(_ input: String, _ expected: String) {
        #expect(Identifier.slug(input) == expected)
    }

    /// Tags and regions with no letter that has a Latin spelling keep a page each ("x-" and
    /// eight hex digits of their letters), where all of them once shared `other`.
    @Test func facetValuesInOtherScriptsKeepTheirOwnAddresses() {
        let uyghur = FacetBuilder.slug("ئۇيغۇر"), hebrew = FacetBuilder.slug("עברית"), chinese = FacetBuilder.slug("中国")
        #expect(Set([uyghur, hebrew, chinese]).count == 3)
        for slug in [uyghur, hebrew, chinese] {
            #expect(slug.hasPrefix("x-") && slug.count == 10 && Identifier.isValid(slug), "\(slug)")
        }
        #expect(FacetBuilder.slug(" ئۇيغۇر ") == uyghur)
        #expect(chinese == "x-0b910c6f")  // the same on every machine and in every version: addresses stay
        #expect(FacetBuilder.slug("!!! ---") == "other")
        #expect(FacetBuilder.slug("Zhambyl Region") == "zhambyl-region")
    }

    @Test("a text with no letters or digits slugs to nothing")
    func emptySlug() {
        #expect(Identifier.slug("!!! ---") == "")
        #expect(Identifier.slug("") == "")
    }

    /// The ASCII shortcut gives what the Unicode path gives, on every printable ASCII
    /// character alone and in random strings of them.
    @Test func asciiSlugsMatchTheUnicodePath() {
        for value in 0..<128 {
            let text = "a\(Character(Unicode.Scalar(UInt8(value))))b"
            #expect(Identifier.asciiSlug(text) == Identifier.unicodeSlug(text), "\(value)")
        }
        var random = FuzzTests.Random(state: 2_024)
        let alphabet = Array("aZ09 -_.,'/()&Xy\t".unicodeScalars)
        for _ in 0..<2000 {
            let text = String(String.UnicodeScalarView((0..<random.below(12)).map { _ in alphabet[random.below(alphabet.count)] }))
            #expect(Identifier.asciiSlug(text) == Identifier.unicodeSlug(text), "\(text.debugDescription)")
        }
        #expect(Identifier.asciiSlug("Қ") == nil)
    }
}
