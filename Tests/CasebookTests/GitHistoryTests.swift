import Foundation
import Testing
@testable import CasebookKit

/// Each page's history from git: first published and last changed, the list of changes
/// (renames followed), the build stamp, the citation, and what the build falls back to
/// without git, in a shallow clone and with uncommitted changes.
@Suite struct GitHistoryTests {
    static let caseText = """
        ---
        title: A case with a history
        status: detained
        charges: [kz-cc-405]
        people:
          - {person: nazira-lesova, role: defendant}
        events:
          - {date: 2023-11-02, type: detention, summary: Detained., sources: [s]}
        sources: [{id: s, title: Report, url: 'https://example.org/'}]
        ---
        """

    /// A repository of four commits: the archive, an edit, a rename, an edit naming its author.
    static func repository() throws -> (SiteFixture, GitRepository) {
        let site = try SiteFixture()
        try site.write("content/cases/history-2023.md", caseText)
        let git = try GitRepository.initialized(at: site.root)
        try git.commitAll("Add the archive", on: "2024-01-10")
        try site.replace("content/cases/history-2023.md", "Detained.", with: "Detained at home.")
        try git.commitAll("Add where she was detained", on: "2024-03-05")
        try git.run(["mv", "content/cases/history-2023.md", "content/cases/history-case-2023.md"], date: "2024-06-01T12:00:00+00:00")
        try site.replace("content/cases/history-case-2023.md", "status: detained", with: "status: detained\nformer_ids: [history-2023]")
        try git.commitAll("Rename the case", on: "2024-06-01")
        try site.replace("content/cases/history-case-2023.md", "Report", with: "The report")
        try git.commitAll("Fix a title, thanks \(GitRepository.author) <\(GitRepository.email)>", on: "2024-07-15")
        return (site, git)
    }

