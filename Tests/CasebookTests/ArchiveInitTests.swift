import Foundation
import Testing
@testable import CasebookKit

/// `casebook init`: a new archive that builds at once and passes every check, and a
/// refusal that writes nothing.
@Suite struct ArchiveInitTests {
    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("casebook-init-\(UUID().uuidString)")
    }

    /// `casebook init archive && cd archive && casebook build`: no templates folder, the
    /// theme the binary carries, no problem at all.
    @Test func aNewArchiveBuildsCleanlyWithTheBuiltInTheme() throws {
        let root = Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let written = try ArchiveInit.create(at: root.appendingPathComponent("archive"), displayName: "archive")
        #expect(written == ["content/site.yml", "content/cases/example-case.md", "content/people/example-person.md",
                            "content/organizations/example-court.md", "content/pages/about.md", "CONTRIBUTING.md", ".gitignore",
                            ".github/workflows/check.yml", ".github/workflows/publish.yml", ".gitlab-ci.yml"])
        let archive = root.appendingPathComponent("archive")
        #expect(!FileManager.default.fileExists(atPath: archive.appendingPathComponent("templates").path))
        let result = Builder.build(BuildOptions(content: "content", templates: "templates", output: "public", relativeTo: archive))
        #expect(result.exitStatus == 0)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let page = try String(contentsOf: archive.appendingPathComponent("public/cases/example-case/index.html"), encoding: .utf8)
        #expect(page.contains("An example case (delete it when you add real ones)"))
        let ignored = try String(contentsOf: archive.appendingPathComponent(".gitignore"), encoding: .utf8)
        // The build's working folders too: `casebook build && git add -A` met the previous
        // site, still being deleted beside public/, and staged or failed on it.
        for line in ["public/", ".casebook-staging-*", ".casebook-old-*", ".casebook-trash-*"] {
            #expect(ignored.contains(line + "\n"))
        }
    }

    /// README.md promises "content/site.yml with every setting explained": each key site.yml
    /// takes is set or named in its comments (`unsafe_html` was neither).
    @Test func theSettingsFileNamesEverySetting() {
        let text = InitFiles.siteYAML
        let unnamed = (SiteParser.keys + SiteParser.imageKeys).filter {
            text.range(of: "(?<![a-z_])\($0)(:|,| )", options: .regularExpression) == nil
        }
        #expect(unnamed.isEmpty, "site.yml of casebook init never names \(unnamed)")
    }

    @Test func aFolderThatIsNotEmptyIsRefusedAndNothingIsWritten() throws {
        let root = Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data("notes\n".utf8).write(to: root.appendingPathComponent("notes.txt"))
        #expect(throws: ArchiveInit.Refusal.self) { try ArchiveInit.create(at: root, displayName: "old") }
        do {
            _ = try ArchiveInit.create(at: root, displayName: "old")
        } catch {
            #expect(error.exitStatus == 1)
            #expect(error.message == "old/ is not empty (1 entry); name a new or empty folder, or pass --force to add the archive's files beside what is there (no file is ever replaced)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["notes.txt"])
    }

    @Test func forceNeverReplacesAFileAndARefusalWritesNothing() throws {
        let root = Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data("Our own guide\n".utf8).write(to: root.appendingPathComponent("CONTRIBUTING.md"))
        do {
            _ = try ArchiveInit.create(at: root, force: true, displayName: "ours")
            Issue.record("init replaced CONTRIBUTING.md")
        } catch {
            #expect(error.message == "ours/ already has CONTRIBUTING.md; nothing was written")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["CONTRIBUTING.md"])
        #expect(try String(contentsOf: root.appendingPathComponent("CONTRIBUTING.md"), encoding: .utf8) == "Our own guide\n")
        // Beside a file it does not write, --force adds the archive.
        try FileManager.default.removeItem(at: root.appendingPathComponent("CONTRIBUTING.md"))
        try Data("notes\n".utf8).write(to: root.appendingPathComponent("notes.txt"))
        #expect(try ArchiveInit.create(at: root, force: true, displayName: "ours").count == 10)
    }

    @Test func aFileIsNotAFolder() throws {
        let root = Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let file = root.appendingPathComponent("archive")
        try Data().write(to: file)
        do {
            _ = try ArchiveInit.create(at: file, displayName: "archive")
            Issue.record("init wrote into a file")
        } catch {
            #expect(error.exitStatus == 2)
            #expect(error.message == "archive/ is a file, not a folder; name a new folder")
        }
    }

    /// A write that fails half way takes back the folders it made as well as the files: it
    /// once said "nothing was left written" over four empty content folders.
    @Test func aFailedWriteLeavesNoFolderBehind() throws {
        let root = Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".github"), withIntermediateDirectories: true)
        try Data("in the way\n".utf8).write(to: root.appendingPathComponent(".github/workflows"))
        do {
            _ = try ArchiveInit.create(at: root, force: true, displayName: "ours")
            Issue.record("init wrote under a file")
        } catch {
            #expect(error.exitStatus == 2)
            #expect(error.message.hasSuffix("; nothing was left written"), "\(error.message)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == [".github"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".github").path) == ["workflows"])
    }

    /// The "Next:" line is pasted into a shell: a name with a space or a leading dash works.
    @Test func theNextCommandIsOneAShellReadsBack() {
        #expect(ArchiveInit.nextCommand("archive") == "cd archive && casebook build")
        #expect(ArchiveInit.nextCommand("мой архив") == "cd 'мой архив' && casebook build")
        #expect(ArchiveInit.nextCommand("Архив 2024/") == "cd 'Архив 2024/' && casebook build")
        #expect(ArchiveInit.nextCommand("-dash") == "cd -- -dash && casebook build")
        #expect(ArchiveInit.nextCommand("it's") == "cd 'it'\\''s' && casebook build")
    }

    @Test func aLinkToNothingIsToldAsSuch() throws {
        let root = Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let link = root.appendingPathComponent("dl")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/nonexistent/x")
        do {
            _ = try ArchiveInit.create(at: link, displayName: "dl")
            Issue.record("an archive was made through a link to nothing")
        } catch {
            #expect(error.message == "dl/ is a symbolic link to /nonexistent/x, which does not exist; name a new folder, or make the folder it leads to first")
            #expect(error.exitStatus == 2)
        }
    }
}
