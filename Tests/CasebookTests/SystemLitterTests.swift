import Foundation
import Testing
@testable import CasebookKit

/// Only the files Finder and Explorer write under `.DS_Store`, `Thumbs.db` and
/// `desktop.ini` let a build replace an output folder: a folder of that name, or someone's
/// own file under it, was deleted with the old site.
@Suite struct SystemLitterTests {
    static let finder = Data(SystemLitter.dsStoreStart + [0, 0, 0x10, 0, 0, 0, 0x08, 0x0B])
    static let explorer = Data(SystemLitter.compoundFileStart + [UInt8](repeating: 0, count: 24))
    static let iniText = "[.ShellClassInfo]\r\nIconResource=C:\\Windows\\System32\\imageres.dll,-3\r\n[ViewState]\r\nMode=\r\nVid=\r\nFolderType=Documents\r\n"
    static let notMine = "it holds files that casebook did not write (a folder a build wrote has a .casebook-output file at its top), and a build replaces the whole folder; empty it, or choose another --output"

    static func put(_ data: Data, _ path: String, in site: SiteFixture) throws {
        let url = site.root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// desktop.ini as Explorer saves it: UTF-16 with its mark.
    static var utf16INI: Data { Data([0xFF, 0xFE] + iniText.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) }

    @Test func theProgramsOwnFilesAreNoReasonToRefuse() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try Self.put(Self.finder, "site/.DS_Store", in: site)
        try Self.put(Self.explorer, "site/Thumbs.db", in: site)
        try Self.put(Self.utf16INI, "site/desktop.ini", in: site)
        #expect(site.build(output: "site").succeeded)
        try Self.put(Data(Self.iniText.utf8), "site/desktop.ini", in: site)
        #expect(site.build(output: "site").succeeded)
    }

    /// The tester's case: a folder named Thumbs.db holding a thesis, in an output folder
    /// that was otherwise empty.
    @Test(arguments: [".DS_Store", "Thumbs.db", "desktop.ini"])
    func aFolderOfThatNameIsRefusedAndKept(_ name: String) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("site/\(name)/thesis.docx", "precious work\n")
        OutputGuardTests.expectRefused(site, "site", "site:1:1: error: casebook will not build into site/: \(Self.notMine)")
        #expect(try site.read("site/\(name)/thesis.docx") == "precious work\n")
        // Beside a built site it is named as what the last build did not write.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("site"))
        #expect(site.build(output: "site").succeeded)
        try site.write("site/\(name)/thesis.docx", "precious work\n")
        OutputGuardTests.expectRefused(site, "site", "site:1:1: error: casebook will not build into site/: it holds what the last build there did not write (\(name)), and a build replaces the whole folder; move it elsewhere, or choose another --output")
    }

    /// Someone's text saved under the name, or a file that is not what the program writes.
    @Test(arguments: [
        (".DS_Store", "precious work\n"), ("Thumbs.db", "precious work\n"), ("desktop.ini", "precious work\n"),
        ("desktop.ini", "[notes]\nmy novel, chapter one\n"), (".DS_Store", ""),
    ])
    func someonesFileOfThatNameIsRefusedAndKept(_ name: String, _ text: String) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("site/\(name)", text)
        OutputGuardTests.expectRefused(site, "site", "site:1:1: error: casebook will not build into site/: \(Self.notMine)")
        #expect(try site.read("site/\(name)") == text)
    }

    /// A link of that name leads to something of someone's: the build may not replace it.
    @Test func aLinkOfThatNameIsRefused() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try Self.put(Self.finder, "elsewhere/.DS_Store", in: site)
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("site"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("site/.DS_Store").path,
                                                   withDestinationPath: "../elsewhere/.DS_Store")
        OutputGuardTests.expectRefused(site, "site", "site:1:1: error: casebook will not build into site/: \(Self.notMine)")
    }

    @Test func desktopINIIsJudgedByItsLines() {
        #expect(SystemLitter.isDesktopINI(Array(Self.iniText.utf8)))
        #expect(SystemLitter.isDesktopINI(Array("; comment\n\n[.ShellClassInfo]\nLocalizedResourceName=@%SystemRoot%\\x.dll,-21798\n".utf8)))
        #expect(!SystemLitter.isDesktopINI(Array("Dear diary\n[.ShellClassInfo]\n".utf8)))
        #expect(!SystemLitter.isDesktopINI(Array("[.ShellClassInfo]\nsome words without an equals sign\n".utf8)))
        #expect(!SystemLitter.isDesktopINI([0x5B, 0x61, 0x5D, 0x0A, 0x00, 0x01]))
        #expect(!SystemLitter.isDesktopINI(Array(("[a]\n" + String(repeating: "k=v\n", count: 20_000)).utf8)))
    }
}
