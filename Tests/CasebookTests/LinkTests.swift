import Testing
@testable import CasebookKit

private typealias File = (kind: ContentKind, id: String, text: String)

private let linkSite: SiteConfig = {
    var site = SiteConfig()
    site.charges = [Charge(key: "kz-cc-405", label: "Participation in a banned organization", law: "Article 405")]
    return site
}()

/// Parses inline file texts through ContentParser into ParsedContent; parse problems fail the test.
private func parsed(_ files: [File], site: SiteConfig = linkSite,
                    sourceLocation: SourceLocation = #_sourceLocation) -> ParsedContent {
    var content = ParsedContent(site: site)
    for file in files {
        let info = DocumentInfo(kind: file.kind, id: file.id, path: "content/\(file.kind.rawValue)/\(file.id).md")
        var reader = FieldReader(file: info.path)
        let document = ContentParser.parse(text: file.text, info: info, site: site, reader: &reader)
        #expect(reader.diagnostics.items.isEmpty, "\(reader.diagnostics.items)", sourceLocation: sourceLocation)
        switch document {
        case .caseRecord(let record)?: content.cases.append(record)
        case .person(let person)?: content.people.append(person)
        case .organization(let organization)?: content.organizations.append(organization)
        case .page(let page)?: content.pages.append(page)
        case .translation(let translation)?: content.translations.append(translation)
        case nil: Issue.record("\(file.id) did not parse", sourceLocation: sourceLocation)
        }
    }
    return content
}

private func link(_ files: [File], site: SiteConfig = linkSite, includeDrafts: Bool = false,
                  sourceLocation: SourceLocation = #_sourceLocation) -> (Archive, [Diagnostic]) {
    Linker.link(parsed(files, site: site, sourceLocation: sourceLocation), includeDrafts: includeDrafts)
}

private func person(_ id: String, orgs: String = "[]") -> File {
    (.people, id, "---\nname: Person \(id)\norganizations: \(orgs)\n---\n")
}

private func org(_ id: String, kind: String = "party", leaders: String = "[]") -> File {
    (.organizations, id, "---\nname: Org \(id)\nkind: \(kind)\nleaders: \(leaders)\n---\n")
}

/// A case: people on line 4, `lines` from line 5, then one source (unless `sources` is false), then the body.
private func kase(_ id: String, _ lines: String = "", people: String = "[a]", status: String = "sentenced",
                  sources: Bool = true, body: String = "") -> File {
    (.cases, id, "---\ntitle: Case \(id)\nstatus: \(status)\npeople: \(people)\n\(lines)"
        + (sources ? "sources: [{id: s, title: S}]\n" : "") + "---\n" + body)
}

private func page(_ id: String, body: String) -> File {
    (.pages, id, "---\ntitle: Page \(id)\n---\n" + body)
}

private func errors(_ diagnostics: [Diagnostic], containing text: String) -> [Diagnostic] {
    diagnostics.filter { $0.severity == .error && $0.message.contains(text) }
}

@Suite("Link")
struct LinkTests {
    @Test("an unknown person is an error with the nearest id")
    func unknownPerson() throws {
        let (_, diagnostics) = link([person("nazira-lepesova"), kase("c1", people: "[nazira-lepsova]")])
        let error = try #require(errors(diagnostics, containing: "unknown person 'nazira-lepsova'").first)
        #expect(error.message.contains("did you mean 'nazira-lepesova'"))
        #expect(error.file == "content/cases/c1.md")
        #expect(error.position == SourcePosition(line: 4, column: 10))
    }

