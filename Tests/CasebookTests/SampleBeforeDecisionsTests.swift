import Foundation
import Testing
@testable import CasebookKit

/// An archive that uses none of the fields of "Real cases as they happen" (decisions,
/// uncertain dates, countries, former names…) builds to the same files as before them:
/// `Tests/Fixtures/sample-before-19/` holds the sample as it was, and `manifest.txt` the
/// SHA-256 of every file its build wrote then. Only the files listed in `changed` may
/// differ, each for a correction the issue asked for.
@Suite struct SampleBeforeDecisionsTests {
    static let fixture = SiteFixture.repository.appendingPathComponent("Tests/Fixtures/sample-before-19")

    /// Files that differ on purpose, and why.
    static let changed: [String: String] = [
        "people/talgat-ayan/index.html": ayanLine, "ru/people/talgat-ayan/index.html": ayanLine,
        "kk/people/talgat-ayan/index.html": ayanLine,
        "statistics/index.html": yearNote, "ru/statistics/index.html": yearNote, "kk/statistics/index.html": yearNote,
        "assets/style.css": "the styles of the box on a corrected page and of /corrections/ (issue 17), and of the filters' notice of an address's unknown filter",
        "assets/filters.js": "the filters tell the reader of a filter in the address that no case has, which they left out without a word (a shared or old link read as the list it meant)",
        "held/index.html": lettersLink, "ru/held/index.html": lettersLink, "kk/held/index.html": lettersLink,
        "data/index.html": dataNote, "ru/data/index.html": dataNote, "kk/data/index.html": dataNote,
        "people/max-bokayev/index.html": custodyLabels, "ru/people/max-bokayev/index.html": custodyLabels,
        "kk/people/max-bokayev/index.html": custodyLabels,
        "assets/search.js": "search.js carries the letters its folding gained (soft hyphens and joiners dropped inside a word, ‘ as an apostrophe, Azerbaijani ə, Tatar and Bashkir letters), so an index without them keeps its bytes; and it carries the address's query and fragment to the language switcher's links; and it gives a result's status or organization kind the lang the index's `u` names for a label left in the default language",
        "search/index.js": labelLanguages, "ru/search/index.js": alphabet + "; and " + labelLanguages,
        "kk/search/index.js": alphabet + "; and " + labelLanguages,
        "ru/organizations/dvk/index.html": alphabet, "kk/organizations/dvk/index.html": alphabet,
        "ru/organizations/koshe-party/index.html": alphabet, "kk/organizations/koshe-party/index.html": alphabet,
        "404.html": "the one 404.html of a site in several languages gives its message in each of them, since a server shows it at /ru/… and /kk/… addresses too",
        "ru/letters/index.html": wording, "kk/letters/index.html": wording, "ru/people/mukhtar-ablyazov/index.html": wording,
        "cases/bokayev-ayan-2016/index.html": sourceLanguage, "cases/lesova-lepesova-2021/index.html": sourceLanguage, "cases/qambarova-2021/index.html": sourceLanguage,
        "kk/cases/bokayev-ayan-2016/index.html": sourceLanguage, "kk/cases/lesova-lepesova-2021/index.html": sourceLanguage, "kk/cases/qambarova-2021/index.html": sourceLanguage,
        "kk/organizations/amnesty-international/index.html": sourceLanguage, "kk/organizations/atyrau-court-2/index.html": sourceLanguage, "kk/organizations/taraz-court-2/index.html": sourceLanguage,
        "kk/people/mukhtar-ablyazov/index.html": sourceLanguage, "kk/people/nazira-lepesova/index.html": sourceLanguage, "kk/people/nazira-lesova/index.html": sourceLanguage,
        "kk/people/zhazira-qambarova/index.html": sourceLanguage, "organizations/amnesty-international/index.html": sourceLanguage, "organizations/atyrau-court-2/index.html": sourceLanguage,
        "organizations/dvk/index.html": sourceLanguage, "organizations/koshe-party/index.html": sourceLanguage, "organizations/taraz-court-2/index.html": sourceLanguage,
        "people/mukhtar-ablyazov/index.html": sourceLanguage, "people/nazira-lepesova/index.html": sourceLanguage, "people/nazira-lesova/index.html": sourceLanguage,
        "people/zhazira-qambarova/index.html": sourceLanguage, "ru/cases/bokayev-ayan-2016/index.html": sourceLanguage, "ru/cases/lesova-lepesova-2021/index.html": sourceLanguage,
        "ru/cases/qambarova-2021/index.html": sourceLanguage, "ru/organizations/amnesty-international/index.html": sourceLanguage, "ru/organizations/atyrau-court-2/index.html": sourceLanguage,
        "ru/organizations/taraz-court-2/index.html": sourceLanguage, "ru/people/nazira-lepesova/index.html": sourceLanguage, "ru/people/nazira-lesova/index.html": sourceLanguage,
        "ru/people/zhazira-qambarova/index.html": sourceLanguage,
        "ru/cases/index.html": filterWords, "kk/cases/index.html": filterWords,
        "ru/index.html": "the Russian home page's latest cases say 'обновлено: 4 марта 2021', a label, as 'обновлено март 2021' (a date known to the month) was not Russian",
        "data/cases.csv": "cases.csv gains sentence_terms, the sentence as numbers, after its other columns and before the other languages' (issue 18: the open data import back)",
        "ru/feed.xml": "the Russian feed names several people under one status with the status in the plural ('Осуждены: Назира Лесова, Назира Лепесова'; it read 'Осуждён')",
        "ru/tags/index.html": untranslatedTag, "ru/tags/freedom-limitation/index.html": untranslatedTag,
        "ru/tags/land-reform/index.html": untranslatedTag, "ru/tags/social-media/index.html": untranslatedTag,
        "kk/tags/index.html": untranslatedTag, "kk/tags/freedom-limitation/index.html": untranslatedTag,
        "kk/tags/land-reform/index.html": untranslatedTag, "kk/tags/social-media/index.html": untranslatedTag,
        "kk/methodology/index.html": "the methodology has no Kazakh file: the head's description and link-preview title and description, shown in English, carry lang=\"en\" as the page's heading and text do",
    ]
    static let untranslatedTag = "a tag site.yml 'tags' does not spell in the page's language carries the default language's lang in the tags' index and on its own page, as on case pages"
    static let sourceLanguage = "a source's language given as a code is shown as the language's name in the page's language ('(Russian)', '(английский)', '(ағылшын тілі)'), no longer as the code ('(ru)')"
    static let filterWords = "the filters' words the page hands to filters.js gain the notice of a filter in the address that no case has"
    static let wording = "the Russian and Kazakh words read as those languages write them: the letters page's note that no one has an address (ru word order, kk 'мұрағат' as everywhere else), and ru 'Этот человек не упоминается ни в одном опубликованном деле'"
    static let labelLanguages = "each language's search index finds cases and people by site.yml's labels in every language of the site (charges and their laws, statuses, kinds, places, tags): 'статья 405' typed on the English pages found nothing"
    static let alphabet = "people and organizations are listed in the alphabet of the page's language: on Russian and Kazakh pages Latin names come after the Cyrillic ones, and members by their names in that language"
    static let ayanLine = "Talgat Ayan's case line showed the case's latest date (Bokayev's release, 4 February 2021) beside his status; it now shows his own latest event (his release, 28 April 2018); and " + custodyLabels
    static let custodyLabels = "each cell of the custody table names its column (data-label), which a phone shows above the value"
    static let lettersLink = "the list of people held now links to /letters/, which no page linked to when nobody listed had an address (found by the nginx test of issue 18)"
    static let feedNote = "the data page says the feed holds corrections to any page too, not only updated cases (issue 17)"
    static let dataNote = feedNote + "; and that an event of cases.json naming no one concerns the case's defendants, as on the pages, no longer every person of the case (its lawyers too)"
    static let yearNote = "the year figure's caption and note say the year is the one the prosecution began (earliest detention, charge or restraint), no longer the case's first event of any type"

