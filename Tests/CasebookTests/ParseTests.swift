import Foundation
import Testing
@testable import CasebookKit

/// Parses one file text as content of `kind`; returns the document and the diagnostics.
private func parse(_ text: String, kind: ContentKind = .cases, id: String = "x",
                   site: SiteConfig = SiteConfig()) -> (ParsedDocument?, [Diagnostic]) {
    let info = DocumentInfo(kind: kind, id: id, path: "content/\(kind.rawValue)/\(id).md")
    var reader = FieldReader(file: info.path)
    let document = ContentParser.parse(text: text, info: info, site: site, reader: &reader)
    return (document, reader.diagnostics.items)
}

private struct NotACase: Error {}

private func caseRecord(_ document: ParsedDocument?) throws -> CaseRecord {
    guard case .caseRecord(let record)? = document else { throw NotACase() }
    return record
}

private let validCase = """
---
title: Taraz court sentences Nazira Lesova and Nazira Lepesova
summary: Two years of freedom limitation.
status: sentenced
status_as_of: 2021-03-05
people:
  - person: nazira-lesova
    role: witness
    status: serving
    charges: [kz-cc-405]
    sentence:
      - {type: freedom-limitation, years: 2}
      - {type: activity-ban, years: 5, note: public and political activity}
  - nazira-lepesova
  - person: zhazira-qambarova
organizations: [koshe-party, dvk]
charges: [kz-cc-405]
court: taraz-court-2
region: Zhambyl Region
city: Taraz
tags: [freedom-limitation]
related_cases: [qambarova-2021]
events:
  - date: 2021-03-04
    type: verdict
    summary: Sentenced.
    people: [nazira-lesova]
    sources: [rferl]
sources:
  - id: rferl
    title: Two More Kazakh Activists Sentenced
    publisher: RFE/RL
    url: https://www.rferl.org/a/31133695.html
    date: 2021-03
draft: false
---
Body **text**.
"""

