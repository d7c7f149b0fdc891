import Foundation
import Testing
@testable import CasebookKit

/// Ways a protected name once reached the site with no error: written with character
/// references or split by Markdown marks in a body, in site.yml's texts, in a media file's
/// name, and a protected photo shown by another person or reached through a link.
@Suite struct HiddenLeakTests {
    /// The English sample with Zhazira Qambarova protected under a pseudonym, her own
    /// texts and the ids that name her made neutral, so that it builds.
    static func protected() throws -> SiteFixture {
        let site = try SiteFixture(withCustody: false)
        try site.write("content/people/defendant-x.md", """
            ---
            name: Aigerim Sekretova
            protect: pseudonym
            pseudonym: Defendant X
            photo: media/portrait.jpg
            ---
            """)
        try FileManager.default.createDirectory(at: site.content.appendingPathComponent("media"), withIntermediateDirectories: true)
        try Data(ImageFixtures.bytes("plain.jpg")).write(to: site.content.appendingPathComponent("media/portrait.jpg"))
        #expect(site.build().exitStatus == 0, "the fixture builds before any leak")
        return site
    }

    static func errors(_ site: SiteFixture) -> [String] {
        site.build().diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    @Test(arguments: ["Sekr&#101;tova was sentenced.", "&#x53;ekretova was sentenced.", "Sekre*tova* was sentenced.",
                      "Sekre&shy;tova was sentenced.", "Sekre\u{200D}tova was sentenced.", "[Sekre**tova**](https://example.org/a)",
                      // cmark decodes references in a link's address and title, which the reader text leaves out.
                      "[the channel](https://t.me/z&#115;ekretova)", "[a page](https://example.org/a \"About Sekr&#101;tova\")"])
    func aNameThePageShowsWholeIsALeak(_ line: String) throws {
        let site = try Self.protected()
        defer { site.remove() }
        try site.write("content/pages/about.md", try site.read("content/pages/about.md") + "\n\(line)\n")
        let errors = Self.errors(site)
        #expect(errors.count == 1 && errors.first?.hasPrefix("content/pages/about.md:") == true
                && errors.first?.contains("names a protected person by their surname") == true, "\(errors)")
    }

