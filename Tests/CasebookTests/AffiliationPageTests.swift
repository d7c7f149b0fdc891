import Foundation
import Testing
@testable import CasebookKit

/// How the kinds of links between people and organizations reach the site: the pages in
/// every language, JSON-LD, and the open data. The sample's defendants are alleged members
/// of Koshe Party and DVK; Mukhtar Ablyazov lists DVK (a member link) and leads it.
@Suite struct AffiliationPageTests {
    static let people = ["nazira-lesova", "nazira-lepesova", "zhazira-qambarova"]

    static func affiliations(_ linkedData: String) throws -> [String]? {
        let object = try #require(JSONSerialization.jsonObject(with: Data(linkedData.utf8)) as? [String: Any])
        return (object["affiliation"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
    }

    @Test func anAllegedLinkReadsAsAllegedOnThePersonsAndTheOrganizationsPage() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let person = try site.read("public/people/nazira-lesova/index.html")
        #expect(person.contains(#">Koshe Party</a>, <bdi>alleged by the prosecution</bdi>; <a href="../../organizations/dvk/index.html" dir="auto">Democratic Choice of Kazakhstan</a>, <bdi>alleged by the prosecution</bdi></dd>"#))
        // A member link is worded as before: the name alone, commas between.
        let ablyazov = try site.read("public/people/mukhtar-ablyazov/index.html")
        #expect(ablyazov.contains(#">Democratic Choice of Kazakhstan</a> (leader)</dd>"#))

        let dvk = try site.read("public/organizations/dvk/index.html")
        let members = try #require(dvk.range(of: "<h2 id=\"members-heading\">Affiliated people</h2>"))
        let alleged = try #require(dvk.range(of: "<h2 id=\"alleged-heading\">Links alleged by the prosecution</h2>"))
        let memberList = String(dvk[members.upperBound..<alleged.lowerBound])
        #expect(memberList.contains("Mukhtar Ablyazov") && !Self.people.contains { memberList.contains("people/\($0)/") })
        let allegedList = String(dvk[alleged.upperBound...]).components(separatedBy: "</section>")[0]
        #expect(allegedList.contains("The prosecution alleges that these people are linked to the organization."))
        #expect(Self.people.allSatisfy { allegedList.contains("people/\($0)/index.html") })
        // Koshe Party has no member but the alleged ones: no "Affiliated people" at all.
        let koshe = try site.read("public/organizations/koshe-party/index.html")
        #expect(!koshe.contains("members-heading") && koshe.contains("alleged-heading"))
    }

    @Test func theLinkedDataHasNoAllegedAffiliation() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        // A leader by the organization's own file stays an affiliation, whatever their file says.
        try site.replace("content/people/mukhtar-ablyazov.md", "organizations: [dvk]", with: "organizations: [{organization: dvk, link: alleged}]")
        try site.replace("content/people/zhazira-qambarova.md", "  - {organization: dvk, link: alleged}", with: "  - dvk")
        #expect(site.build().succeeded)
        func names(_ id: String) throws -> [String]? {
            try Self.affiliations(try #require(MetadataTests.linkedData(in: try site.read("public/people/\(id)/index.html")).first))
        }
        #expect(try names("nazira-lesova") == nil)
        #expect(try names("zhazira-qambarova") == ["Democratic Choice of Kazakhstan"])
        #expect(try names("mukhtar-ablyazov") == ["Democratic Choice of Kazakhstan"])
    }

    @Test func everyLanguageWordsTheLinkAndTheHeading() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        #expect(site.build().succeeded)
        let words = [("ru", "по версии обвинения", "Связи по версии обвинения"),
                     ("kk", "айыптау тарапының айтуы бойынша", "Айыптау тарапы айтқан байланыстар")]
        for (language, link, heading) in words {
            let person = try site.read("public/\(language)/people/nazira-lepesova/index.html")
            #expect(person.contains("</a>, <bdi>\(link)</bdi>; <a"), "\(language)")
            let organization = try site.read("public/\(language)/organizations/koshe-party/index.html")
            #expect(organization.contains("<h2 id=\"alleged-heading\">\(heading)</h2>"), "\(language)")
        }
    }

