import Foundation
import Testing
@testable import CasebookKit

/// Whom git's log names is hidden in the published first lines of commit messages, whoever
/// they are to the log: a trailer's co-author, a maintainer who only merges, a `.mailmap`
/// spelling, a name in a case ending, an address in any form. Each test makes a repository
/// and reads it as a build does (`GitHistory.read`).
@Suite struct ContributorMaskTests {
    /// A repository holding `content/`, and the first lines its history publishes, newest first.
    struct Scratch {
        let root: URL
        let git: GitRepository

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-mask-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("content/cases"), withIntermediateDirectories: true)
            git = try GitRepository.initialized(at: root)
        }

        /// Commits a change to one content file.
        func commit(_ message: String, on day: String = "2024-01-10", as person: GitRepository.Person? = nil, file name: String = "a-2024") throws {
            let file = root.appendingPathComponent("content/cases/\(name).md")
            let old = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            try Data((old + "\(message.count)\n").utf8).write(to: file)
            try git.commitAll(message, on: day, as: person)
        }

        var published: [String] {
            GitHistory.read(content: root.appendingPathComponent("content"), writesCache: false).commits.map(\.subject)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func onlyTheFirstLineOfAMessageIsPublished() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.commit("Fix typo\nas asked by Quentin Secretname")
        try scratch.commit("Fix date\nCo-authored-by: Rita Hidden <rita@h.example>", on: "2024-01-11")
        try scratch.commit("\n\nFix the title\r\nby Quentin", on: "2024-01-12")
        try scratch.commit("Fix a name\rQuentin Secretname", on: "2024-01-13")
        #expect(scratch.published == ["Fix a name", "Fix the title", "Fix date", "Fix typo"])
    }

    @Test func namesInTrailersAreHidden() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.commit("Edit\n\nCo-authored-by: Rita Hidden <rhid@h.example>\nSigned-off-by: Sam Signer <sam.s@s.example>\nReported-by: Rory Reporterson")
        try scratch.commit("Thanks Rita, Signer and Reporterson (rhid, sam.s)", on: "2024-01-11")
        #expect(scratch.published == ["Thanks … and …", "Edit"])
        // A trailer that is no one's (a link) hides none of its words.
        #expect(CommitMessage.trailers("Add\n\nLink: see the report <https://example.org/r>\nFixes: #12").isEmpty)
        #expect(CommitMessage.trailers("Co-authored-by: Rita Hidden <rita@h.example>").map(\.name) == ["Rita Hidden"])
    }

    @Test func aMaintainerWhoOnlyMergesIsHidden() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let maria = GitRepository.Person(name: "Maria Maintainerova", email: "mm@merge.example")
        try scratch.commit("Add a case")
        try scratch.git.run(["checkout", "-q", "-b", "topic"])
        try scratch.commit("Add the charges", on: "2024-01-11", file: "b-2024")
        try scratch.git.run(["checkout", "-q", "main"])
        try scratch.commit("Approved by Maria Maintainerova", on: "2024-01-12")
        try scratch.git.run(["merge", "-q", "--no-ff", "-m", "Merge topic", "topic"], date: "2024-01-13T12:00:00+00:00", as: maria)
        // The merge itself is no change of a file: its first line is not listed.
        #expect(scratch.published == ["Approved by …", "Add the charges", "Add a case"])
    }

    @Test func bothSpellingsOfAMailmapNameAreHidden() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let willa = GitRepository.Person(name: "Willa Oldspelling", email: "w@old.example")
        try Data("Wilhelmina Truename <truename@new.example> Willa Oldspelling <w@old.example>\n".utf8)
            .write(to: scratch.root.appendingPathComponent(".mailmap"))
        try scratch.commit("Add a case", as: willa)
        try scratch.commit("Edit by Truename, then Oldspelling", on: "2024-01-11")
        #expect(scratch.published == ["Edit by … then …", "Add a case"])
    }

    @Test func aNameInACaseEndingOrAnotherSpellingIsHidden() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.commit("Add a case", as: .init(name: "Айгуль Сейтова", email: "a@kz.example"))
        try scratch.commit("Add a source", on: "2024-01-11", as: .init(name: "Anna Kowalskaya", email: "k@pl.example"))
        try scratch.commit("Add a date", on: "2024-01-12", as: .init(name: "Sean O'Brien", email: "s@ie.example"))
        try scratch.commit("Add a place", on: "2024-01-13", as: .init(name: "Niamh OConnell", email: "n@ie.example"))
        try scratch.commit("Правка от Айгуль Сейтовой, спасибо Сейтовой", on: "2024-01-14")
        try scratch.commit("As Kowalska asked, with OBrien and O'Connell", on: "2024-01-15")
        #expect(scratch.published.prefix(2) == ["As … asked, with … and …", "Правка от … спасибо …"])
    }

    /// Two words of a contributor's name written as one, in lower case or CamelCase, in a
    /// hashtag or a handle, are hidden like the words apart; other joined words are not.
    @Test func aNameWrittenAsOneWordIsHidden() {
        let names: Set<String> = ["Aigerim Bekova"]
        for (line, published) in [("Per aigerimbekova review", "Per … review"), ("Thanks #AigerimBekova", "Thanks …"),
                                  ("Per BekovaAigerim", "Per …"), ("Fix the JavaScript of #FreeSpeech", "Fix the JavaScript of #FreeSpeech")] {
            #expect(ContributorNames.leftOut(of: line, names: names) == published, "\(line)")
        }
    }

    @Test func everyFormOfAnAddressIsHidden() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.commit("Add a case", as: .init(name: "Bench Person", email: "jane.doe@example.org"))
        for (day, message) in ["Ask foo@localhost", "Ask Jane@Example now", "see mailto:foo@bar", "see mailto:someone",
                               "from jane.doe\u{FF20}secret.example", "to \"john smith\"@example.org now", "thanks jane.doe!"].enumerated() {
            try scratch.commit(message, on: "2024-02-1\(day)")
        }
        #expect(scratch.published == ["thanks …", "to … now", "from …", "see …", "see …", "Ask … now", "Ask …", "Add a case"])
    }

    @Test func controlCharactersAreDroppedAndALongLineIsCut() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.commit("Fix \u{1B}[31mred\u{7}\u{1}\u{7F}\u{9B} and\ttab")
        try scratch.commit(String(repeating: "word ", count: 60), on: "2024-01-11")
        let published = scratch.published
        #expect(published[1] == "Fix [31mred and tab")
        #expect(CommitMessage.firstLine("Fix\u{85}Quentin\u{2028}Secretname") == "Fix")
        #expect(published[0].count == CommitMessage.maximumLength)
        #expect(published[0].hasSuffix("word…"))
    }
}
