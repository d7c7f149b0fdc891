import Foundation
import Testing
@testable import CasebookKit

/// `casebook check --against FILE`: the ids of a published `data/cases.json` that the
/// archive no longer leads to, on a copy of the sample's own file (issue 17's "Must show").
@Suite struct AddressCheckTests {
    /// The sample built, its cases.json saved beside the archive as the published file.
    static func published() throws -> SiteFixture {
        let site = try SiteFixture(.sample)
        let result = site.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        try FileManager.default.copyItem(at: site.output.appendingPathComponent("data/cases.json"),
                                         to: site.root.appendingPathComponent("published.json"))
        return site
    }

    static func check(_ site: SiteFixture, against file: String = "published.json") -> BuildResult {
        var options = BuildOptions(relativeTo: site.root)
        options.against = file
        return Builder.check(options)
    }

    @Test func theSampleAgainstItsOwnDataIsClean() throws {
        let site = try Self.published()
        defer { site.remove() }
        let result = Self.check(site)
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
    }

    @Test func aDeletedCaseIsAnErrorUntilAFileListsItsID() throws {
        let site = try Self.published()
        defer { site.remove() }
        // The case is renamed: its files moved, the links to it written anew.
        for suffix in [".md", ".ru.md", ".kk.md"] {
            try FileManager.default.moveItem(at: site.content.appendingPathComponent("cases/ablyazov-2018\(suffix)"),
                                             to: site.content.appendingPathComponent("cases/ablyazov-2018-taraz\(suffix)"))
            try site.replace("content/people/mukhtar-ablyazov\(suffix)", "cases/ablyazov-2018.md", with: "cases/ablyazov-2018-taraz.md")
        }
        let broken = Self.check(site)
        #expect(broken.diagnostics.map(\.description) == [
            "published.json:50:12: error: the case 'ablyazov-2018' is in the published data, but the archive has no case of that id now and no file lists it under 'former_ids', so its published address cases/ablyazov-2018/ would lead nowhere: add 'former_ids: [ablyazov-2018]' to the file that replaced it, or restore content/cases/ablyazov-2018.md",
        ], "\(broken.diagnostics)")
        #expect(broken.exitStatus == 1)
        try site.replace("content/cases/ablyazov-2018-taraz.md", "\nstatus: sentenced\n", with: "\nstatus: sentenced\nformer_ids: [ablyazov-2018]\n")
        let fixed = Self.check(site)
        #expect(!fixed.diagnostics.contains { $0.severity == .error }, "\(fixed.diagnostics)")
    }

    @Test func peopleOrganizationsAndDraftsAreCheckedToo() throws {
        let site = try Self.published()
        defer { site.remove() }
        // A person and a court renamed without former ids; a case made a draft.
        try site.replace("content/cases/ablyazov-2018.md", "\ndraft: false\n", with: "\ndraft: true\n")
        let result = Self.check(site).diagnostics.filter { $0.file == "published.json" }.map(\.message)
        #expect(result == [
            "the case 'ablyazov-2018' is in the published data, but content/cases/ablyazov-2018.md is a draft now, so its published address cases/ablyazov-2018/ would lead nowhere: publish it again, or list 'ablyazov-2018' under 'former_ids' in the case that replaces it",
        ])
        // The ids a case names: a person and a court.
        let listed = try #require(PublishedIDs(Array(try Data(contentsOf: site.root.appendingPathComponent("published.json")))))
        #expect(listed.entries.contains { $0.kind == .people && $0.id == "mukhtar-ablyazov" })
        #expect(listed.entries.contains { $0.kind == .organizations && $0.id == "zhambyl-criminal-court" })
        #expect(listed.entries.contains { $0.kind == .cases && $0.id == "atyrau-land-protests-2016" })
        var current = AddressCheck.Current(content: ParsedContent(site: SiteConfig()), archive: Linker.link(ParsedContent(site: SiteConfig()), includeDrafts: false).0)
        current.live[.cases] = Set(listed.entries.filter { $0.kind == .cases }.map(\.id))
        let problems = AddressCheck.problems("published.json", in: site.root, current: current, contentName: "content")
        #expect(problems.contains { $0.message.hasPrefix("the person 'mukhtar-ablyazov' is in the published data, but the archive has no person of that id now") })
        #expect(problems.contains { $0.message.hasPrefix("the organization 'zhambyl-criminal-court' is in the published data") })
        #expect(!problems.contains { $0.message.hasPrefix("the case ") })
    }

    /// A protected person's published address holds their name: no file may list it under
    /// `former_ids`, so it is let go with a warning that does not repeat it.
    @Test func aProtectedPersonsOldAddressIsLetGo() throws {
        let site = try Self.published()
        defer { site.remove() }
        let listed = try #require(PublishedIDs(Array(try Data(contentsOf: site.root.appendingPathComponent("published.json")))))
        let empty = ParsedContent(site: SiteConfig())
        var current = AddressCheck.Current(content: empty, archive: Linker.link(empty, includeDrafts: false).0,
                                           protected: LeakSpellingTests.words("Zhazira Qambarova"))
        current.live[.cases] = Set(listed.entries.filter { $0.kind == .cases }.map(\.id))
        let problems = AddressCheck.problems("published.json", in: site.root, current: current, contentName: "content")
        let hers = problems.filter { $0.message.contains("protected person's name") }
        #expect(hers.map(\.severity) == [.warning], "\(problems)")
        #expect(hers.first?.message.hasPrefix("a person of the published data has an id that holds a part of a protected person's name, so its address is not kept") == true)
        #expect(!hers.contains { $0.message.lowercased().contains("qambarova") || $0.message.lowercased().contains("zhazira") })
        #expect(problems.contains { $0.severity == .error && $0.message.hasPrefix("the person 'mukhtar-ablyazov' is in the published data") })
    }

    @Test func aFileThatIsNotACasesJSONIsAFileProblem() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("other.json", "{\"title\": \"x\"}")
        for (file, message) in [
            ("other.json", "other.json:1:1: error: --against needs the data/cases.json of a site casebook built (a JSON object with a 'cases' list, each case with its 'id'); this file is not one"),
            ("missing.json", "missing.json:1:1: error: --against: cannot be read: No such file or directory"),
        ] {
            let result = Self.check(site, against: file)
            #expect(result.diagnostics.map(\.description).contains(message), "\(result.diagnostics)")
            #expect(result.exitStatus == 2)
        }
        let run = try CommandRun.run(["check", "--against", "missing.json"], in: site.root)
        #expect(run.status == 2)
        #expect(run.errors.contains("missing.json:1:1: error: --against: cannot be read: No such file or directory"))
        let empty = try CommandRun.run(["check", "--against", ""], in: site.root)
        #expect(empty.status == 2 && empty.errors.contains("--against needs a file"))
    }
}