    @Test func otherKindsAreWordedOnBothPagesAndAreFacts() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/people/mukhtar-ablyazov.md", "organizations: [dvk]", with: "organizations: [{organization: dvk, link: founder}]")
        #expect(site.build().succeeded)
        #expect(try site.read("public/people/mukhtar-ablyazov/index.html").contains(">Democratic Choice of Kazakhstan</a> (leader), <bdi>founder</bdi></dd>"))
        #expect(try site.read("public/organizations/dvk/index.html").contains(">Mukhtar Ablyazov</a>, <bdi>founder</bdi></li>"))
        let data = try #require(OutputReading.csvRows(try site.data("data/organizations.csv")))
        #expect(data.rows.first { $0["id"] == "dvk" }?["member_count"] == "1")
    }

    @Test func theOpenDataGivesTheKindInItsOwnColumns() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        // Only the organization's file names him now: a leader link.
        try site.replace("content/people/mukhtar-ablyazov.md", "organizations: [dvk]\n", with: "")
        #expect(site.build().succeeded)
        let people = try #require(OutputReading.csvRows(try site.data("data/people.csv")))
        let lesova = try #require(people.rows.first { $0["id"] == "nazira-lesova" })
        #expect(lesova["organizations"] == "koshe-party; dvk" && lesova["organization_links"] == "alleged; alleged")
        #expect(people.rows.first { $0["id"] == "mukhtar-ablyazov" }?["organization_links"] == "leader")
        let organizations = try #require(OutputReading.csvRows(try site.data("data/organizations.csv")))
        let dvk = try #require(organizations.rows.first { $0["id"] == "dvk" })
        #expect(dvk["member_count"] == "0" && dvk["alleged_count"] == "3")
        let json = try #require(JSONSerialization.jsonObject(with: try site.data("data/cases.json")) as? [String: Any])
        let vocabularies = try #require(json["vocabularies"] as? [String: Any])
        #expect((vocabularies["affiliations"] as? [String: String])?["alleged"] == "alleged by the prosecution")
        let dataPage = try site.read("public/data/index.html")
        #expect(dataPage.contains("<code>organization_links</code>") && dataPage.contains("<code>alleged_count</code>"))
    }

    /// An archive whose links are all members gets no new column, key or word, whether it
    /// writes bare ids or the long form: the files are the ones it had before links had kinds.
    @Test func anArchiveWithoutKindsBuildsAsBefore() throws {
        let bare = try SiteFixture(), long = try SiteFixture()
        defer { bare.remove(); long.remove() }
        for id in Self.people {
            let path = "content/people/\(id).md"
            let text = try bare.read(path)
            let entries = text.components(separatedBy: "\n").filter { $0.hasPrefix("  - {organization: ") }
            #expect(entries.count == 2)
            for entry in entries {
                try bare.replace(path, entry, with: "  - " + entry.dropFirst(19).prefix { $0 != "," })
                try long.replace(path, entry, with: entry.replacingOccurrences(of: "link: alleged", with: "link: member"))
            }
        }
        #expect(bare.build().succeeded && long.build().succeeded)
        #expect(SiteFixture.snapshot(bare.output) == SiteFixture.snapshot(long.output))
        let people = try bare.read("public/data/people.csv"), organizations = try bare.read("public/data/organizations.csv")
        #expect(!people.contains("organization_links") && !organizations.contains("alleged_count"))
        #expect(!(try bare.read("public/data/cases.json")).contains("affiliations"))
        #expect(try bare.read("public/people/nazira-lesova/index.html").contains(
            #">Koshe Party</a>, <a href="../../organizations/dvk/index.html" dir="auto">Democratic Choice of Kazakhstan</a></dd>"#))
        #expect(!(try bare.read("public/organizations/dvk/index.html")).contains("alleged-heading"))
    }
}
