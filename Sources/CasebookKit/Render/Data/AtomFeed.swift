/// `feed.xml`: an Atom 1.0 feed of the most recently updated cases and the latest
/// corrections (of cases, people and organizations), newest first, so readers and partner
/// organizations can follow new and changed cases, and what was corrected, in a feed reader.
///
/// With site.yml `base_url` every id and link is absolute. Without it, links are relative
/// (feed readers resolve them against the feed's own address) and ids are `urn:` names
/// made from the site's title: valid, but they change once `base_url` is set.
struct AtomFeed: Sendable {
    static let limit = 50

    let archive: Archive
    let urls: SiteURLs
    /// The words of the feed's language: a correction's title.
    var words: Catalogue = .english

    /// One entry: a case, or a correction of a page.
    enum Item {
        case record(LinkedCase)
        case correction(CorrectionLog.Published)

        var date: PartialDate {
            switch self {
            case .record(let linked): linked.updated!
            case .correction(let published): published.entry.correction.date
            }
        }
    }

    /// Cases with a date, most recently updated first, ties by id; undated cases have no
    /// `updated` to give and are left out.
    var entries: [LinkedCase] {
        let dated = archive.cases.filter { $0.updated != nil }
        return Array(dated.sorted { a, b in
            a.updated! != b.updated! ? a.updated! > b.updated! : a.record.id < b.record.id
        }.prefix(Self.limit))
    }

    /// The cases and the corrections, newest first (on one date the cases first, each list
    /// in its own order), at most `limit`.
    var items: [Item] {
        let cases = entries, corrections = CorrectionLog.all(archive).prefix(Self.limit)
        var items: [Item] = []
        var (c, k) = (cases.startIndex, corrections.startIndex)
        while items.count < Self.limit, c < cases.endIndex || k < corrections.endIndex {
            if k == corrections.endIndex || (c < cases.endIndex && !(cases[c].updated! < corrections[k].entry.correction.date)) {
                items.append(.record(cases[c]))
                c += 1
            } else {
                items.append(.correction(corrections[k]))
                k += 1
            }
        }
        return items
    }

    /// The id a page's entries keep through renames: the first id its file lists under
    /// `former_ids` (the one it had first, as editors add each rename at the end of the
    /// list), else its own. That old address still leads to the page, and an Atom id must
    /// never change: a new one makes feed readers show the case again as new.
    static func permanentID(_ id: String, _ formerIDs: [Ref]) -> String {
        formerIDs.first?.id ?? id
    }

    /// A permanent id for a page: its absolute address, else a `urn:` name.
    func id(_ path: String) -> String {
        if let absolute = urls.absolute(path) { return absolute }
        let site = Self.urnName(archive.site)
        let address = SiteURLs.address(path).split(separator: "/").joined(separator: ":")
        return "urn:casebook:\(site)" + (address.isEmpty ? "" : ":" + address)
    }

    /// The name of a feed's `urn:` ids: site.yml `feed_name`, else the title, made an id.
    /// The title was the only one before `feed_name`, so it stays the default: the ids of a
    /// feed already followed do not change, and a new title keeps them once `feed_name`
    /// gives the old one (`check --against` says what to write).
    static func urnName(_ site: SiteConfig) -> String {
        let name = Identifier.slug(site.feedName ?? site.title)
        return name.isEmpty ? "site" : name
    }

    func bytes() -> [UInt8] { Array(xml().utf8) }

