import Foundation
import Testing
@testable import CasebookKit

/// Media names that a copy of the site on a case- or normalisation-blind disk would take for
/// one, and names with control characters, bidirectional controls or characters drawn as
/// nothing (`MediaNames`), and names FAT, exFAT and Windows refuse (`PortableNames`). Made at run time, not as bad-input fixtures: a repository
/// holding them could not be checked out on macOS or Windows.
@Suite(.hangGuard) struct MediaNameTests {
    static let composed = "Jos\u{E9}.pdf"
    static let decomposed = "Jose\u{301}.pdf"

    static func problems(_ paths: [String]) -> [String] {
        MediaNames.problems(paths, displayName: "content").sorted().map(\.description)
    }

    @Test func namesThatDifferOnlyInCaseAreErrorsNamingBoth() {
        #expect(Self.problems(["media/VERDICT.PDF", "media/Verdict.pdf", "media/verdict.pdf", "media/x.pdf"]) == [
            "content/media/Verdict.pdf:1:1: error: 'media/Verdict.pdf' and 'media/VERDICT.PDF' differ only in letter case: on a disk that ignores letter case (FAT and exFAT USB sticks, macOS, Windows) they are one name, and one would overwrite the other; rename one of them, and the links to it",
            "content/media/verdict.pdf:1:1: error: 'media/verdict.pdf' and 'media/VERDICT.PDF' differ only in letter case: on a disk that ignores letter case (FAT and exFAT USB sticks, macOS, Windows) they are one name, and one would overwrite the other; rename one of them, and the links to it",
        ])
        // Across folders too, and a file beside a folder of that name.
        #expect(Self.problems(["media/Docs/a.pdf", "media/docs/A.pdf"]).count == 1)
        #expect(Self.problems(["media/docs", "media/Docs/a.pdf"]) == [
            "content/media/docs:1:1: error: 'media/docs' and the folder 'media/Docs/' differ only in letter case: on a disk that ignores letter case (FAT and exFAT USB sticks, macOS, Windows) they are one name, and the file and the folder cannot both be there; rename one of them, and the links to it",
        ])
    }

    @Test func composedAndDecomposedNamesAreErrorsSayingWhichIsWhich() {
        #expect(Self.problems(["media/" + Self.composed, "media/" + Self.decomposed]) == [
            "content/media/\(Self.decomposed):1:1: error: 'media/\(Self.decomposed)' and 'media/\(Self.composed)' are the same name with its accented letters encoded two ways (this one decomposed (e and a combining accent), the other composed (é as one character)): on a disk that ignores how letters are encoded (macOS) they are one name, and one would overwrite the other; rename one of them, and the links to it",
        ])
        let both = Self.problems(["media/" + Self.decomposed, "media/JOS\u{C9}.pdf"])
        #expect(both.count == 1)
        #expect(both.first?.contains("differ only in letter case and in how their accented letters are encoded") == true)
    }

    @Test func controlAndBidiCharactersAreErrorsWithTheNameWithoutThem() {
        #expect(Self.problems(["media/x\ny.pdf", "media/report\u{202E}fdp.exe", "media/a\tb\u{2067}.pdf", "media/ab.pdf"]) == [
            "content/media/a\\tb\\u{2067}.pdf:1:1: error: 'media/a\\tb<U+2067>.pdf' has 2 hidden characters: U+0009 at character 8, a tab; U+2067 RIGHT-TO-LEFT ISOLATE at character 10, an invisible control that changes the direction of text; delete them from the name, and from the links to it",
            "content/media/report\\u{202E}fdp.exe:1:1: error: 'media/report<U+202E>fdp.exe' has U+202E RIGHT-TO-LEFT OVERRIDE at character 13, an invisible control that changes the direction of text; delete it from the name, and from the links to it: rename it to 'media/reportfdp.exe'",
            "content/media/x\\ny.pdf:1:1: error: 'media/x\\ny.pdf' has U+000A at character 8, a line break; delete it from the name, and from the links to it: rename it to 'media/xy.pdf'",
        ])
    }

    /// A zero-width space, a soft hyphen or a byte-order mark: the name looks like one without it.
    @Test func charactersDrawnAsNothingAreErrors() {
        let problems = Self.problems(["media/ver\u{200B}dict.pdf", "media/re\u{00AD}port.pdf", "media/\u{FEFF}photo.jpg"])
        #expect(problems.count == 3)
        #expect(problems.contains { $0.contains("U+200B ZERO WIDTH SPACE at character 10, an invisible character; delete it from the name, and from the links to it: rename it to 'media/verdict.pdf'") }, "\(problems)")
        #expect(problems.contains { $0.contains("U+00AD SOFT HYPHEN") })
        #expect(problems.contains { $0.contains("U+FEFF") })
    }

    @Test func ordinaryNamesPass() {
        #expect(Self.problems(["media/Приговор.pdf", "media/file with space#1.pdf", "media/" + Self.composed,
                               "media/docs/verdict.pdf", "media/verdict.pdf", "media/Қамбарова.jpg"]).isEmpty)
        // Joiners spell Persian words and emoji; a variation selector and tags draw emoji.
        #expect(Self.problems(["media/می\u{200C}خواهم.pdf", "media/👩\u{200D}⚖️.jpg", "media/🏴\u{E0067}\u{E0062}\u{E007F}.png"]).isEmpty)
    }

    /// `check` and `build` both say it, and a failed build leaves the previous site as it was.
    @Test func checkAndBuildReportThem() throws {
        let expected = [
            "content/media/verdict.pdf:1:1: error: 'media/verdict.pdf' and 'media/Verdict.pdf' differ only in letter case: on a disk that ignores letter case (FAT and exFAT USB sticks, macOS, Windows) they are one name, and one would overwrite the other; rename one of them, and the links to it",
            "content/media/x\\ny.pdf:1:1: error: 'media/x\\ny.pdf' has U+000A at character 8, a line break; delete it from the name, and from the links to it: rename it to 'media/xy.pdf'",
        ]
        try SiteFixture.expectRefused(expected, status: 1) { site in
            for name in ["Verdict.pdf", "verdict.pdf", "x\ny.pdf"] { try site.write("content/media/" + name, "%PDF") }
        }
        let site = try SiteFixture()
        defer { site.remove() }
        for name in ["Verdict.pdf", "verdict.pdf", "x\ny.pdf"] { try site.write("content/media/" + name, "%PDF") }
        let result = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        #expect(result.diagnostics.sorted().map(\.description) == expected)
        #expect(result.exitStatus == 1)
    }

    @Test func composedAndDecomposedFilesOnDiskAreBothFound() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/media/" + Self.composed, "%PDF one")
        try site.write("content/media/" + Self.decomposed, "%PDF two")
        // A file system that normalises names keeps one file: nothing to report there.
        let names = try FileManager.default.contentsOfDirectory(atPath: site.content.appendingPathComponent("media").path)
        let onDisk = Set(names.filter { $0 == Self.composed }.map { Array($0.utf8) }).count
        let result = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        #expect(result.diagnostics.filter { $0.message.contains("encoded two ways") }.count == onDisk - 1)
        #expect(result.exitStatus == (onDisk == 2 ? 1 : 0))
    }
    /// Names FAT, exFAT and Windows refuse are warnings, at the file, naming the part and why.
    @Test func namesACopyToAUSBStickWouldLoseAreWarnings() {
        let tail = "FAT and exFAT USB sticks and Windows refuse in a name: a copy of the site to such a disk fails or leaves"
        let advice = "out; rename it (and the links to it) with letters, digits, '-', '_' and '.'"
        #expect(Self.problems(["media/verdict:2021.pdf", "media/CON.pdf", "media/notes./a.pdf", "media/draft ", "media/what?.jpg",
                               "media/com1", "media/console.pdf", "media/ok-2021_v2.pdf"]) == [
            "content/media/CON.pdf:1:1: warning: 'CON.pdf' is a device name Windows reserves ('CON'), which \(tail) 'media/CON.pdf' \(advice)",
            "content/media/com1:1:1: warning: 'com1' is a device name Windows reserves ('com1'), which \(tail) 'media/com1' \(advice)",
            "content/media/draft :1:1: warning: 'draft ' ends in a space, which Windows drops and \(tail) 'media/draft ' \(advice)",
            "content/media/notes./a.pdf:1:1: warning: 'notes.' ends in a dot, which Windows drops and \(tail) 'media/notes./a.pdf' \(advice)",
            "content/media/verdict:2021.pdf:1:1: warning: 'verdict:2021.pdf' holds ':', which \(tail) 'media/verdict:2021.pdf' \(advice)",
            "content/media/what?.jpg:1:1: warning: 'what?.jpg' holds '?', which \(tail) 'media/what?.jpg' \(advice)",
        ])
    }
}
