import Foundation
import Testing
@testable import CasebookKit

/// The mark a build leaves in its output vouches only for what that build wrote: a file
/// added at the top afterwards, or a mark that is not a file, makes the next build refuse
/// instead of deleting someone's work.
@Suite struct OutputMarkTests {
    @Test func theMarkListsWhatTheBuildWroteAtTheTop() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let top = try FileManager.default.contentsOfDirectory(atPath: site.output.path).filter { $0 != OutputMarker.name }
        #expect(top.contains("index.html") && top.contains("cases"))
        #expect(OutputMarker.read(site.output) == .listed(Set(top)))
        #expect(try site.read("public/\(OutputMarker.name)").hasPrefix(OutputMarker.text))
    }

    @Test func aFileAddedToABuiltSiteIsRefusedAndKept() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        try site.write("public/CNAME", "archive.example.org\n")
        OutputGuardTests.expectRefused(site, "public", "public:1:1: error: casebook will not build into public/: it holds what the last build there did not write (CNAME), and a build replaces the whole folder; move it elsewhere, or choose another --output")
        for index in 1...6 { try site.write("public/notes-\(index).txt", "mine\n") }
        OutputGuardTests.expectRefused(site, "public", "public:1:1: error: casebook will not build into public/: it holds what the last build there did not write (CNAME, notes-1.txt, notes-2.txt, notes-3.txt, notes-4.txt and 2 more), and a build replaces the whole folder; move them elsewhere, or choose another --output")
    }

    /// What Finder or Explorer leave in a folder someone opened is nobody's work.
    @Test func filesTheSystemLeavesAreNoReasonToRefuse() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        try SystemLitterTests.put(SystemLitterTests.finder, "public/.DS_Store", in: site)
        try SystemLitterTests.put(SystemLitterTests.explorer, "public/Thumbs.db", in: site)
        #expect(site.build().succeeded)
        try SystemLitterTests.put(SystemLitterTests.finder, "empty/.DS_Store", in: site)
        #expect(site.build(output: "empty").succeeded)
    }

    /// A folder or a link named like the mark vouches for nothing.
    @Test(arguments: ["folder", "link"])
    func aMarkThatIsNotAFileIsRefused(_ kind: String) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("notes/letter.txt", "years of work\n")
        let mark = site.root.appendingPathComponent("notes/\(OutputMarker.name)")
        if kind == "folder" {
            try FileManager.default.createDirectory(at: mark, withIntermediateDirectories: true)
        } else {
            try site.write("elsewhere.txt", OutputMarker.text)
            try FileManager.default.createSymbolicLink(atPath: mark.path, withDestinationPath: "../elsewhere.txt")
        }
        OutputGuardTests.expectRefused(site, "notes", "notes:1:1: error: casebook will not build into notes/: it holds files that casebook did not write (a folder a build wrote has a .casebook-output file at its top), and a build replaces the whole folder; empty it, or choose another --output")
    }

    /// A site of a version that left no mark is recognised only when nothing but what a
    /// build writes is at its top: a file or a folder of someone's beside it is refused.
    @Test(arguments: ["notes.txt", "photos/2019.jpg"])
    func aSiteOfAnEarlierVersionWithSomethingAddedIsRefused(_ added: String) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        try FileManager.default.removeItem(at: site.output.appendingPathComponent(OutputMarker.name))
        try site.write("public/\(added)", "mine")
        OutputGuardTests.expectRefused(site, "public", "public:1:1: error: casebook will not build into public/: it holds files that casebook did not write (a folder a build wrote has a .casebook-output file at its top), and a build replaces the whole folder; empty it, or choose another --output")
        try FileManager.default.removeItem(at: site.output.appendingPathComponent(String(added.split(separator: "/")[0])))
        #expect(site.build().succeeded)
    }

    /// Builds of this version replace a site marked before marks listed anything.
    @Test func aMarkWithoutAListIsStillCasebooks() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("public/\(OutputMarker.name)", OutputMarker.text)
        try site.write("public/index.html", "previous")
        #expect(OutputMarker.read(site.output) == .unlisted)
        #expect(site.build().succeeded)
        #expect(try site.read("public/index.html") != "previous")
    }
}