    @Test("unknown organization, charge, court and related case are errors")
    func unknownReferences() throws {
        let lines = "organizations: [koshe-prty]\ncharges: [kz-cc-40]\ncourt: nowhere\nrelated_cases: [c3]\n"
        let (_, diagnostics) = link([person("a"), org("koshe-party"), kase("c1", lines), kase("c2")])
        let organization = try #require(errors(diagnostics, containing: "unknown organization 'koshe-prty'").first)
        #expect(organization.message.contains("did you mean 'koshe-party'"))
        #expect(organization.position == SourcePosition(line: 5, column: 17))
        let charge = try #require(errors(diagnostics, containing: "'kz-cc-40' is not one of the site's charges").first)
        #expect(charge.message.contains("did you mean 'kz-cc-405'"))
        #expect(charge.position.line == 6)
        #expect(errors(diagnostics, containing: "unknown organization 'nowhere'").first?.position.line == 7)
        let related = try #require(errors(diagnostics, containing: "unknown case 'c3'").first)
        #expect(related.message.contains("did you mean 'c2'") || related.message.contains("did you mean 'c1'"))
        #expect(related.position.line == 8)
    }

    @Test("a court must be an organization of kind court")
    func courtKind() {
        let (_, diagnostics) = link([person("a"), org("koshe-party"), org("taraz-court", kind: "court"),
                                     kase("c1", "court: koshe-party\n"), kase("c2", "court: taraz-court\n")])
        let notCourt = errors(diagnostics, containing: "is not a court")
        #expect(notCourt.count == 1)
        #expect(notCourt.first?.file == "content/cases/c1.md")
    }

    @Test("events cite known sources; an event without a source is a warning")
    func eventSources() throws {
        let lines = "events:\n  - {date: 2021, type: verdict, summary: A, sources: [nope]}\n  - {date: 2021, type: trial, summary: B}\n"
        let (_, diagnostics) = link([person("a"), kase("c1", lines)])
        let unknown = try #require(errors(diagnostics, containing: "unknown source id 'nope'").first)
        #expect(unknown.position.line == 6)
        let warnings = diagnostics.filter { $0.severity == .warning }
        #expect(warnings.count == 1 && warnings.first?.position.line == 7)
        #expect(warnings.first?.message.contains("cites no source") == true)
    }

    @Test("a published case needs a source; a draft does not")
    func sourcesRequired() {
        let published = link([person("a"), kase("c1", sources: false)]).1
        #expect(errors(published, containing: "needs at least one source").count == 1)
        let draft = link([person("a"), kase("c1", "draft: true\n", sources: false)]).1
        #expect(errors(draft, containing: "needs at least one source").isEmpty)
    }

    private var archiveFiles: [File] {
        [person("a", orgs: "[party]"), person("b"), person("c"), person("w"),
         org("party", leaders: "[b]"), org("court1", kind: "court"),
         kase("c1", "organizations: [party]\ncourt: court1\nrelated_cases: [c2]\nregion: Zhambyl Region\nevents:\n  - {date: 2021, type: verdict, summary: V, sources: [s]}\n", people: "[a, b]"),
         kase("c2", "events:\n  - {date: 2022, type: verdict, summary: V, sources: [s]}\n",
              people: "[a, {person: w, role: witness}]"),
         kase("d1", "draft: true\norganizations: [party]\ncourt: court1\nrelated_cases: [c1]\nregion: Almaty\n",
              people: "[c]", status: "trial")]
    }

    @Test("back-links: person, organization, court and related cases")
    func backLinks() throws {
        let (archive, diagnostics) = link(archiveFiles)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let a = try #require(archive.person("a"))
        #expect(a.cases.map(\.caseID) == ["c2", "c1"] && a.organizationIDs == ["party"])
        let b = try #require(archive.person("b"))
        #expect(b.cases.map(\.caseID) == ["c1"] && b.cases.first?.participant == 1)
        #expect(b.ledOrganizationIDs == ["party"] && b.organizationIDs == ["party"])
        let party = try #require(archive.organization("party"))
        #expect(party.leaderIDs == ["b"] && party.memberIDs == ["a"] && party.caseIDs == ["c1"])
        #expect(archive.organization("court1")?.courtCaseIDs == ["c1"])
        #expect(archive.caseRecord("c1")?.relatedCaseIDs == ["c2"])
        #expect(archive.caseRecord("c2")?.relatedCaseIDs == ["c1"])
    }

