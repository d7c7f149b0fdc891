import Foundation
@testable import CasebookKit

/// The sample archive with custody periods of its own (the sample itself records none):
/// - Zhazira Qambarova: pre-trial detention 10 September – 1 November 2020, then house arrest
///   from 2 November 2020, still lasting (1,209 days on 1 January 2024, unbroken since
///   10 September 2020);
/// - Nazira Lesova: prison from March 2021 (a partial date: about 1,037 days), recognised by
///   DVK, and ten days of police custody in January 2020 as a witness in Qambarova's case;
/// - Nazira Lepesova: three days of police custody in February 2021, then freedom
///   limitation (not held, never counted).
enum HeldFixture {
    static let asOf = PartialDate(year: 2024, month: 1, day: 1)!

    static func make(_ languages: SiteFixture.Languages = .english) throws -> SiteFixture {
        let site = try SiteFixture(languages, withCustody: false)
        try site.replace("content/cases/qambarova-2021.md", "  - person: zhazira-qambarova\n    role: defendant\n", with: """
              - person: zhazira-qambarova
                role: defendant
                custody:
                  - {from: 2020-09-10, to: 2020-11-01, kind: pretrial-detention, place: "Pre-trial detention centre No. 1, Taraz", sources: [rferl-2021-03-03]}
                  - {from: 2020-11-02, kind: house-arrest, place: Taraz}

            """)
        try site.replace("content/cases/qambarova-2021.md", "\norganizations:", with: """

              - person: nazira-lesova
                role: witness
                custody:
                  - {from: 2020-01-10, to: 2020-01-19, kind: detention}
            organizations:
            """)
        try site.replace("content/cases/lesova-lepesova-2021.md", "  - person: nazira-lesova\n    role: defendant\n", with: """
              - person: nazira-lesova
                role: defendant
                custody:
                  - {from: 2021-03, kind: prison, sources: [azattyq-2021-03-03]}

            """)
        try site.replace("content/cases/lesova-lepesova-2021.md", "  - person: nazira-lepesova\n    role: defendant\n", with: """
              - person: nazira-lepesova
                role: defendant
                custody:
                  - {from: 2021-02-01, to: 2021-02-03, kind: detention}
                  - {from: 2021-03-04, kind: freedom-limitation}

            """)
        try site.replace("content/people/nazira-lesova.md", "\naliases:", with: "\nrecognised:\n  - {by: dvk, date: 2021-05}\naliases:")
        if languages == .sample {
            // A translation lists the case's people too: Lesova's entry has nothing to translate.
            for language in ["ru", "kk"] { try site.replace("content/cases/qambarova-2021.\(language).md", "\nevents:\n", with: "\n  -\nevents:\n") }
            // The Russian translation gives the detention centre's name; Kazakh pages show it in English.
            let last = "      - note: политическую деятельность\n"
            try site.replace("content/cases/qambarova-2021.ru.md", last, with: last + "    custody:\n      - place: СИЗО № 1 города Тараза\n      -\n")
        }
        return site
    }

    static func options(_ site: SiteFixture, asOf: PartialDate = asOf) -> BuildOptions {
        var options = BuildOptions(content: "content", templates: "templates", output: "public", relativeTo: site.root)
        options.asOf = .date(asOf)
        return options
    }

    static func build(_ site: SiteFixture, asOf: PartialDate = asOf) -> BuildResult {
        Builder.build(options(site, asOf: asOf))
    }

    /// The linked archive, as a build on `asOf` links it.
    static func archive(_ site: SiteFixture, asOf: PartialDate = asOf) -> Archive {
        let loaded = ContentLoader.load(contentDirectory: site.content, displayName: "content")
        let (content, _) = Builder.parse(loaded, displayName: "content")
        return Linker.link(content, includeDrafts: false, asOf: AsOf(date: asOf, source: .option)).0
    }

    /// The inside of `<main>` of a page of the output, whitespace as written.
    static func main(_ site: SiteFixture, _ path: String) throws -> String {
        let html = try site.read("public/" + path)
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return html }
        return String(html[start.lowerBound..<end.upperBound])
    }
}
