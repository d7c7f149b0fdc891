import Foundation
import Testing
@testable import CasebookKit

/// docs/theme.md and the typed page values held to each other: every key the doc lists for
/// a template or shape is a field of the struct that carries it, every field of every
/// struct is listed, and every struct that templates can look into has its row.
@Suite struct ThemeDocTests {
    /// The page templates and the struct each gets as its own values.
    static let templates: [String: any TemplateFields.Type] = [
        "home": HomePage.self, "cases": CasesPage.self, "case": CasePage.self, "people": PeoplePage.self,
        "person": PersonPage.self, "organizations": OrganizationsPage.self, "organization": OrganizationPage.self,
        "timeline": TimelinePage.self, "timeline-year": TimelineYearPage.self, "facets": FacetsPage.self,
        "facet": FacetPage.self, "statistics": StatisticsPage.self, "page": FreePage.self, "404": NotFoundPage.self,
        "data": DataPage.self, "search": SearchPage.self, "held": HeldPage.self, "letters": LettersPage.self,
        "corrections": CorrectionsPage.self,
    ]

    /// The doc's shapes and their structs.
    static let shapes: [String: any TemplateFields.Type] = [
        "date": DateValue.self, "person link": PersonLink.self, "organization link": OrganizationLink.self,
        "link": TitledLink.self, "labelled link": LabelLink.self, "address": Href.self, "year": YearLink.self, "month link": MonthLink.self,
        "case item": CaseItem.self, "person's case item": PersonCaseItem.self, "latest case item": LatestCaseItem.self,
        "case item fragment": CaseItemFragment.self, "case list": CaseList.self, "event": EventValue.self,
        "event source": SourceRef.self, "recognition": RecognitionValue.self, "former name": FormerNameValue.self, "ban": BanValue.self, "letters entry": LettersEntry.self, "not-found language": NotFoundLanguage.self, "source": SourceValue.self, "pager": PagerValue.self, "pager entry": PagerPage.self,
        "counts": Counts.self, "site": SiteValues.self, "navigation entry": NavItem.self, "fragments": Fragments.self, "language": LanguageLink.self,
        "meta": MetaValues.self, "header and footer": SharedFrame.self, "facts": CaseFacts.self, "certainty value": CertaintyValue.self, "charge": ChargeValue.self,
        "case person": Participant.self, "correction": CorrectionValue.self, "corrections entry": CorrectionsEntry.self, "document": DocumentValue.self, "person's organization": PersonOrganization.self,
        "affiliated person": AffiliatedPerson.self,
        "people entry": PeopleEntry.self, "organization group": OrganizationGroup.self,
        "organization entry": OrganizationEntry.self, "facet": FacetSummary.self, "facet value": FacetValueSummary.self,
        "month": TimelineMonth.self, "figure": Figure.self, "figure row": FigureRow.self, "held section": HeldSection.self, "data file": DataFileEntry.self,
        "data column": DataColumn.self, "data counts": DataCounts.self, "feed": DataFeed.self,
        "held count": HeldCount.self, "held person": HeldPerson.self, "held filter": HeldFilterLink.self,
        "case held now": CaseHeld.self, "custody": PersonCustody.self, "custody case": CustodyCase.self, "custody row": CustodyRow.self,
        "country": CountryValue.self, "death": DeathValue.self,
        "decision history": DecisionHistory.self, "current sentence": CurrentSentence.self, "role line": RoleLine.self, "decision": DecisionValue.self,
        "decision source": DecisionSourceLink.self,
        "page history": PageHistory.self, "history change": HistoryChange.self, "citation": CiteValue.self,
        "build stamp": BuildStampValue.self,
    ]

    static var doc: String {
        get throws { try String(contentsOf: SiteFixture.repository.appendingPathComponent("docs/theme.md"), encoding: .utf8) }
    }