    @Test func aPageShowsItsFirstPublicationLastChangeAndChangesFollowingARename() throws {
        let (site, git) = try Self.repository()
        defer { site.remove() }
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics)")
        #expect(result.notes.isEmpty, "\(result.notes)")
        let page = try site.read("public/cases/history-case-2023/index.html")
        #expect(page.contains(#"<dt>First published</dt><dd><time datetime="2024-01-10">10 January 2024</time>"#))
        #expect(page.contains(#"<dt>Last updated</dt><dd><time datetime="2024-07-15">15 July 2024</time>"#))
        #expect(page.contains("<summary>4 changes</summary>"))
        let changes = page.components(separatedBy: "<li><time").dropFirst().map { $0.components(separatedBy: "</li>")[0] }
        #expect(changes == [
            #" datetime="2024-07-15">15 July 2024</time>: <bdi>Fix a title, thanks …</bdi>"#,
            #" datetime="2024-06-01">1 June 2024</time>: <bdi>Rename the case</bdi>"#,
            #" datetime="2024-03-05">5 March 2024</time>: <bdi>Add where she was detained</bdi>"#,
            #" datetime="2024-01-10">10 January 2024</time>: <bdi>Add the archive</bdi>"#,
        ])
        // The footer names the commit built from and its date, never the clock's.
        let head = try git.run(["rev-parse", "HEAD"])
        let stamp = #"<p class="build-stamp"><data value="\#(head)">Built from version \#(head.prefix(7)) of 15 July 2024</data></p>"#
        #expect(page.contains(stamp))
        #expect(try site.read("public/index.html").contains(stamp))
        // The old address leads to the renamed page.
        let moved = try site.read("public/cases/history-2023/index.html")
        #expect(moved.contains(#"<meta http-equiv="refresh" content="0; url=../history-case-2023/index.html">"#))
        #expect(moved.contains(#"<meta name="robots" content="noindex">"#))
        // A file without front matter `updated` is dated by its last commit in the facts box too.
        #expect(page.contains(#"<time datetime="2024-07-15">15 July 2024</time></dd></div>"#))
    }

    /// An archive moved into git after its records were last updated: a page would read
    /// "first published" in 2024 and "last updated" in 2021, so the first commit is left out.
    @Test func aFirstCommitAfterTheLastUpdateIsNoFirstPublication() throws {
        let (site, git) = try Self.repository()
        defer { site.remove() }
        try site.write("content/cases/moved-in-2021.md", Self.caseText
            .replacingOccurrences(of: "A case with a history", with: "A case from before git")
            .replacingOccurrences(of: "status: detained", with: "status: detained\nupdated: 2021-02"))
        try git.commitAll("Move the old archive in", on: "2024-09-01")
        try site.replace("content/cases/history-case-2023.md", "status: detained", with: "status: detained\nupdated: 2024-01-10")
        try git.commitAll("Date the case", on: "2024-09-02")
        #expect(site.build().exitStatus == 0)
        let old = try site.read("public/cases/moved-in-2021/index.html")
        #expect(!old.contains("<dt>First published</dt>"))
        #expect(old.contains(#"<dt>Last updated</dt><dd><time datetime="2021-02">February 2021</time>"#))
        #expect(old.contains("<summary>1 change</summary>"))
        // Published on the day it was last updated (a month's last day or any earlier): both shown.
        let page = try site.read("public/cases/history-case-2023/index.html")
        #expect(page.contains(#"<dt>First published</dt><dd><time datetime="2024-01-10">10 January 2024</time>"#))
        #expect(page.contains(#"<dt>Last updated</dt><dd><time datetime="2024-01-10">10 January 2024</time>"#))
    }

    @Test func noAuthorNameOrAddressReachesAnyFile() throws {
        let (site, _) = try Self.repository()
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        let found = ProtectedOutputTests.occurrences(of: ["quillon", "vexmoor", "contributor.invalid"], in: site.output)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func theCitationGivesTitleArchiveAddressDateAndCommitAsTextAndBibTeX() throws {
        let (site, git) = try Self.repository()
        defer { site.remove() }
        try site.replace("content/site.yml", "base_url: https://cases.example.org/", with: "base_url: https://archive.example.org/")
        try git.commitAll("Set the address", on: "2024-08-01")
        #expect(site.build().exitStatus == 0)
        let page = try site.read("public/cases/history-case-2023/index.html")
        let short = try git.run(["rev-parse", "--short=7", "HEAD"])
        let title = "Kazakhstan Political Cases Monitor"
        #expect(page.contains(#"<p id="cite-text" class="cite-text">A case with a history. \#(title), https://archive.example.org/cases/history-case-2023/ (last updated 15 July 2024; version \#(short)).</p>"#))
        // The key is the id the case was first published under (renamed from history-2023).
        #expect(page.contains("""
            <pre id="cite-bibtex" class="cite-bibtex" dir="ltr" tabindex="0">@misc{cases-history-2023,
              title        = {{A case with a history}},
              author       = {{\(title)}},
              howpublished = {\\url{https://archive.example.org/cases/history-case-2023/}},
              url          = {https://archive.example.org/cases/history-case-2023/},
              date         = {2024-07-15},
              year         = {2024},
              note         = {version \(short)},
              language     = {en}
            }</pre>
            """))
        // The copy buttons are there for scripts to show, and the script is the site's own.
        #expect(page.contains(#"data-copy="cite-bibtex""#))
        #expect(page.contains(#"<script src="../../assets/cite.js" defer></script>"#))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("assets/cite.js").path))
    }

    @Test func twoBuildsOfOneCommitAreTheSameFiles() throws {
        let (site, _) = try Self.repository()
        defer { site.remove() }
        #expect(site.build(output: "one").exitStatus == 0)
        #expect(site.build(output: "two").exitStatus == 0)
        #expect(SiteFixture.snapshot(site.root.appendingPathComponent("one")) == SiteFixture.snapshot(site.root.appendingPathComponent("two")))
    }

    @Test func historyFalseLeavesTheListOutAndKeepsTheDates() throws {
        let (site, git) = try Self.repository()
        defer { site.remove() }
        try site.replace("content/site.yml", "title:", with: "history: false\ntitle:")
        try git.commitAll("No history list", on: "2024-08-01")
        #expect(site.build().exitStatus == 0)
        let page = try site.read("public/cases/history-case-2023/index.html")
        #expect(page.contains("<dt>First published</dt>"))
        #expect(!page.contains("history-changes"))
        #expect(!page.contains("Rename the case"))
    }

    @Test func withoutGitTheBuildSaysSoOnceAndShowsNoHistoryOrStamp() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = site.build()
        #expect(result.exitStatus == 0)
        #expect(result.notes == ["content/ is not in a git repository: pages show no history and the footer no build stamp; dates come from `updated` and the events"])
        let page = try site.read("public/cases/qambarova-2021/index.html")
        #expect(!page.contains("page-history"))
        #expect(!page.contains("build-stamp"))
        // The citation is still there, dated by the page's last update.
        #expect(page.contains(#"id="cite-text""#))
    }

    @Test func aShallowCloneKeepsTheStampAndLeavesOutTheHistory() throws {
        let (site, git) = try Self.repository()
        defer { site.remove() }
        let clone = site.root.appendingPathComponent("clone")
        try git.run(["clone", "-q", "--depth", "1", "file://" + site.root.path, clone.path])
        let output = site.root.appendingPathComponent("clone-public")
        let result = Builder.build(BuildOptions(content: "content", templates: "templates", output: output.path, relativeTo: clone))
        #expect(result.exitStatus == 0, "\(result.diagnostics)")
        #expect(result.notes == ["content/ is in a shallow git clone, whose history is cut short: pages show no history or first-published dates (fetch the whole history: `git fetch --unshallow`, or `fetch-depth: 0` with actions/checkout)"])
        let page = try String(contentsOf: output.appendingPathComponent("cases/history-case-2023/index.html"), encoding: .utf8)
        #expect(!page.contains("page-history"))
        #expect(page.contains("Built from version"))
    }

    @Test func uncommittedChangesDropTheStampAndSaySo() throws {
        let (site, _) = try Self.repository()
        defer { site.remove() }
        try site.replace("content/cases/history-case-2023.md", "Detained at home.", with: "Detained at home at night.")
        let result = site.build()
        #expect(result.notes == ["content/ or templates/ has uncommitted changes: the footer has no build stamp, since the site is not the commit's; each page's history lists its commits"])
        let page = try site.read("public/cases/history-case-2023/index.html")
        #expect(!page.contains("build-stamp"))
        #expect(page.contains("<summary>4 changes</summary>"))
    }

    /// A new file git was told not to list (`status.showUntrackedFiles=no`, a common setting
    /// for large repositories) still makes the site differ from the commit: the footer
    /// stamped it with the commit all the same.
    @Test func aNewFileIsSeenWhateverGitIsSetToList() throws {
        let (site, git) = try Self.repository()
        defer { site.remove() }
        try git.run(["config", "status.showUntrackedFiles", "no"])
        try site.write("content/pages/new-page.md", "---\ntitle: Not in any commit\n---\nText.\n")
        let result = site.build()
        #expect(result.notes == ["content/ or templates/ has uncommitted changes: the footer has no build stamp, since the site is not the commit's; each page's history lists its commits"])
        #expect(!(try site.read("public/new-page/index.html")).contains("build-stamp"))
    }

    /// A user's git settings do not change the history: `log.showRoot=false` left the first
    /// commit's files out (the files of the archive's first commit had no history), and
    /// `i18n.logOutputEncoding=ISO-8859-1` published "Caf\u{FFFD}" for "Café".
    @Test func theUsersGitSettingsDoNotChangeTheHistory() throws {
        let (site, git) = try Self.repository()
        defer { site.remove() }
        try site.replace("content/cases/history-case-2023.md", "The report", with: "The first report")
        try git.commitAll("Café: the report's title", on: "2024-08-01")
        #expect(site.build(output: "plain").exitStatus == 0)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(".git/casebook-history"))
        try git.run(["config", "log.showRoot", "false"])
        try git.run(["config", "i18n.logOutputEncoding", "ISO-8859-1"])
        #expect(site.build(output: "set").exitStatus == 0)
        let page = try site.read("set/cases/history-case-2023/index.html")
        #expect(page.contains(#"<dt>First published</dt><dd><time datetime="2024-01-10">"#))
        #expect(page.contains("Café") && !page.contains("\u{FFFD}"))
        #expect(SiteFixture.snapshot(site.root.appendingPathComponent("set")) == SiteFixture.snapshot(site.root.appendingPathComponent("plain")))
    }

    /// An archive inside a repository that holds none of its files (a home folder kept in
    /// git) is said so: the note spoke of "uncommitted changes" and "each page's history".
    @Test func aRepositoryThatHoldsNoFileOfTheArchiveIsSaidSo() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let git = try GitRepository.initialized(at: site.root)
        try site.write(".bashrc", "# another project's file\n")
        try git.run(["add", ".bashrc"])
        try git.run(["commit", "-q", "-m", "Dotfiles"])
        let top = try git.run(["rev-parse", "--show-toplevel"])
        let result = site.build()
        #expect(result.notes == ["no file of content/ is committed in the git repository at \(top) (it is new there, or ignored): pages show no history and the footer no build stamp; dates come from `updated` and the events (commit the archive, or give it a repository of its own)"])
        #expect(!(try site.read("public/index.html")).contains("build-stamp"))
    }

    /// An archive with no templates folder of its own (the built-in theme) is not told of one.
    @Test func uncommittedChangesNameNoTemplatesFolderTheArchiveLacks() throws {
        let (site, git) = try Self.repository()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates"))
        try git.commitAll("Use the built-in theme", on: "2024-08-01")
        try site.replace("content/cases/history-case-2023.md", "Detained at home.", with: "Detained at home at night.")
        #expect(site.build().notes == ["content/ has uncommitted changes: the footer has no build stamp, since the site is not the commit's; each page's history lists its commits"])
    }

    @Test func anIgnoredFileTheSitePublishesDropsTheStamp() throws {
        let (site, _) = try Self.repository()
        defer { site.remove() }
        try site.write(".git/info/exclude", "content/pages/hidden.md\ncontent/cases/.notes.swp\n")
        try site.write("content/cases/.notes.swp", "an editor's backup, which the build does not read")
        #expect(!site.build().notes.contains { $0.contains("uncommitted") }, "a hidden file leaves the stamp")
        try site.write("content/pages/hidden.md", "---\ntitle: Not in any commit\n---\nText.\n")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics)")
        #expect(result.notes == ["content/ or templates/ has uncommitted changes: the footer has no build stamp, since the site is not the commit's; each page's history lists its commits"])
        #expect(!(try site.read("public/hidden/index.html")).contains("build-stamp"))
    }

    @Test func aMessageNamingAProtectedPersonIsLeftOutWithAWarning() throws {
        let (site, git) = try Self.repository()
        defer { site.remove() }
        try site.write("content/people/witness-2023.md", "---\nname: Zarina Saparova\nprotect: initials\n---\n")
        try git.commitAll("Add Zarina Saparova, a witness", on: "2024-09-01")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics)")
        let warnings = result.warnings.map(\.description).filter { $0.contains("names a protected person") }
        #expect(warnings == ["content/people/witness-2023.md:1:1: warning: the message of commit \(try git.run(["rev-parse", "--short=7", "HEAD"])) (2024-09-01) names a protected person: the page history shows the change without its message"])
        let page = try site.read("public/people/witness-2023/index.html")
        #expect(page.contains(#"<time datetime="2024-09-01">1 September 2024</time>: changed</li>"#))
        let found = ProtectedOutputTests.occurrences(of: ["saparova", "zarina"], in: site.output)
        #expect(found.isEmpty, "\(found)")
    }

    /// A message naming a protected person in a commit that no page shows (one of a file
    /// since deleted, of a free page, of site.yml) is left out without a warning: the warning
    /// was given at "content/", a place that is no file, or at a file whose page has no history.
    @Test func aMessageOnNoPageIsLeftOutUnsaid() throws {
        let (site, git) = try Self.repository()
        defer { site.remove() }
        try site.write("content/people/witness-2023.md", "---\nname: Zarina Saparova\nprotect: initials\n---\n")
        try git.commitAll("Add a witness", on: "2024-09-01")
        try site.write("content/people/cousin-2023.md", "---\nname: A cousin\n---\n")
        try git.commitAll("Add Saparova's cousin", on: "2024-09-02")
        try git.run(["rm", "-q", "content/people/cousin-2023.md"])
        try git.commitAll("Remove the cousin", on: "2024-09-03")
        try site.write("content/pages/about.md", try site.read("content/pages/about.md") + "\nOne more line.\n")
        try git.commitAll("About: Saparova asked us to", on: "2024-09-04")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics)")
        #expect(result.warnings.filter { $0.message.contains("names a protected person") }.isEmpty, "\(result.warnings)")
    }

    /// The log is kept in the git folder between builds: a new commit is read on its own, a
    /// rewritten history whole again, and either way the pages are as if read afresh.
    @Test func theKeptLogFollowsNewCommitsAndRewrittenHistory() throws {
        let (site, git) = try Self.repository()
        defer { site.remove() }
        #expect(site.build(output: "one").exitStatus == 0)
        let cache = site.root.appendingPathComponent(".git/casebook-history")
        #expect(try String(contentsOf: cache, encoding: .utf8).hasPrefix("casebook git log 3\n\(try git.run(["rev-parse", "HEAD"])) "))
        try site.replace("content/cases/history-case-2023.md", "Detained at home.", with: "Detained at home at night.")
        try git.commitAll("Add the hour", on: "2024-10-01")
        #expect(site.build(output: "two").exitStatus == 0)
        var page = try site.read("two/cases/history-case-2023/index.html")
        #expect(page.contains("<summary>5 changes</summary>"))
        #expect(page.contains("<bdi>Add the hour</bdi>"))
        try git.run(["commit", "-q", "--amend", "-m", "Add the time of day"], date: "2024-10-02T12:00:00+00:00")
        #expect(site.build(output: "three").exitStatus == 0)
        page = try site.read("three/cases/history-case-2023/index.html")
        #expect(page.contains("<bdi>Add the time of day</bdi>"))
        #expect(!page.contains("Add the hour"))
        // A damaged cache is read again from git.
        try Data("casebook git log 1\nnot a commit\n".utf8).write(to: cache)
        #expect(site.build(output: "four").exitStatus == 0)
        #expect(try site.read("four/cases/history-case-2023/index.html") == page)
    }

    /// `check` writes nothing, the kept log included: it reads it when it is there.
    @Test func checkNeverWritesTheKeptLog() throws {
        let (site, _) = try Self.repository()
        defer { site.remove() }
        let cache = site.root.appendingPathComponent(".git/casebook-history")
        try? FileManager.default.removeItem(at: cache)
        let result = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        #expect(result.exitStatus == 0, "\(result.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: cache.path))
        #expect(site.build().exitStatus == 0)
        #expect(FileManager.default.fileExists(atPath: cache.path))
    }

    /// A file moved into the content folder from elsewhere in the repository starts there.
    @Test func aFileMovedIntoTheContentStartsItsHistoryThere() throws {
        let (site, git) = try Self.repository()
        defer { site.remove() }
        try site.write("drafts/moved-2023.md", Self.caseText.replacingOccurrences(of: "A case with a history", with: "A moved case"))
        try git.commitAll("Draft a case outside the archive", on: "2024-09-01")
        try git.run(["mv", "drafts/moved-2023.md", "content/cases/moved-2023.md"], date: "2024-09-02T12:00:00+00:00")
        try git.commitAll("Publish the moved case", on: "2024-09-02")
        #expect(site.build().exitStatus == 0)
        let page = try site.read("public/cases/moved-2023/index.html")
        #expect(page.contains(#"<dt>First published</dt><dd><time datetime="2024-09-02">"#))
        #expect(page.contains("<summary>1 change</summary>"))
    }
}