    /// A status note was found but told at 1:1, and not at all beside another leak of its file.
    @Test func aStatusNoteIsReportedAtItsValueBesideOtherLeaks() throws {
        let site = try Self.protected()
        defer { site.remove() }
        try site.replace("content/cases/qambarova-2021.md", "status: sentenced\n", with: "status: sentenced\nstatus_note: Sekretova disputes it\n")
        try site.replace("content/cases/qambarova-2021.md", "    role: defendant\n", with: "    role: defendant\n    status_note: as Sekretova says\n")
        try site.replace("content/cases/qambarova-2021.md", "title: Taraz court sentences Zhazira Qambarova", with: "title: Taraz court sentences Sekretova")
        let errors = Self.errors(site)
        let text = "error: this text names a protected person by their surname (protected in content/people/defendant-x.md): write 'Defendant X' instead"
        #expect(errors == ["content/cases/qambarova-2021.md:2:8: \(text)", "content/cases/qambarova-2021.md:5:14: \(text)",
                           "content/cases/qambarova-2021.md:10:18: \(text)"], "\(errors)")
    }

    /// A source's and a document's `language` are shown in brackets, and a translation's
    /// decision note on the page of its language: none of them was scanned.
    @Test func languagesOfSourcesAndDocumentsAndTranslatedDecisionNotesAreChecked() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        try site.write("content/people/defendant-x.md", "---\nname: Aigerim Sekretova\nprotect: pseudonym\npseudonym: Defendant X\n---\n")
        #expect(site.build().exitStatus == 0, "the fixture builds before any leak")
        try site.replace("content/cases/qambarova-2021.md", "sources:\n  - id: rferl-2021-03-03\n",
                         with: "documents:\n  - {title: Verdict, url: https://example.org/v.pdf, language: Sekretova}\nsources:\n  - id: rferl-2021-03-03\n")
        try site.replace("content/cases/qambarova-2021.md", "    date: 2021-03-03\n    language: en\n", with: "    date: 2021-03-03\n    language: Sekretova\n")
        try site.replace("content/cases/ablyazov-2018.ru.md", "          - note: профессиональную деятельность в банковских организациях\n",
                         with: "          - note: Секретова обжаловала\n")
        let errors = Self.errors(site)
        #expect(errors.count == 3, "\(errors)")
        #expect(errors.filter { $0.hasPrefix("content/cases/qambarova-2021.md:") }.count == 2, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("content/cases/ablyazov-2018.ru.md:8:") }, "\(errors)")
    }

    @Test func siteYmlTextsAreChecked() throws {
        let site = try Self.protected()
        defer { site.remove() }
        try site.replace("content/site.yml", "description: Cases of", with: "description: Aigerim Sekretova and cases of")
        let errors = Self.errors(site)
        #expect(errors == ["content/site.yml:2:14: error: this text names a protected person by their name (protected in content/people/defendant-x.md): write 'Defendant X' instead"],
                "\(errors)")
    }

    /// A withdrawn case's id and a former key are addresses (a page at each), but site.yml
    /// was read as text only, so a name joined to other letters there was published as one.
    @Test func aWithdrawnIdOrFormerKeyHoldingTheirNameJoinedIsAnError() throws {
        let site = try Self.protected()
        defer { site.remove() }
        try site.replace("content/site.yml", "licence: CC BY 4.0\n", with: "licence: CC BY 4.0\nwithdrawn:\n  cases: [freesekretova-2023]\nformer_keys:\n  tags: {zsekretova: social-media}\n")
        let message = "names a protected person by their surname inside a longer word (protected in content/people/defendant-x.md), and it becomes an address anyone can read: leave it out, since an old address that names them cannot be kept"
        let errors = Self.errors(site)
        #expect(errors == ["content/site.yml:7:11: error: this id \(message)", "content/site.yml:9:10: error: this id \(message)"], "\(errors)")
        // A word of site.yml's texts is read as a word: only an address counts a name inside one.
        try site.replace("content/site.yml", "withdrawn:\n  cases: [freesekretova-2023]\nformer_keys:\n  tags: {zsekretova: social-media}\n", with: "")
        try site.replace("content/site.yml", "description: Cases of", with: "description: The freesekretova campaign and cases of")
        #expect(Self.errors(site).isEmpty)
    }

    @Test func aMediaFileNamedAfterThemIsAnError() throws {
        let site = try Self.protected()
        defer { site.remove() }
        try Data("%PDF-1.4\n".utf8).write(to: site.content.appendingPathComponent("media/sekretova-verdict.pdf"))
        #expect(Self.errors(site) == ["content/media/sekretova-verdict.pdf:1:1: error: this file name holds the surname of a protected person (content/people/defendant-x.md, published as 'Defendant X'), and a file name is an address anyone can read: rename the file (and every link to it)"])
    }

    @Test func theirPhotoIsNeverPublishedThroughAnotherPersonOrALink() throws {
        let site = try Self.protected()
        defer { site.remove() }
        try site.replace("content/people/nazira-lesova.md", "\nsources:", with: "\nphoto: media/portrait.jpg\nsources:")
        #expect(Self.errors(site).contains { $0.hasPrefix("content/people/nazira-lesova.md:") && $0.contains("is the photo of a protected person (content/people/defendant-x.md)") })
        try site.replace("content/people/nazira-lesova.md", "\nphoto: media/portrait.jpg\n", with: "\n")
        try FileManager.default.createSymbolicLink(atPath: site.content.appendingPathComponent("media/other.jpg").path, withDestinationPath: "portrait.jpg")
        #expect(Self.errors(site) == ["content/media/other.jpg:1:1: error: this file is the photo of a protected person under another name, which is never published: remove it"])
    }

    /// The photo is not copied, so not judged on the way; its GPS position is still told.
    @Test func theBuildWarnsOfAGPSPositionInTheirPhoto() throws {
        let site = try Self.protected()
        defer { site.remove() }
        try Data(ImageFixtures.bytes("gps.jpg")).write(to: site.content.appendingPathComponent("media/portrait.jpg"))
        let result = site.build()
        #expect(result.exitStatus == 0)
        #expect(result.diagnostics.contains { $0.file == "content/media/portrait.jpg" && $0.message.hasPrefix("this image carries a GPS position") })
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("media/portrait.jpg").path))
    }
}
