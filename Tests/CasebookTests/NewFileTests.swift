import Foundation
import Testing
@testable import CasebookKit

/// `casebook new`: the files it writes pass `casebook check`, ids come from names, and
/// nothing is ever overwritten.
@Suite struct NewFileTests {
    static let today = PartialDate(year: 2021, month: 3, day: 5)!

    static func request(_ kind: ContentKind, _ name: String, id: String? = nil, people: [String] = []) -> NewFileRequest {
        NewFileRequest(kind: kind, name: name, id: id, people: people, today: today)
    }

    /// Creates a file in the fixture and returns its path, or the error's message.
    static func create(_ site: SiteFixture, _ request: NewFileRequest) -> Result<String, NewFileError> {
        Result { () throws(NewFileError) in try NewFile.create(request, content: "content", relativeTo: site.root) }
    }

    static func check(_ site: SiteFixture, drafts: Bool = false) -> BuildResult {
        Builder.check(BuildOptions(content: "content", templates: "templates", includeDrafts: drafts, relativeTo: site.root))
    }

    @Test func everyKindPassesCheckInTheSampleArchive() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let created = [
            Self.create(site, Self.request(.people, "Айгуль Утепова")),
            Self.create(site, Self.request(.cases, "Taraz court detains Aigul Utepova", id: "utepova-2021",
                                           people: ["aygul-utepova", "Назира Лесова"])),
            Self.create(site, Self.request(.organizations, "Almaty City Court")),
            Self.create(site, Self.request(.pages, "Contact us")),
        ]
        #expect(created == [.success("content/people/aygul-utepova.md"), .success("content/cases/utepova-2021.md"),
                            .success("content/organizations/almaty-city-court.md"), .success("content/pages/contact-us.md")])
        let result = Self.check(site)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")

        let text = try site.read("content/cases/utepova-2021.md")
        #expect(text.contains("\ntitle: Taraz court detains Aigul Utepova "))
        #expect(text.contains("\n  - person: aygul-utepova\n"))
        #expect(text.contains("\n  - person: nazira-lesova\n"))
        #expect(text.contains("\nupdated: 2021-03-05 "))
        #expect(text.contains("\ndraft: true "))
        // Vocabularies, courts and regions come from the archive; a region is never split across lines.
        #expect(text.contains("site.yml statuses: investigation,") && text.contains("acquitted, closed"))
        #expect(text.contains("kz-cc-405 = Organizing or participating"))
        #expect(text.contains("courts so far: atyrau-court-2, bazar-korgon-district-court,"))
        #expect(text.contains("mangystau-criminal-court, mangystau-regional-court and 2 more"))
        #expect(text.contains("Zhambyl Region"))

        // The case is a draft: published only in a preview.
        #expect(site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("cases/utepova-2021/index.html").path))
        #expect(site.build(drafts: true).succeeded)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("cases/utepova-2021/index.html").path))
        #expect(try site.read("public/people/aygul-utepova/index.html").contains("Айгуль Утепова"))
    }

    /// The new person file offers the protection fields: filled in, with the neutral id its
    /// hint asks for, the person is published under initials only.
    @Test func aNewPersonCanBeProtectedByFillingInItsField() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(Self.create(site, Self.request(.people, "Айгуль Утепова", id: "person-1")) == .success("content/people/person-1.md"))
        try site.replace("content/people/person-1.md", "\nprotect:  ", with: "\nprotect: initials")
        #expect(Self.check(site).diagnostics.isEmpty)
        #expect(site.build().succeeded)
        let page = try site.read("public/people/person-1/index.html")
        #expect(page.contains("<title>А. У. ·") && !page.contains("Утепова"))
    }

    /// Every key the parser knows is in the new file, filled, empty or commented out:
    /// custody, decisions, documents, letters and the rest were once left out.
    @Test func everyKeyOfItsKindIsInTheFile() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let files: [(String, [String])] = try [
            (Self.create(site, Self.request(.people, "Example Person")).get(), PersonParser.keys),
            (Self.create(site, Self.request(.cases, "Example case", people: ["example-person"])).get(),
             CaseParser.keys + CaseParser.participantKeys),
            (Self.create(site, Self.request(.organizations, "Example Organization")).get(), OrganizationParser.keys),
            (Self.create(site, Self.request(.pages, "Example page")).get(), PageParser.keys),
        ]
        for (path, keys) in files {
            let text = try site.read(path)
            let missing = keys.filter { key in
                text.range(of: #"(?m)^ *(- |# )?(#   )?\#(key):"#, options: .regularExpression) == nil
            }
            #expect(missing.isEmpty, "\(path) lacks \(missing)")
        }
    }

    /// Removing `# ` from the example lines gives a file that still passes: events cite the
    /// example source, the person's charges are the site's.
    @Test func theCommentedExamplesWorkWhenUncommented() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let paths = try [
            Self.create(site, Self.request(.cases, "Example case", people: ["zhazira-qambarova"])).get(),
            Self.create(site, Self.request(.people, "Example Person")).get(),
            Self.create(site, Self.request(.organizations, "Example Organization")).get(),
        ]
        let example = try NSRegularExpression(pattern: #"^( {0,8})# (?=( *- | *[a-z_]+:))"#, options: .anchorsMatchLines)
        for path in paths {
            let text = try site.read(path)
            let uncommented = example.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text),
                                                                withTemplate: "$1")
            #expect(uncommented.contains("\n  - date: 2021-03-05\n"), "\(path)")
            try site.write(path, uncommented)
        }
        let cased = try site.read(paths[0])
        #expect(cased.contains("\n    charges: [kz-cc-405]"))
        #expect(cased.contains("\n      - {type: imprisonment, years: 2}"))
        let result = Self.check(site)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    /// The comment over `sources` says what a source's addresses may be, as content.md
    /// does: it said "http or https", and a mailto address (a letter the case cites) passes.
    @Test func theSourcesCommentAllowsWhatTheCheckAllows() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let path = try Self.create(site, Self.request(.cases, "Example case", people: ["zhazira-qambarova"])).get()
        let text = try site.read(path)
        #expect(text.contains("are http, https or mailto addresses"), "\(text)")
        try site.write(path, text.replacingOccurrences(of: "\nsources: ", with: "\nsources:\n  - {title: A letter, url: \"mailto:court@example.org\", archive_url: \"mailto:copy@example.org\"}\n#"))
        let result = Self.check(site)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test("ids are made from Cyrillic and Kazakh names", arguments: [
        ("Назира Лесова", "content/people/nazira-lesova.md"),
        ("Жазира Қамбарова", "content/people/zhazira-qambarova.md"),
    ])
    func idFromName(_ name: String, _ path: String) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        // An archive without people/ yet: the folder is made.
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("people"))
        #expect(Self.create(site, Self.request(.people, name)) == .success(path))
        #expect(try site.read(path).contains("\nname: \(name) "))
    }

    @Test func idOptionOverridesTheName() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(Self.create(site, Self.request(.people, "Назира Лесова", id: "nazira-lesova-2")) == .success("content/people/nazira-lesova-2.md"))
        #expect(try site.read("content/people/nazira-lesova-2.md").contains("\nname: Назира Лесова "))
    }

    /// A dangling symbolic link is a file in the way too: it was told in Foundation's words.
    @Test func aDanglingLinkIsAFileThatExists() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: site.content.appendingPathComponent("people/ghost-person.md").path,
                                                   withDestinationPath: "/nonexistent/ghost.md")
        guard case .failure(let error) = Self.create(site, Self.request(.people, "Ghost Person")) else {
            Issue.record("a file was written through a dangling link"); return
        }
        #expect(error.exitStatus == 1)
        #expect(error.message == "content/people/ghost-person.md already exists; nothing was written. Edit it, or choose another id, like --id ghost-person-2")
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let before = try site.read("content/people/nazira-lesova.md")
        let result = Self.create(site, Self.request(.people, "Назира Лесова"))
        #expect(result == .failure(NewFileError(reason: .archive, message:
            "content/people/nazira-lesova.md already exists; nothing was written. Edit it, or choose another id, like --id nazira-lesova-2")))
        #expect((try? result.get()) == nil)
        #expect(try site.read("content/people/nazira-lesova.md") == before)
        if case .failure(let error) = result { #expect(error.exitStatus == 1) }
    }

    @Test("invalid ids are refused with the id to use", arguments: [
        // nazira-lesova.md exists in the sample: a suggestion never names it.
        ("Nazira_Lesova", "'Nazira_Lesova' is not a valid id: use lower-case ASCII letters, digits and single hyphens, without .md; content/people/nazira-lesova.md already exists: edit it, or use --id nazira-lesova-2"),
        ("nazira-lesova.md", "'nazira-lesova.md' is not a valid id: use lower-case ASCII letters, digits and single hyphens, without .md; content/people/nazira-lesova.md already exists: edit it, or use --id nazira-lesova-2"),
        ("Aigul_Utepova", "'Aigul_Utepova' is not a valid id: use lower-case ASCII letters, digits and single hyphens, without .md; did you mean --id aigul-utepova?"),
        ("---", "'---' is not a valid id: use lower-case ASCII letters, digits and single hyphens, without .md"),
    ])
    func invalidID(_ id: String, _ message: String) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let before = SiteFixture.snapshot(site.content)
        #expect(Self.create(site, Self.request(.people, "Nazira", id: id)) == .failure(NewFileError(reason: .usage, message: message)))
        #expect(SiteFixture.snapshot(site.content) == before)
    }

    @Test("a name with nothing to transliterate needs --id", arguments: ["!!! ???", "李明", "محمد"])
    func emptySlug(_ name: String) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = Self.create(site, Self.request(.people, name))
        #expect(result == .failure(NewFileError(reason: .usage, message:
            "no id can be made from '\(name)': it has no Latin, Cyrillic or Kazakh letters or digits; give one with --id, like --id nazira-lesova")))
        #expect(Self.create(site, Self.request(.people, name, id: "li-ming")) == .success("content/people/li-ming.md"))
        #expect(Self.check(site).diagnostics.isEmpty)
    }

    @Test func usageMistakesAreRefused() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let before = SiteFixture.snapshot(site.content)
        func message(_ request: NewFileRequest) -> String? {
            if case .failure(let error) = Self.create(site, request) { error.exitStatus == 2 ? error.message : "status \(error.exitStatus)" } else { nil }
        }
        #expect(message(Self.request(.pages, "Search")) == "'search' is a name the build uses for its own pages (or a language code); choose another page id with --id")
        #expect(message(Self.request(.pages, "Held")) == "'held' is the address of the list of people held now, once cases record custody; choose another page id with --id, like --id held-intro")
        #expect(message(Self.request(.pages, "En")) == "'en' is a name the build uses for its own pages (or a language code); choose another page id with --id")
        // A name Windows keeps for a device: the file could not be checked out there.
        let device = "is a device name Windows reserves: git cannot check out a file of that name on Windows, and a copy of the site to a USB stick fails at its page; choose another id with --id, like --id"
        #expect(message(Self.request(.people, "Con")) == "'con' \(device) con-2")
        #expect(message(Self.request(.organizations, "Some court", id: "lpt1")) == "'lpt1' \(device) lpt1-2")
        #expect(message(Self.request(.people, "  ")) == "the person's name must not be empty")
        #expect(message(Self.request(.pages, "Bell\u{7}")) == "the page's title 'Bell<U+0007>' has U+0007 (BEL, a control character) at character 5, which content may not; delete it")
        // `casebook new person $'Ivan\nPetrov'`: a name of two lines was written into the file.
        #expect(message(Self.request(.people, "Ivan\nPetrov")) == "the person's name 'Ivan<U+000A>Petrov' has U+000A (LF, a control character) at character 5, and a name is one line: write a space there")
        #expect(message(Self.request(.cases, "A\tcase", people: ["nazira-lesova"])) == "the case's title 'A<U+0009>case' has U+0009 (TAB, a control character) at character 2, and a title is one line: write a space there")
        // Pasted from a chat: a character drawn as nothing was written unseen.
        #expect(message(Self.request(.people, "Anna\u{200B}Zero")) == "the person's name 'Anna<U+200B>Zero' has U+200B ZERO WIDTH SPACE at character 5, an invisible character; delete it")
        #expect(message(Self.request(.cases, "A case")) == "a case needs at least one person: add --person ID (repeat it for several), the id of a file in content/people/; create the person first with casebook new person \"Name\"")
        #expect(message(Self.request(.people, "A person", people: ["nazira-lesova"])) == "--person is for cases only")
        #expect(SiteFixture.snapshot(site.content) == before)
    }

    @Test func aCasePersonMustHaveAFile() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = Self.create(site, Self.request(.cases, "A case", people: ["nazira-lesova", "nazira-lesva"]))
        #expect(result == .failure(NewFileError(reason: .archive, message:
            "there is no content/people/nazira-lesva.md for --person 'nazira-lesva' (did you mean 'nazira-lesova'?); create the person first with casebook new person \"Name\"")))
        #expect(!FileManager.default.fileExists(atPath: site.content.appendingPathComponent("cases/a-case.md").path))
        // A name given for --person: the command that makes that person, with the name in it.
        #expect(Self.create(site, Self.request(.cases, "A case", people: ["Иван Иванов"])) == .failure(NewFileError(reason: .archive, message:
            "there is no content/people/ivan-ivanov.md for --person 'Иван Иванов'; create the person first with casebook new person \"Иван Иванов\"")))
    }

    @Test func aMissingContentFolderIsAFileProblem() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = Result { () throws(NewFileError) in
            try NewFile.create(Self.request(.people, "Nazira"), content: "contnet/", relativeTo: site.root)
        }
        #expect(result == .failure(NewFileError(reason: .io, message:
            "contnet: content folder not found; run casebook in the archive's folder or pass --content DIR")))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("contnet").path))
    }

    /// A mistyped --content that names another folder wrote a person file there, unseen.
    @Test func aFolderWithNoneOfAnArchivesFilesIsRefused() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("notes"), withIntermediateDirectories: true)
        let result = Result { () throws(NewFileError) in
            try NewFile.create(Self.request(.people, "Nazira"), content: "notes", relativeTo: site.root)
        }
        #expect(result == .failure(NewFileError(reason: .io, message:
            "notes does not look like an archive's content folder (no site.yml, cases/, people/, organizations/ or pages/); nothing was written. Run casebook in the archive's folder, or pass --content with its content folder")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("notes").path).isEmpty)
    }

    @Test func aLongTitleGivesAnIdCutAtAWord() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let title = "Taraz court sentences Nazira Lesova and Nazira Lepesova to two years of freedom limitation"
        let path = try Self.create(site, Self.request(.pages, title)).get()
        #expect(path == "content/pages/taraz-court-sentences-nazira-lesova-and-nazira-lepesova-to.md")
    }

    /// Names that mean something else to YAML are quoted, so the file reads back the name as given.
    /// (A line break or tab is refused: a name or title is one line, `usageMistakesAreRefused`.)
    @Test func namesWithYAMLSyntaxReadBackExactly() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let names = ["Nazira: Lesova", "null", "No", "2021", "#1 page", "- dash", "\"Quoted\" \\ back",
                     "a #b", "O'Brien", "«Көше» party", "[x]", "{y}", "&anchor", "*alias", "@handle",
                     "50% off", "Trailing:", "Line\u{2028}separator", "Café  Noir"]
        for (index, name) in names.enumerated() {
            _ = try Self.create(site, Self.request(.pages, name, id: "page-\(index)")).get()
        }
        let result = Self.check(site)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let loaded = ContentLoader.load(contentDirectory: site.content, displayName: "content")
        let titles = Dictionary(uniqueKeysWithValues: Builder.parse(loaded, displayName: "content").0.pages.map { ($0.id, $0.title) })
        for (index, name) in names.enumerated() {
            #expect(titles["page-\(index)"] == name)
        }
        #expect(try site.read("content/pages/page-8.md").contains("\ntitle: O'Brien "))
    }

    @Test func longCommentsWrapAtOneHundredColumns() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let path = try Self.create(site, Self.request(.cases, "A case", people: ["nazira-lesova"])).get()
        let lines = try site.read(path).split(separator: "\n")
        #expect(lines.count > 40)
        for line in lines {
            #expect(line.count <= ScaffoldText.lineWidth, "\(line)")
        }
    }

    /// An id that is another file's former id is an old address that leads there: the
    /// next build would refuse a file of that id, so `new` refuses it first.
    @Test func aFormerIDIsNotANewFilesID() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let result = Self.create(site, Self.request(.cases, "Atyrau land protests 2016", people: ["nazira-lesova"]))
        guard case .failure(let error) = result else { Issue.record("a file was written: \(result)"); return }
        #expect(error.message == "'atyrau-land-protests-2016' is a former id of content/cases/bokayev-ayan-2016.md, whose old address leads there; nothing was written. Choose another id, like --id atyrau-land-protests-2016-2")
        #expect(!FileManager.default.fileExists(atPath: site.content.appendingPathComponent("cases/atyrau-land-protests-2016.md").path))
        #expect(FormerIDsInFolder.ids(in: "---\ntitle: x\nformer_ids:\n  - old-one\n  - old-two\nstatus: y\n---\n") == ["old-one", "old-two"])
    }

    /// An id site.yml lists under `withdrawn` was let go on purpose: the next build would
    /// refuse a file of that id, so `new` refuses it first.
    @Test func aWithdrawnIDIsNotANewFilesID() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("content/site.yml", try site.read("content/site.yml") + "withdrawn: {cases: [aktau-2012]}\n")
        let result = Self.create(site, Self.request(.cases, "Aktau 2012", people: ["nazira-lesova"]))
        guard case .failure(let error) = result else { Issue.record("a file was written: \(result)"); return }
        #expect(error.message == "'aktau-2012' is listed under 'withdrawn' in content/site.yml, an address let go on purpose; nothing was written. Choose another id, like --id aktau-2012-2, or, if the case comes back, remove it from 'withdrawn' first")
        #expect(!FileManager.default.fileExists(atPath: site.content.appendingPathComponent("cases/aktau-2012.md").path))
    }
}
