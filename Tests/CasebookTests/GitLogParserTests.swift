import Testing
@testable import CasebookKit

/// `git log -z --name-status` read into each file's commits: renames followed back, a copy
/// and a file added again at a deleted file's path starting histories of their own.
@Suite struct GitLogParserTests {
    /// One commit of the log: header, then its name-status entries.
    static func commit(_ hash: String, _ date: String, _ subject: String, _ entries: [[String]]) -> [UInt8] {
        let person = "Jane Doe\0Jane Doe\0jane@example.org\0jane@example.org"
        var text = "\u{1}\(hash)\0p\0\(date)\0\(person)\0\(person)\0\(subject)\n\0\n"
        text += entries.map { $0.joined(separator: "\0") + "\0" }.joined()
        return Array(text.utf8)
    }

    static func parse(_ commits: [[UInt8]]) -> [String: [String]] {
        let (list, files, contributors, _) = GitLogParser.parse(commits.flatMap { $0 })
        #expect(contributors == Contributors(names: ["Jane Doe"], addresses: ["jane@example.org"]))
        return files.mapValues { $0.map { list[Int($0)].hash } }
    }

    @Test func aRenamedFileKeepsItsEarlierNamesCommits() {
        let files = Self.parse([
            Self.commit("d", "2024-04-01", "Edit c", [["M", "cases/c.md"]]),
            Self.commit("c", "2024-03-01", "b to c", [["R100", "cases/b.md", "cases/c.md"]]),
            Self.commit("b", "2024-02-01", "a to b, edited", [["R087", "cases/a.md", "cases/b.md"]]),
            Self.commit("a", "2024-01-01", "Add a", [["A", "cases/a.md"]]),
        ])
        #expect(files["cases/c.md"] == ["d", "c", "b", "a"])
    }

    @Test func aFileAddedAgainAfterADeletionStartsAfresh() {
        let files = Self.parse([
            Self.commit("c", "2024-03-01", "Add a new x", [["A", "people/x.md"]]),
            Self.commit("b", "2024-02-01", "Delete x", [["D", "people/x.md"]]),
            Self.commit("a", "2024-01-01", "Add x", [["A", "people/x.md"], ["A", "people/y.md"]]),
        ])
        #expect(files["people/x.md"] == ["c"])
        #expect(files["people/y.md"] == ["a"])
    }

    @Test func aCopyHasItsOwnHistoryAndTheOriginalKeepsItsOwn() {
        let files = Self.parse([
            Self.commit("b", "2024-02-01", "Copy", [["C090", "cases/a.md", "cases/b.md"], ["M", "cases/a.md"]]),
            Self.commit("a", "2024-01-01", "Add a", [["A", "cases/a.md"]]),
        ])
        #expect(files["cases/b.md"] == ["b"])
        #expect(files["cases/a.md"] == ["b", "a"])
    }

    @Test func aNameMovedAwayAndTakenByAnotherFileKeepsBothApart() {
        // a.md renamed to b.md, then a new a.md added.
        let files = Self.parse([
            Self.commit("c", "2024-03-01", "New a", [["A", "cases/a.md"]]),
            Self.commit("b", "2024-02-01", "a to b", [["R100", "cases/a.md", "cases/b.md"]]),
            Self.commit("a", "2024-01-01", "Add a", [["A", "cases/a.md"]]),
        ])
        #expect(files["cases/a.md"] == ["c"])
        #expect(files["cases/b.md"] == ["b", "a"])
    }

    /// A deleted file's commits, renames followed, kept by its path and the deleting commit:
    /// a file that lists its id in `former_ids` may claim them (`FormerIDHistory`).
    @Test func aDeletedFilesCommitsAreKeptApart() {
        let log = [
            Self.commit("d", "2024-04-01", "Renamed unseen", [["D", "cases/b.md"], ["A", "cases/c.md"]]),
            Self.commit("c", "2024-03-01", "Edit b", [["M", "cases/b.md"]]),
            Self.commit("b", "2024-02-01", "a to b", [["R100", "cases/a.md", "cases/b.md"]]),
            Self.commit("a", "2024-01-01", "Add a", [["A", "cases/a.md"]]),
        ].flatMap { $0 }
        let (commits, files, _, removed) = GitLogParser.parse(log)
        #expect(files.mapValues { $0.map { commits[Int($0)].hash } } == ["cases/c.md": ["d"]])
        #expect(removed["cases/b.md"].map { $0.map { ($0.deletedIn, $0.commits.map { commits[Int($0)].hash }) } }?.first.map { "\($0.0) \($0.1)" } == "0 [\"c\", \"b\", \"a\"]")
    }

    @Test func contributorsNamesAndAddressesAreLeftOutOfMessages() {
        let names: Set<String> = ["Jane Doe"]
        #expect(ContributorNames.leftOut(of: "Edit by Jane Doe", names: names) == "Edit by …")
        #expect(ContributorNames.leftOut(of: "Fix (jane@example.org)", names: []) == "Fix …")
        #expect(ContributorNames.leftOut(of: "Add the verdict of 5 March", names: names) == "Add the verdict of 5 March")
    }

    /// Forms a reader still recognises: a possessive, a curly apostrophe, no accents,
    /// fullwidth letters, a name of two letters.
    @Test func aContributorsNameIsLeftOutInEveryFormAReaderKnows() {
        let commits = ["Quixotic's fix", "Dupont\u{2019}s fix", "edit by Jose Nunez", "fix by Li Na, Na Li", "Edit by \u{FF31}\u{FF55}\u{FF49}\u{FF58}\u{FF4F}\u{FF54}\u{FF49}\u{FF43}"]
            .map { ArchiveHistory.Commit(hash: "c", date: PartialDate(year: 2024)!, subject: $0) }
        let left = ContributorNames.leftOut(of: commits, contributors: Contributors(names: ["Zebulon Quixotic", "Anne-Marie Dupont", "José Núñez", "Li Na"]))
        #expect(left.map(\.subject) == ["… fix", "… fix", "edit by …", "fix by …", "Edit by …"])
    }
}
