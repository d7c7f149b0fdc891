import Foundation
import Testing
@testable import CasebookKit

/// `casebook check --against FILE`: the ids of a published `data/cases.json` (and of the
/// `people.csv` and `organizations.csv` saved beside it) that the archive no longer leads
/// to, on copies of the sample's own files (issue 17's "Must show").
@Suite struct AddressCheckTests {
    /// The sample built (after `edit`), its cases.json, people.csv and organizations.csv
    /// saved beside the archive as the published files (`published-cases.json` …).
    static func published(_ edit: (SiteFixture) throws -> Void = { _ in }) throws -> SiteFixture {
        let site = try SiteFixture(.sample)
        try edit(site)
        let result = site.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        for name in ["cases.json", "people.csv", "organizations.csv"] {
            try FileManager.default.copyItem(at: site.output.appendingPathComponent("data/\(name)"),
                                             to: site.root.appendingPathComponent("published-\(name)"))
        }
        return site
    }

    static func check(_ site: SiteFixture, against file: String = "published-cases.json") -> BuildResult {
        var options = BuildOptions(relativeTo: site.root)
        options.against = file
        return Builder.check(options)
    }

    @Test func theSampleAgainstItsOwnDataIsClean() throws {
        let site = try Self.published()
        defer { site.remove() }
        let result = Self.check(site)
        #expect(!result.diagnostics.contains { $0.file.hasPrefix("published-") }, "\(result.diagnostics)")
        #expect(result.exitStatus == 0)
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
            "published-cases.json:50:12: error: the case 'ablyazov-2018' is in the published data, but the archive has no case of that id now and no file lists it under 'former_ids', so its published address cases/ablyazov-2018/ would lead nowhere: add 'former_ids: [ablyazov-2018]' to the file that replaced it, or restore content/cases/ablyazov-2018.md; if it was removed on purpose, list it in site.yml under 'withdrawn: {cases: [ablyazov-2018]}'",
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
        let result = Self.check(site).diagnostics.filter { $0.file.hasPrefix("published-") }.map(\.message)
        #expect(result == [
            "the case 'ablyazov-2018' is in the published data, but content/cases/ablyazov-2018.md is a draft now, so its published address cases/ablyazov-2018/ would lead nowhere: publish it again, or list 'ablyazov-2018' under 'former_ids' in the case that replaces it",
            // Its tag was the draft's alone: its page goes too (FormerKeyTests).
            "the tag 'in-absentia' of the published case 'ablyazov-2018' has the address tags/in-absentia/, but no published case has that tag now, so the address would lead nowhere: if it was renamed, list it in site.yml under 'former_keys: {tags: {in-absentia: <its key now>}}'",
        ])
        // The ids a case names: a person and a court.
        let listed = try #require(PublishedIDs(Array(try Data(contentsOf: site.root.appendingPathComponent("published-cases.json")))))
        #expect(listed.entries.contains { $0.kind == .people && $0.id == "mukhtar-ablyazov" })
        #expect(listed.entries.contains { $0.kind == .organizations && $0.id == "zhambyl-criminal-court" })
        #expect(listed.entries.contains { $0.kind == .cases && $0.id == "atyrau-land-protests-2016" })
        var current = AddressCheck.Current(content: ParsedContent(site: SiteConfig()), archive: Linker.link(ParsedContent(site: SiteConfig()), includeDrafts: false).0)
        current.live[.cases] = Set(listed.entries.filter { $0.kind == .cases }.map(\.id))
        let problems = AddressCheck.problems("published-cases.json", in: site.root, current: current, contentName: "content")
        #expect(problems.contains { $0.message.hasPrefix("the person 'mukhtar-ablyazov' is in the published data, but the archive has no person of that id now") })
        #expect(problems.contains { $0.message.hasPrefix("the organization 'zhambyl-criminal-court' is in the published data") })
        #expect(!problems.contains { $0.message.hasPrefix("the case ") })
    }

    /// A protected person's published address holds their name: no file may list it under
    /// `former_ids`, so it is let go with a warning that does not repeat it.
    @Test func aProtectedPersonsOldAddressIsLetGo() throws {
        let site = try Self.published()
        defer { site.remove() }
        let listed = try #require(PublishedIDs(Array(try Data(contentsOf: site.root.appendingPathComponent("published-cases.json")))))
        let empty = ParsedContent(site: SiteConfig())
        var current = AddressCheck.Current(content: empty, archive: Linker.link(empty, includeDrafts: false).0,
                                           protected: LeakSpellingTests.words("Zhazira Qambarova"))
        current.live[.cases] = Set(listed.entries.filter { $0.kind == .cases }.map(\.id))
        let problems = AddressCheck.problems("published-cases.json", in: site.root, current: current, contentName: "content")
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

    /// people.csv and organizations.csv list every person and organization with its former
    /// ids (cases.json only the cases'): a former id removed later is an error at its row.
    @Test func aPersonsOrOrganizationsFormerIDRemovedIsAnErrorAtItsRow() throws {
        let site = try Self.published { site in
            try site.replace("content/people/vladimir-kozlov.md", "name: Vladimir Kozlov\n", with: "name: Vladimir Kozlov\nformer_ids: [v-kozlov]\n")
            try site.replace("content/organizations/dvk.md", "short_name: DVK\n", with: "short_name: DVK\nformer_ids: [democratic-choice]\n")
        }
        defer { site.remove() }
        #expect(!Self.check(site).diagnostics.contains { $0.file.hasPrefix("published-") })
        try site.replace("content/people/vladimir-kozlov.md", "former_ids: [v-kozlov]\n", with: "")
        try site.replace("content/organizations/dvk.md", "former_ids: [democratic-choice]\n", with: "")
        let people = try String(contentsOf: site.root.appendingPathComponent("published-people.csv"), encoding: .utf8)
        let kozlovRow = try #require(people.components(separatedBy: "\r\n").firstIndex { $0.hasPrefix("vladimir-kozlov,") }) + 1
        let result = Self.check(site)
        #expect(result.diagnostics.filter { $0.file.hasPrefix("published-") }.map(\.description) == [
            "published-organizations.csv:\(try Self.row(of: "dvk", in: site, "published-organizations.csv")):1: error: the organization 'democratic-choice' is in the published data, but the archive has no organization of that id now and no file lists it under 'former_ids', so its published address organizations/democratic-choice/ would lead nowhere: add 'former_ids: [democratic-choice]' to the file that replaced it, or restore content/organizations/democratic-choice.md; if it was removed on purpose, list it in site.yml under 'withdrawn: {organizations: [democratic-choice]}'",
            "published-people.csv:\(kozlovRow):1: error: the person 'v-kozlov' is in the published data, but the archive has no person of that id now and no file lists it under 'former_ids', so its published address people/v-kozlov/ would lead nowhere: add 'former_ids: [v-kozlov]' to the file that replaced it, or restore content/people/v-kozlov.md; if it was removed on purpose, list it in site.yml under 'withdrawn: {people: [v-kozlov]}'",
        ])
        #expect(result.exitStatus == 1)
    }

    static func row(of id: String, in site: SiteFixture, _ file: String) throws -> Int {
        let text = try String(contentsOf: site.root.appendingPathComponent(file), encoding: .utf8)
        return try #require(text.components(separatedBy: "\r\n").firstIndex { $0.hasPrefix("\(id),") }) + 1
    }

    @Test func withoutTheCSVFilesBesideItAWarningSaysWhatIsNotChecked() throws {
        let site = try Self.published()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("published-organizations.csv"))
        let result = Self.check(site)
        #expect(result.diagnostics.filter { $0.file.hasPrefix("published-") }.map(\.description) == [
            "published-cases.json:1:1: warning: no published-organizations.csv beside published-cases.json: the organizations no case names, and their former ids, are not checked; save the published site's data/organizations.csv as published-organizations.csv",
        ])
        #expect(result.exitStatus == 0)
        // A file there that is not the site's people.csv is a file problem.
        try site.write("published-people.csv", "name,born\r\nX,1970\r\n")
        let wrong = Self.check(site)
        #expect(wrong.diagnostics.map(\.description).contains(
            "published-people.csv:1:1: error: --against reads published-people.csv beside published-cases.json as the data/people.csv of the same site (a CSV file whose header starts id,url,name,aliases); this file is not one: save the site's data/people.csv there, or remove it"))
        #expect(wrong.exitStatus == 2)
    }

    /// The case that lists a published former id became a draft: the message says so, not
    /// "no file lists it".
    @Test func aFormerIDListedOnlyByADraftSaysTheDraftHoldsIt() throws {
        let site = try Self.published()
        defer { site.remove() }
        try site.replace("content/cases/bokayev-ayan-2016.md", "\ndraft: false\n", with: "\ndraft: true\n")
        let result = Self.check(site).diagnostics.filter { $0.file.hasPrefix("published-") }.map(\.message)
        #expect(result.contains(
            "the case 'atyrau-land-protests-2016' is in the published data, but it is listed under 'former_ids' by content/cases/bokayev-ayan-2016.md, which is a draft: the address cases/atyrau-land-protests-2016/ breaks until it is published; publish it, or keep the case 'atyrau-land-protests-2016' published until then"),
                "\(result)")
        #expect(!result.contains { $0.contains("no file lists it") })
    }

    /// Free pages are in cases.json once one was renamed: each page and its former ids.
    @Test func aFreePagesAddressAndFormerIDsAreCheckedOnceOneWasRenamed() throws {
        let site = try Self.published { site in
            try site.replace("content/pages/methodology.md", "title: Methodology\n", with: "title: Methodology\nformer_ids: [methods]\n")
        }
        defer { site.remove() }
        #expect(!Self.check(site).diagnostics.contains { $0.file.hasPrefix("published-") })
        let json = try String(contentsOf: site.root.appendingPathComponent("published-cases.json"), encoding: .utf8)
        let lines = json.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.hasPrefix("    {\"id\":\"methodology\"") }) + 1
        try site.replace("content/pages/methodology.md", "former_ids: [methods]\n", with: "")
        try FileManager.default.moveItem(at: site.content.appendingPathComponent("pages/about.md"), to: site.content.appendingPathComponent("pages/about-us.md"))
        try FileManager.default.moveItem(at: site.content.appendingPathComponent("pages/about.ru.md"), to: site.content.appendingPathComponent("pages/about-us.ru.md"))
        try FileManager.default.moveItem(at: site.content.appendingPathComponent("pages/about.kk.md"), to: site.content.appendingPathComponent("pages/about-us.kk.md"))
        let result = Self.check(site).diagnostics.filter { $0.file.hasPrefix("published-") }.map(\.description)
        #expect(result == [
            "published-cases.json:\(line - 1):12: error: the page 'about' is in the published data, but the archive has no page of that id now and no file lists it under 'former_ids', so its published address about/ would lead nowhere: add 'former_ids: [about]' to the file that replaced it, or restore content/pages/about.md; if it was removed on purpose, list it in site.yml under 'withdrawn: {pages: [about]}'",
            "published-cases.json:\(line):40: error: the page 'methods' is in the published data, but the archive has no page of that id now and no file lists it under 'former_ids', so its published address methods/ would lead nowhere: add 'former_ids: [methods]' to the file that replaced it, or restore content/pages/methods.md; if it was removed on purpose, list it in site.yml under 'withdrawn: {pages: [methods]}'",
        ], "\(result)")
        try site.replace("content/pages/about-us.md", "title: ", with: "former_ids: [about]\ntitle: ")
        try site.replace("content/pages/methodology.md", "title: Methodology\n", with: "title: Methodology\nformer_ids: [methods]\n")
        #expect(!Self.check(site).diagnostics.contains { $0.file.hasPrefix("published-") })
    }
}