    @Test("drafts are left out of cases, facets, counts and back-links unless included")
    func drafts() throws {
        let (archive, _) = link(archiveFiles)
        #expect(archive.cases.map(\.record.id) == ["c2", "c1"])
        #expect(archive.caseRecord("d1") == nil)
        #expect(archive.person("c")?.cases.isEmpty == true)
        #expect(archive.prosecutedPersonCount == 2)
        #expect(!archive.facets.flatMap { $0.values.flatMap(\.caseIDs) }.contains("d1"))
        #expect(archive.facets.first { $0.name == "regions" }?.values.map(\.key) == ["zhambyl-region"])
        #expect(archive.facets.first { $0.name == "statuses" }?.values.map(\.key) == ["sentenced"])

        let (withDrafts, _) = link(archiveFiles, includeDrafts: true)
        #expect(Set(withDrafts.cases.map(\.record.id)) == ["c1", "c2", "d1"])
        #expect(withDrafts.prosecutedPersonCount == 3)
        #expect(withDrafts.person("c")?.cases.map(\.caseID) == ["d1"])
        #expect(withDrafts.organization("party")?.caseIDs.contains("d1") == true)
        #expect(withDrafts.caseRecord("c1")?.relatedCaseIDs == ["c2", "d1"])
        #expect(withDrafts.facets.first { $0.name == "regions" }?.values.map(\.key) == ["almaty", "zhambyl-region"])
    }

    @Test("body links to content files are rewritten to page URLs")
    func bodyLinksRewritten() throws {
        let (archive, diagnostics) = link([
            person("a"), kase("c1", body: "See [x](../people/a.md) and [y](https://example.org).\n"),
            page("about", body: "Read [the case](../cases/c1.md#events).\n"),
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let html = try #require(archive.caseRecord("c1")?.bodyHTML)
        #expect(html.contains("href=\"../../people/a/index.html\""))
        #expect(html.contains("href=\"https://example.org\""))
        let pageHTML = try #require(archive.pages.first?.bodyHTML)
        #expect(pageHTML.contains("href=\"../cases/c1/index.html#events\""))
    }

    @Test("a link to a missing file is an error at its line and column")
    func missingLinkTarget() throws {
        let body = "Intro line\nthen [x](../people/nobody.md) here.\n"
        let (_, diagnostics) = link([person("a"), kase("c1", body: body)])
        let error = try #require(errors(diagnostics, containing: "missing file").first)
        #expect(error.file == "content/cases/c1.md")
        // Lines 1-6 are front matter; the paragraph starts on line 7, the link is on line 8.
        #expect(error.position == SourcePosition(line: 8, column: 6))
    }

    @Test("two bad links with the same target are each reported at their own line")
    func repeatedBadLinks() {
        let body = "First [x](../people/nobody.md)\nSecond [y](../people/nobody.md)\n"
        let (_, diagnostics) = link([person("a"), kase("c1", body: body)])
        let lines = errors(diagnostics, containing: "missing file").map(\.position.line).sorted()
        #expect(lines == [7, 8])
    }

    @Test("javascript: links are errors; the href is dropped")
    func javascriptLink() throws {
        let (archive, diagnostics) = link([person("a"), kase("c1", body: "[x](javascript:alert(1))\n")])
        let error = try #require(errors(diagnostics, containing: "is not allowed").first)
        #expect(error.position == SourcePosition(line: 7, column: 1))
        #expect(archive.caseRecord("c1")?.bodyHTML.contains("javascript") == false)
    }

    @Test("raw HTML is dropped unless site.unsafeHTML")
    func rawHTML() throws {
        let files = [person("a"), kase("c1", body: "<script>alert(1)</script>\n\nText <b>bold</b>.\n")]
        let safe = try #require(link(files).0.caseRecord("c1")?.bodyHTML)
        #expect(!safe.contains("<script>"))
        #expect(!safe.contains("<b>"))
        var unsafeSite = linkSite
        unsafeSite.unsafeHTML = true
        let unsafe = try #require(link(files, site: unsafeSite).0.caseRecord("c1")?.bodyHTML)
        #expect(unsafe.contains("<script>alert(1)</script>"))
    }
}