    /// The rows of the table under `heading` whose keys cell is a brace list: name -> keys.
    static func braceRows(_ doc: String, under heading: String) -> [String: [String]] {
        var rows: [String: [String]] = [:]
        for line in section(doc, heading) where line.hasPrefix("| ") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count > 3, cells[2].hasPrefix("`{"), cells[2].hasSuffix("}`") else { continue }
            let name = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            rows[name] = topLevelNames(String(cells[2].dropFirst(2).dropLast(2)))
        }
        return rows
    }

    /// `a, b: [{c}], d` -> a, b, d.
    static func topLevelNames(_ list: String) -> [String] {
        var names: [String] = [], current = "", depth = 0, inName = true
        for character in list + "," {
            switch character {
            case "{", "[": depth += 1
            case "}", "]": depth -= 1
            case ":" where depth == 0: inName = false
            case "," where depth == 0:
                let name = current.trimmingCharacters(in: .whitespaces)
                if !name.isEmpty { names.append(name) }
                current = ""
                inName = true
            default: if depth == 0, inName { current.append(character) }
            }
        }
        return names
    }

    /// The lines from `heading` to the next heading.
    static func section(_ doc: String, _ heading: String) -> [Substring] {
        let lines = doc.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0 == heading }) else { return [] }
        let rest = lines[(start + 1)...]
        return Array(rest.prefix { !$0.hasPrefix("#") })
    }

    @Test func everyTemplateKeyIsAFieldAndEveryFieldIsListed() throws {
        let rows = Self.braceRows(try Self.doc, under: "### Per template")
        #expect(Set(rows.keys) == Set(Self.templates.keys))
        for (template, type) in Self.templates {
            #expect(Set(rows[template] ?? []) == Set(type.fieldNames), "template '\(template)'")
            #expect(rows[template]?.count == type.fieldNames.count, "template '\(template)' lists a key twice")
        }
    }

    @Test func everyShapeKeyIsAFieldAndEveryFieldIsListed() throws {
        let rows = Self.braceRows(try Self.doc, under: "### Shared shapes")
        #expect(Set(rows.keys) == Set(Self.shapes.keys))
        for (shape, type) in Self.shapes {
            #expect(Set(rows[shape] ?? []) == Set(type.fieldNames), "shape '\(shape)'")
        }
    }

    @Test func theKeysOfEveryPageAreListed() throws {
        var keys: [String] = []
        for line in Self.section(try Self.doc, "### On every page") where line.hasPrefix("| `") {
            let cell = line.split(separator: "|")[0]
            keys += cell.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }
                .map { String($0.element.split(separator: ".")[0]) }
        }
        #expect(Set(keys) == Set(PageValue.fieldNames))
    }

    /// Every struct templates can look into has its row: found in the sources, so a new one
    /// cannot be left out of the doc.
    /// The names of the structs and classes the sources declare as template values.
    static func declaredTemplateValues() throws -> Set<String> {
        let folder = SiteFixture.repository.appendingPathComponent("Sources/CasebookKit")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        var declared: Set<String> = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: #/(?:struct|class) (\w+): TemplateFields/#) { declared.insert(String(match.1)) }
        }
        return declared
    }

    @Test func everyTypedValueInTheSourcesIsDocumented() throws {
        let declared = try Self.declaredTemplateValues()
        let documented = Set((Array(Self.templates.values) + Array(Self.shapes.values)).map { String(describing: $0) })
        #expect(declared.count > 40)
        // `words` has the catalogue's keys, which "Words: the catalogue" documents.
        #expect(declared.subtracting(documented).subtracting(["PageValue", "WordsValue", "WordSection"]).isEmpty,
                "typed values without a row in docs/theme.md: \(declared.subtracting(documented).sorted())")
    }

    /// The structs named above are the ones the pages get.
    @Test func eachTemplateGetsItsStruct() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let (content, _) = Builder.parse(ContentLoader.load(contentDirectory: site.content, displayName: "content"), displayName: "content")
        let (archive, _) = Linker.link(content, includeDrafts: true)
        let theme = try #require(Theme.load(from: site.root.appendingPathComponent("templates"), displayName: "templates").0)
        let renderer = SiteRenderer(archive: archive, theme: theme, includeDrafts: true)
        for (path, job, _) in renderer.plan.pages {
            let page = renderer.page(job, at: path)
            let expected = try #require(Self.templates[page.template])
            #expect(type(of: page.content) == expected, "\(page.path)")
        }
    }

    /// The "Files" tree names every file of the built-in theme, and only those: a partial and
    /// an asset added later (`partials/decisions`, `assets/favicon.svg`) were once missing.
    @Test func theFilesTreeListsEveryFileOfTheBuiltInTheme() throws {
        var listed: Set<String> = [], folder = ""
        for line in Self.section(try Self.doc, "## Files") {
            let indent = line.prefix { $0 == " " }.count
            guard indent == 2 || indent == 4 else { continue }
            // The names before the description: "ru.yml, kk.yml         the same words ...".
            let names = line.dropFirst(indent).components(separatedBy: "  ")[0]
            if indent == 2 { folder = names.hasSuffix("/") ? names : "" }
            if names.hasSuffix("/") { continue }
            for name in names.components(separatedBy: ", ") { listed.insert((indent == 4 ? folder : "") + name) }
        }
        let files = Set(BuiltInTheme.files.map(\.path))
        #expect(files.subtracting(listed).isEmpty, "built-in files docs/theme.md does not list: \(files.subtracting(listed).sorted())")
        #expect(listed.subtracting(files).isEmpty, "docs/theme.md lists files the theme does not have: \(listed.subtracting(files).sorted())")
    }

    /// The line theme.md quotes for including search.js is the built-in layout's: the doc's
    /// `{{root}}assets/search.js` was an error on a site in several languages.
    @Test func theQuotedScriptTagIsTheLayouts() throws {
        let lines = Self.section(try Self.doc, "## Search and JavaScript")
        let start = try #require(lines.firstIndex { $0 == "```html" })
        let quoted = String(lines[start + 1])
        let layout = try #require(BuiltInTheme.files.first { $0.path == "layout.mustache" }).text
        #expect(quoted.contains("assets/search.js") && layout.components(separatedBy: "\n").contains(quoted), "\(quoted)")
    }
}