    @Test func theSampleAsItWasBuildsToTheSameFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-before19-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixture.appendingPathComponent("content"), to: root.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: SiteFixture.repository.appendingPathComponent("templates"),
                                         to: root.appendingPathComponent("templates"))
        let result = Builder.build(BuildOptions(content: "content", templates: "templates", output: "public", relativeTo: root))
        #expect(result.exitStatus == 0)

        let manifest = try String(contentsOf: Self.fixture.appendingPathComponent("manifest.txt"), encoding: .utf8)
        let before = Self.hashes(manifest)
        let output = root.appendingPathComponent("public")
        // Issue 17 gave every case, person and organization page its citation, with a script
        // for its copy buttons: the pages must be the same without that block (outside git,
        // there is no history or build stamp to add).
        try FileManager.default.removeItem(at: output.appendingPathComponent("assets/cite.js"))
        for path in SiteFixture.snapshot(output).keys
        where path.firstMatch(of: #/^(?:(?:ru|kk)/)?(?:cases|people|organizations)/[^/]+/index\.html$/#) != nil {
            let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            let withoutCitation = html.replacing(#/<section class="cite"[\s\S]*?</section>\n/#, with: "")
            #expect(withoutCitation != html, "\(path) has its citation")
            try withoutCitation.write(to: output.appendingPathComponent(path), atomically: false, encoding: .utf8)
        }
        // The footer now marks an untranslated free page's title with its language
        // (`lang="en"` on a Kazakh page): the pages must be the same without that mark.
        for path in SiteFixture.snapshot(output).keys where path.hasSuffix(".html") {
            let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            guard let footer = html.range(of: "<footer class=\"site-footer\">") else { continue }
            let tail = String(html[footer.lowerBound...]).replacing(#/(<li><a href="[^"]*" dir="auto") lang="[a-z-]+">/#) { $0.output.1 + ">" }
            try (String(html[..<footer.lowerBound]) + tail).write(to: output.appendingPathComponent(path), atomically: false, encoding: .utf8)
        }
        // A timeline year's month headings now carry a class (their first letter a capital,
        // "Март 2018"): the pages must be the same without it.
        for path in SiteFixture.snapshot(output).keys
        where path.firstMatch(of: #/^(?:(?:ru|kk)/)?timeline/\d+/index\.html$/#) != nil {
            let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            let withoutClass = html.replacing(#/(<h2 id="m\d+") class="timeline-month">/#) { $0.output.1 + ">" }
            #expect(withoutClass != html, "\(path) has its month headings' class")
            try withoutClass.write(to: output.appendingPathComponent(path), atomically: false, encoding: .utf8)
        }
        // The search form's words now carry the language's number format (counts grouped as
        // the pages group them, "1 180"): the pages must be the same without it.
        for path in SiteFixture.snapshot(output).keys where path.hasSuffix(".html") {
            let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            let withoutFormat = html.replacing(#/&quot;number_group&quot;:&quot;[^&]*&quot;,&quot;number_group_size&quot;:&quot;\d+&quot;,/#, with: "")
            if withoutFormat != html { try withoutFormat.write(to: output.appendingPathComponent(path), atomically: false, encoding: .utf8) }
        }
        // sha256sum as the manifest was made: `find . -type f | sort | xargs sha256sum`.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "find . -type f | LC_ALL=C sort | xargs sha256sum"]
        process.currentDirectoryURL = output
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let listing = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let after = Self.hashes(listing)
        #expect(Set(after.keys) == Set(before.keys), "the same files are written")
        let differing = before.keys.filter { after[$0] != nil && after[$0] != before[$0] }.sorted()
        let unexplained = differing.filter { Self.changed[$0] == nil }
        #expect(unexplained.isEmpty, "files that changed without a listed reason: \(unexplained)")
        let unchangedButListed = Self.changed.keys.filter { before[$0] != nil && after[$0] == before[$0] }.sorted()
        #expect(unchangedButListed.isEmpty, "listed as changed but the same: \(unchangedButListed)")
    }

    /// `hash  ./path` lines -> path: hash.
    static func hashes(_ listing: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in listing.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            result[String(parts[1].trimmingCharacters(in: .whitespaces).dropFirst(2))] = String(parts[0])
        }
        return result
    }
}
