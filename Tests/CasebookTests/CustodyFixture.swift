import Foundation
@testable import CasebookKit

/// The English sample with a case of custody periods whose figures are worked out by hand,
/// counted as of 1 January 2024 (`asOf`):
///
/// - aset-held (region Almaty): police custody 2023-01-10 to 01-12 (3 days), then pre-trial
///   detention from 2023-01-13, open (354 days): held now, 357 days; recognised 2023-03.
/// - bota-held (no region: the case's, Zhambyl Region): house arrest from 2023-06 (a month
///   only), open: held now, about 215 days.
/// - dana-freed: police custody 2022-03-01 to 03-10 (10) and pre-trial detention 2022-03-11
///   to 12-31 (296): held before, 306 days; recognised 2024-06, after the day.
/// - erlan-ban: a travel ban from 2023-02-01, open: 335 days, never held.
/// - fara-later: pre-trial detention from 2024-05-01: after the day, so never held, 0 days.
/// - zhazira-qambarova (the sample's): recognised 2021-05, never held.
struct CustodyFixture {
    let site: SiteFixture
    static let asOf = AsOf(date: PartialDate(year: 2024, month: 1, day: 1)!, source: .option)

    init() throws {
        site = try SiteFixture(withCustody: false)
        try site.write("content/organizations/rights-centre.md", "---\nname: Rights Centre\nkind: ngo\n---\n")
        for (id, extra) in [("aset-held", "region: Almaty\nrecognised: [{by: rights-centre, date: 2023-03}]\n"), ("bota-held", ""),
                            ("dana-freed", "recognised: [{by: rights-centre, date: 2024-06}]\n"), ("erlan-ban", ""), ("fara-later", "")] {
            try site.write("content/people/\(id).md", "---\nname: \(id.split(separator: "-")[0].capitalized) Test\n\(extra)---\n")
        }
        try site.replace("content/people/zhazira-qambarova.md", "\n---\n", with: "\nrecognised: [{by: rights-centre, date: 2021-05}]\n---\n")
        try site.write("content/cases/custody-2023.md", """
            ---
            title: A case of custody
            status: detained
            region: Zhambyl Region
            updated: 2023-12-20
            people:
              - person: aset-held
                custody:
                  - {from: 2023-01-10, to: 2023-01-12, kind: detention}
                  - {from: 2023-01-13, kind: pretrial-detention, place: "Pre-trial detention centre No. 1, Taraz"}
              - person: bota-held
                custody: [{from: 2023-06, kind: house-arrest}]
              - person: dana-freed
                custody:
                  - {from: 2022-03-01, to: 2022-03-10, kind: detention}
                  - {from: 2022-03-11, to: 2022-12-31, kind: pretrial-detention}
              - person: erlan-ban
                custody: [{from: 2023-02-01, kind: travel-ban}]
              - person: fara-later
                custody: [{from: 2024-05-01, kind: pretrial-detention}]
            events:
              - {date: 2023-01-10, type: detention, summary: Detained., sources: [s]}
            sources: [{id: s, title: Report, url: 'https://example.org/'}]
            ---
            """)
    }

    /// The linked archive counted as of `asOf` (nil: the build's default day).
    func archive(asOf: AsOf? = Self.asOf) throws -> Archive {
        let loaded = ContentLoader.load(contentDirectory: site.content, displayName: "content")
        let (content, problems) = Builder.parse(loaded, displayName: "content")
        precondition(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
        let (archive, linkProblems) = Linker.link(content, includeDrafts: false, asOf: asOf)
        precondition(linkProblems.filter { $0.severity == .error }.isEmpty, "\(linkProblems)")
        return archive
    }

    /// `casebook build --as-of 2024-01-01` of the fixture.
    func build() -> BuildResult {
        var options = BuildOptions(content: "content", templates: "templates", output: "public", relativeTo: site.root)
        options.asOf = .date(Self.asOf.date)
        return Builder.build(options)
    }

    func remove() { site.remove() }
}
