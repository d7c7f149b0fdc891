import Foundation
@testable import CasebookKit

/// The sample archive with decisions of its own (the sample before issue 19 has none):
/// - Zhazira Qambarova: convicted at first instance under two charges, 5 and 3 years with a
///   combined term of 6 years; on appeal one charge dropped and the term cut to 4 years
///   (reported); then parole, which leaves the 4 years in force;
/// - Nazira Lesova: a witness until 1 March 2021, then a defendant; convicted, then
///   acquitted on appeal: no sentence in force;
/// - Nazira Lepesova: 7 years of imprisonment in absentia.
/// A second charge (Article 174) is named only in Qambarova's first-instance decision.
enum DecisionsFixture {
    static func make(_ languages: SiteFixture.Languages = .english) throws -> SiteFixture {
        let site = try SiteFixture(languages, withCustody: false)
        if languages == .english {
            try site.replace("content/site.yml", "\ncharges:\n", with: """

                charges:
                  kz-cc-174:
                    label: Inciting social, national, clan, racial, class or religious discord
                    law: Criminal Code of Kazakhstan, Article 174

                """)
        } else {
            try site.replace("content/site.yml", "\n# Regions and cities as the other languages spell them", with: """

                  kz-cc-174:
                    label: {en: "Inciting discord", ru: Возбуждение розни, kk: Алауыздықты қоздыру}
                    law: {en: "Criminal Code of Kazakhstan, Article 174", ru: "Уголовный кодекс Республики Казахстан, статья 174", kk: "Қазақстан Республикасының Қылмыстық кодексі, 174-бап"}
                # Regions and cities as the other languages spell them
                """)
            // The translations' sentence notes were for the shorthand sentences replaced below.
            for language in ["ru", "kk"] {
                try site.write("content/cases/qambarova-2021.\(language).md",
                               try Self.withoutPeople(site.read("content/cases/qambarova-2021.\(language).md"), count: 1))
                try site.write("content/cases/lesova-lepesova-2021.\(language).md",
                               try Self.withoutPeople(site.read("content/cases/lesova-lepesova-2021.\(language).md"), count: 2))
            }
        }
        try site.replace("content/cases/qambarova-2021.md", """
                sentence:
                  - {type: freedom-limitation, years: 2}
                  - {type: activity-ban, years: 5, note: political and social activity in the media or on the internet}
                  - {type: activity-ban, years: 2, note: political activity}

            """, with: """
                decisions:
                  - date: 2021-03-02
                    kind: first-instance
                    court: taraz-court-2
                    outcome: convicted
                    charges: [kz-cc-405, kz-cc-174]
                    sentence:
                      - {type: imprisonment, years: 5, charge: kz-cc-405}
                      - {type: imprisonment, years: 3, charge: kz-cc-174}
                    sentence_total:
                      - {type: imprisonment, years: 6}
                    sources: [rferl-2021-03-03]
                  - date: 2021-05-20
                    kind: appeal
                    court: taraz-court-2
                    outcome: changed
                    charges: [kz-cc-405]
                    sentence:
                      - {type: imprisonment, years: 4}
                    certainty: reported
                    note: The appeal court dropped the second charge.
                    sources: [rferl-2021-03-04]
                  - date: 2022-01-10
                    kind: parole
                    court: taraz-court-2
                    outcome: released
                    sources: [hrw-2021-07-07]

            """)
        try site.replace("content/cases/lesova-lepesova-2021.md", """
              - person: nazira-lesova
                role: defendant
                sentence:
                  - {type: freedom-limitation, years: 2}
                  - {type: activity-ban, years: 5, note: public and political activity}
              - person: nazira-lepesova
                role: defendant
                sentence:
                  - {type: freedom-limitation, years: 2}
                  - {type: community-work, hours: 100}
                  - {type: activity-ban, years: 5, note: public and political activity}

            """, with: """
              - person: nazira-lesova
                role: defendant
                earlier_roles:
                  - {role: witness, until: 2021-03-01, sources: [rferl-2021-03-04]}
                decisions:
                  - date: 2021-03-04
                    kind: first-instance
                    court: taraz-court-2
                    outcome: convicted
                    sentence:
                      - {type: freedom-limitation, years: 2}
                    sources: [rferl-2021-03-04]
                  - date: 2021-06-01
                    kind: appeal
                    court: taraz-court-2
                    outcome: acquitted
                    sources: [mediazona-2021-03-05]
              - person: nazira-lepesova
                role: defendant
                decisions:
                  - date: 2021-03-04
                    kind: first-instance
                    court: taraz-court-2
                    outcome: convicted
                    sentence:
                      - {type: imprisonment, years: 7}
                    in_absentia: true
                    sources: [rferl-2021-03-04]

            """)
        return site
    }

    /// A translation's `people:` with `count` empty entries in place of its sentence notes.
    static func withoutPeople(_ text: String, count: Int) -> String {
        guard let start = text.range(of: "\npeople:\n"), let end = text.range(of: "\nevents:\n", range: start.upperBound..<text.endIndex)
        else { return text }
        return text.replacingCharacters(in: start.upperBound..<end.lowerBound, with: String(repeating: "  -\n", count: count).dropLast())
    }
}

extension DecisionsFixture {
    /// The linked archive of the fixture, as a build links it.
    static func archive(_ site: SiteFixture) -> Archive {
        let loaded = ContentLoader.load(contentDirectory: site.content, displayName: "content")
        let (content, _) = Builder.parse(loaded, displayName: "content")
        return Linker.link(content, includeDrafts: false).0
    }
}