@Suite("Parse")
struct ParseTests {
    @Test("a valid case parses with every field")
    func validCaseParses() throws {
        let (document, diagnostics) = parse(validCase)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let record = try caseRecord(document)
        #expect(record.title == "Taraz court sentences Nazira Lesova and Nazira Lepesova")
        #expect(record.summary == "Two years of freedom limitation.")
        #expect(record.status.id == "sentenced")
        #expect(record.statusAsOf?.description == "2021-03-05")
        #expect(record.people.map(\.person.id) == ["nazira-lesova", "nazira-lepesova", "zhazira-qambarova"])
        #expect(record.people.map(\.role) == ["witness", "defendant", "defendant"])
        #expect(record.people[0].status == "serving" && record.people[1].status == nil)
        #expect(record.people[0].charges?.map(\.id) == ["kz-cc-405"] && record.people[1].charges == nil)
        #expect(record.people[0].sentence == [
            SentenceComponent(type: "freedom-limitation", years: 2),
            SentenceComponent(type: "activity-ban", years: 5, note: "public and political activity"),
        ])
        #expect(record.people[1].sentence.isEmpty)
        #expect(record.people[1].person.position == SourcePosition(line: 14, column: 5))
        #expect(record.organizations.map(\.id) == ["koshe-party", "dvk"])
        #expect(record.charges.map(\.id) == ["kz-cc-405"])
        #expect(record.court?.id == "taraz-court-2")
        #expect(record.region == "Zhambyl Region" && record.city == "Taraz")
        #expect(record.tags == ["freedom-limitation"])
        #expect(record.relatedCases.map(\.id) == ["qambarova-2021"])
        let event = try #require(record.events.first)
        #expect(record.events.count == 1 && event.date.description == "2021-03-04" && event.type == "verdict")
        #expect(event.people.map(\.id) == ["nazira-lesova"] && event.sources.map(\.id) == ["rferl"])
        let source = try #require(record.sources.first)
        #expect(source.id == "rferl" && source.publisher == "RFE/RL")
        #expect(source.url == "https://www.rferl.org/a/31133695.html")
        #expect(source.date?.description == "2021-03")
        #expect(record.draft == false)
        #expect(record.body == MarkdownBody(text: "Body **text**.", firstLine: 37))
    }

    @Test("a YAML syntax error points at the file line, not the YAML line")
    func yamlSyntaxErrorLine() throws {
        // YAML line 3 is file line 4: the front matter starts on line 2.
        let (document, diagnostics) = parse("---\ntitle: T\nstatus: sentenced\nsummary: a: b\npeople: [a]\n---\n")
        #expect(document == nil)
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.severity == .error && error.file == "content/cases/x.md")
        // A second colon on a value's line is worded as that mistake, with the value quoted.
        #expect(error.message == "a second ': ' on this line makes the value a key; put the value in quotes: summary: \"a: b\"")
        #expect(error.position == SourcePosition(line: 4, column: 11))
        let unclosed = try #require(parse("---\ntitle: T\nstatus: sentenced\nsummary: [a\npeople: [a]\n---\n").1.first)
        // Reported at the bracket that is never closed, not where the parser noticed.
        #expect(unclosed.position == SourcePosition(line: 4, column: 10))
        #expect(unclosed.message == "this '[' is never closed with ']'; close it after the last item")
    }

    @Test("an unknown key suggests the nearest known key at the key's position")
    func unknownKey() throws {
        let text = "---\ntitle: T\nstatus: sentenced\npeople: [a]\nsources: [{title: S}]\n  \nsumary: typo\n---\n"
        let (_, diagnostics) = parse(text)
        let error = try #require(diagnostics.first { $0.message.contains("sumary") })
        #expect(error.severity == .error && error.message.contains("did you mean 'summary'"))
        #expect(error.position == SourcePosition(line: 7, column: 1))
        let nested = "---\ntitle: T\nstatus: sentenced\npeople:\n  - person: a\n    rol: witness\n---\n"
        let nestedError = try #require(parse(nested).1.first { $0.message.contains("'rol'") })
        #expect(nestedError.message.contains("did you mean 'role'"))
        #expect(nestedError.position == SourcePosition(line: 6, column: 5))
    }

    @Test("a list where text is expected is an error with its position")
    func wrongType() throws {
        let text = "---\ntitle: [a, b]\nstatus: sentenced\npeople: [a]\n---\n"
        let (document, diagnostics) = parse(text)
        let error = try #require(diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.message.contains("'title'") && error.message.contains("a list"))
        if case .caseRecord(let record)? = document { #expect(record.title.isEmpty) }
        #expect(error.position == SourcePosition(line: 2, column: 8))
    }

    @Test("a status outside the vocabulary lists the allowed keys")
    func statusOutsideVocabulary() throws {
        let text = "---\ntitle: T\nstatus: jailed\npeople: [a]\n---\n"
        let error = try #require(parse(text).1.first)
        #expect(error.message.contains("'jailed'"))
        #expect(error.message.contains(SiteConfig.Defaults.statuses.allowedList))
        #expect(error.position == SourcePosition(line: 3, column: 9))
    }

    @Test("an impossible date is an error at the value")
    func impossibleDate() throws {
        let text = "---\ntitle: T\nstatus: sentenced\nstatus_as_of: 2021-02-30\npeople: [a]\n---\n"
        let (document, diagnostics) = parse(text)
        let error = try #require(diagnostics.first)
        #expect(error.message.contains("2021-02-30"))
        #expect(error.position == SourcePosition(line: 4, column: 15))
        #expect(try caseRecord(document).statusAsOf == nil)
    }

    @Test("missing or unclosed front matter is an error")
    func frontMatterShape() throws {
        let missing = parse("title: T\n"), unclosed = parse("---\ntitle: T\nstatus: sentenced\n")
        #expect(missing.0 == nil && unclosed.0 == nil)
        #expect(try #require(missing.1.first).message.contains("expected front matter"))
        #expect(try #require(unclosed.1.first).message.contains("not closed"))
    }

    @Test("a BOM and CRLF line ends are accepted")
    func bomAndCRLF() throws {
        let crlf = validCase.replacingOccurrences(of: "\n", with: "\r\n")
        let data = Data([0xEF, 0xBB, 0xBF]) + Data(crlf.utf8)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-bom-\(UUID().uuidString).md")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let info = DocumentInfo(kind: .cases, id: "x", path: "content/cases/x.md")
        let (document, diagnostics) = ContentParser.parse(ContentFile(info: info, url: url), site: SiteConfig())
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let record = try caseRecord(document)
        #expect(record.title == "Taraz court sentences Nazira Lesova and Nazira Lepesova")
        #expect(!record.body.text.contains("\r"))
        #expect(record.people[1].person.position == SourcePosition(line: 14, column: 5))
    }

    @Test("two sources may not share an id")
    func duplicateSourceIDs() throws {
        let text = "---\ntitle: T\nstatus: sentenced\npeople: [a]\nsources:\n  - {id: s, title: A}\n  - {id: s, title: B}\n---\n"
        let error = try #require(parse(text).1.first)
        #expect(error.message.contains("duplicate source id 's'"))
        #expect(error.position.line == 7)
    }

    /// "https://" has no host; URLPolicy.isAllowedExternal documents that it requires one.
    @Test("a javascript:, data: or host-less source URL is rejected", arguments: [
        "javascript:alert(1)", "JavaScript:alert(1)", "'  jAvAsCrIpT:alert(1)'", "data:text/html,x", "'mailto:'", "https://",
    ])
    func javascriptURL(_ url: String) throws {
        let text = "---\ntitle: T\nstatus: sentenced\npeople: [a]\nsources:\n  - title: S\n    url: \(url)\n---\n"
        let (document, diagnostics) = parse(text)
        let error = try #require(diagnostics.first)
        #expect(error.message.contains("'url' must be an http, https or mailto URL"))
        #expect(error.position == SourcePosition(line: 7, column: 10))
        #expect(try caseRecord(document).sources.first?.url == nil)
    }

    @Test("site.yml replacing a vocabulary makes the default keys invalid")
    func siteVocabularyReplacesDefault() throws {
        let (site, siteDiagnostics, _) = SiteParser.parse("title: Site\nstatuses: {open: Open, done: Done}\n", path: "content/site.yml")
        #expect(siteDiagnostics.items.isEmpty)
        #expect(site.statuses.keys == ["open", "done"])
        let sentenced = parse("---\ntitle: T\nstatus: sentenced\npeople: [a]\n---\n", site: site)
        let error = try #require(sentenced.1.first)
        #expect(error.message.contains("allowed: open, done"))
        let open = parse("---\ntitle: T\nstatus: open\npeople: [a]\n---\n", site: site)
        #expect(open.1.isEmpty)
        #expect(try caseRecord(open.0).status.id == "open")
        // Vocabularies site.yml does not mention keep their defaults.
        #expect(site.roles.keys == SiteConfig.Defaults.roles.keys)
        // A vocabulary key must be a valid id.
        let invalid = try #require(SiteParser.parse("title: S\nstatuses: {Open Case: Open}\n", path: "s").1.items.first)
        #expect(invalid.message.contains("like 'open-case'") && invalid.position.line == 2)
    }

    @Test("site.yml charges have a label and a law")
    func siteCharges() throws {
        let yaml = """
        title: Monitor
        base_url: https://cases.example.org
        charges:
          kz-cc-405:
            label: Participation in a banned organization
            law: Criminal Code of Kazakhstan, Article 405
          kz-cc-174: Inciting discord
        """
        let (site, diagnostics, _) = SiteParser.parse(yaml, path: "content/site.yml")
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        #expect(site.title == "Monitor" && site.baseURL == "https://cases.example.org/")
        #expect(site.charges == [
            Charge(key: "kz-cc-405", label: "Participation in a banned organization", law: "Criminal Code of Kazakhstan, Article 405"),
            Charge(key: "kz-cc-174", label: "Inciting discord", law: nil),
        ])
    }

    @Test("all problems of a file are reported, not the first only")
    func allProblems() {
        let text = "---\ntitle: T\nstatus: jailed\nstatus_as_of: 2021-13\nsumary: x\npeople: [a]\n---\n"
        #expect(parse(text).1.count == 3)
    }
}