    func xml() -> String {
        let site = archive.site
        let items = self.items
        // The feed changes when its newest entry does; no build time, so builds stay identical.
        let updated = items.first.map { XMLText.timestamp($0.date) } ?? "1970-01-01T00:00:00Z"
        // site.yml's title with no text in the feed's language is shown in the default's.
        let titleLang = Self.lang(site.language != site.defaultLanguage && site.translatedTitle[site.language] == nil ? site.defaultLanguage : nil)
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\#(XMLText.escape(site.language))">"#,
            "<title\(titleLang)>\(XMLText.escape(site.title))</title>",
        ]
        if let description = site.description {
            let untranslated = site.language != site.defaultLanguage && site.translatedDescription[site.language] == nil
            lines.append("<subtitle\(Self.lang(untranslated ? site.defaultLanguage : nil))>\(XMLText.escape(description))</subtitle>")
        }
        lines += [
            #"<link rel="self" type="application/atom+xml" href="\#(XMLText.escape(urls.url("feed.xml")))"/>"#,
            #"<link rel="alternate" type="text/html" href="\#(XMLText.escape(urls.absolute(SitePaths.home) ?? SitePaths.home))"/>"#,
            "<id>\(XMLText.escape(id("feed.xml")))</id>",
            "<updated>\(updated)</updated>",
            "<author><name\(titleLang)>\(XMLText.escape(site.title))</name></author>",
        ]
        if let licence = site.licence { lines.append("<rights>\(XMLText.escape(licence))</rights>") }
        lines.append("<generator>casebook</generator>")
        for item in items {
            switch item {
            case .record(let linked): lines.append(entry(linked))
            case .correction(let published): lines.append(entry(published))
            }
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    func entry(_ linked: LinkedCase) -> String {
        let record = linked.record, site = archive.site
        let path = SitePaths.page(.cases, record.id)
        let permanent = SitePaths.page(.cases, Self.permanentID(record.id, record.formerIDs))
        var lines = [
            "<entry>",
            "<title\(Self.lang(linked.untranslated?.titleLang))>\(XMLText.escape(BidiText.isolated(record.title)))</title>",
            #"<link rel="alternate" type="text/html" href="\#(XMLText.escape(urls.url(path)))"/>"#,
            "<id>\(XMLText.escape(id(permanent)))</id>",
            "<updated>\(XMLText.timestamp(linked.updated!))</updated>",
            "<summary>\(XMLText.escape(summary(linked)))</summary>",
            #"<category term="\#(XMLText.escape(record.status.id))" label="\#(XMLText.escape(site.statuses.label(record.status.id)))"\#(Self.lang(site.statuses.shownIn[record.status.id]))/>"#,
        ]
        lines.append("</entry>")
        return lines.joined(separator: "\n")
    }

    /// A correction: its link the page's with the correction's anchor, its id the page's
    /// permanent one with it, its date as `updated`, its note as the content.
    func entry(_ published: CorrectionLog.Published) -> String {
        let path = published.path, anchor = published.entry.anchor
        let pageID = id(SitePaths.page(published.kind, published.firstID))
        let entryID = pageID.hasPrefix("urn:") ? pageID + ":" + anchor : pageID + "#" + anchor
        let title = words.text("corrections.feed_title", ["title": BidiText.isolated(published.title)])
        return [
            "<entry>",
            "<title>\(XMLText.escape(title))</title>",
            #"<link rel="alternate" type="text/html" href="\#(XMLText.escape(urls.url(path) + "#" + anchor))"/>"#,
            "<id>\(XMLText.escape(entryID))</id>",
            "<updated>\(XMLText.timestamp(published.entry.correction.date))</updated>",
            #"<content type="text"\#(Self.lang(published.entry.correction.shownIn))>\#(XMLText.escape(published.entry.correction.note))</content>"#,
            #"<category term="correction" label="\#(XMLText.escape(words.text("corrections.feed_category")))"/>"#,
            "</entry>",
        ].joined(separator: "\n")
    }

    /// The case's summary, then each defendant's status with the defendants who have it, in
    /// the order the case lists them, which a feed reader shows without opening the page:
    /// "… Sentenced: Mia, Nick. Acquitted: Olga." A defendant's own status, else the case's,
    /// with its certainty ("Released (disputed): Yerzhan."); the case's status alone when it
    /// has no defendant.
    func summary(_ linked: LinkedCase) -> String {
        let record = linked.record, site = archive.site
        var groups: [(status: String, certainty: Certainty?, names: [String], genders: [Gender?])] = []
        for participant in record.people where participant.isDefendant {
            let status = participant.status ?? record.status.id
            let certainty = participant.shownStatusCertainty(in: record)?.certainty
            // Each text isolated, as on the pages: a direction control in one cannot turn the feed's own words around.
            let person = archive.person(participant.person.id)?.record
            let name = BidiText.isolated(person?.name ?? participant.person.id)
            if let at = groups.firstIndex(where: { $0.status == status && $0.certainty == certainty }) {
                groups[at].names.append(name)
                groups[at].genders.append(person?.gender)
            } else {
                groups.append((status, certainty, [name], [person?.gender]))
            }
        }
        let line = groups.isEmpty
            ? words.text("feed.status_only", ["status": CertaintyValue.statusLabel(record.status.id, record.statusCertainty?.certainty, site: site, words: words)])
            : groups.map { group in
                let people = group.names.joined(separator: words.text("feed.people_separator"))
                // Worded for the group's people: "Оправдана: …" for one woman, "Осуждены: …" for several.
                let status = CertaintyValue.statusLabel(group.status, group.certainty, site: site, words: words,
                                                        gender: group.genders[0], count: group.names.count)
                return Self.oneFullStop(words.text("feed.status_people", ["status": status, "people": people]), after: people)
            }.joined(separator: " ")
        guard let summary = record.summary else { return line }
        return BidiText.isolated(summary) + " " + line
    }

    /// ` xml:lang="en"` for a text shown in another language than the feed's (the default
    /// language's, left untranslated), which Atom lets any element say (RFC 4287, 2): a
    /// reader then reads it with that language's rules. Nothing for a text in the feed's.
    static func lang(_ code: String?) -> String {
        code.map { #" xml:lang="\#(XMLText.escape($0))""# } ?? ""
    }

    /// The wording's full stop after names that end in one (a protected person's initials,
    /// "Z. S.") left out, so the line does not read "Released: Z. S..".
    static func oneFullStop(_ text: String, after people: String) -> String {
        guard people.hasSuffix("."), let range = text.range(of: people + ".") else { return text }
        return text.replacingCharacters(in: range, with: people)
    }
}
