import Testing
@testable import CasebookKit

/// One person's file and one case file about them, parsed and linked by hand: what the tests
/// of custody and decisions need, without a whole archive on disk.
enum OnePersonCase {
    /// Links the person `id` (named `name`) and the case `text` (a whole file, front matter
    /// included, as `content/cases/a-case.md`), counted as of the day `asOf` given as `source`
    /// says (nil: the build's default, the case's last update). The files must parse without
    /// a problem: the tests are about what linking says.
    static func link(person id: String, name: String, case text: String,
                     asOf: (year: Int, month: Int, day: Int)?, source: AsOf.Source = .option) -> (archive: Archive, problems: [Diagnostic]) {
        let site = SiteConfig()
        var content = ParsedContent(site: site)
        let person = DocumentInfo(kind: .people, id: id, path: "content/people/\(id).md")
        var personReader = FieldReader(file: person.path)
        if case .person(let parsed)? = ContentParser.parse(text: "---\nname: \(name)\n---\n", info: person, site: site, reader: &personReader) {
            content.people.append(parsed)
        }
        let info = DocumentInfo(kind: .cases, id: "a-case", path: "content/cases/a-case.md")
        var reader = FieldReader(file: info.path)
        if case .caseRecord(let record)? = ContentParser.parse(text: text, info: info, site: site, reader: &reader) {
            content.cases.append(record)
        }
        let parsing = personReader.diagnostics.items + reader.diagnostics.items
        #expect(parsing.isEmpty, "the test's files do not parse: \(parsing)")
        let day = asOf.map { AsOf(date: PartialDate(year: $0.year, month: $0.month, day: $0.day)!, source: source) }
        return Linker.link(content, includeDrafts: false, asOf: day)
    }
}
