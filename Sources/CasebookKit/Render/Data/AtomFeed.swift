/// `feed.xml`: an Atom 1.0 feed of the most recently updated cases, newest first, so
/// readers and partner organizations can follow new and changed cases in a feed reader.
///
/// With site.yml `base_url` every id and link is absolute. Without it, links are relative
/// (feed readers resolve them against the feed's own address) and ids are `urn:` names
/// made from the site's title: valid, but they change once `base_url` is set.
struct AtomFeed: Sendable {
    static let limit = 50

    let archive: Archive
    let urls: SiteURLs

    /// Cases with a date, most recently updated first, ties by id; undated cases have no
    /// `updated` to give and are left out.
    var entries: [LinkedCase] {
        let dated = archive.cases.filter { $0.updated != nil }
        return Array(dated.sorted { a, b in
            a.updated! != b.updated! ? a.updated! > b.updated! : a.record.id < b.record.id
        }.prefix(Self.limit))
    }

    /// A permanent id for a page: its absolute address, else a `urn:` name.
    func id(_ path: String) -> String {
        if let absolute = urls.absolute(path) { return absolute }
        let site = Identifier.slug(archive.site.title)
        let address = SiteURLs.address(path).split(separator: "/").joined(separator: ":")
        return "urn:casebook:\(site.isEmpty ? "site" : site)" + (address.isEmpty ? "" : ":" + address)
    }

    func bytes() -> [UInt8] { Array(xml().utf8) }

    func xml() -> String {
        let site = archive.site
        let entries = self.entries
        // The feed changes when its newest entry does; no build time, so builds stay identical.
        let updated = entries.first?.updated.map(XMLText.timestamp) ?? "1970-01-01T00:00:00Z"
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\#(XMLText.escape(site.language))">"#,
            "<title>\(XMLText.escape(site.title))</title>",
        ]
        if let description = site.description { lines.append("<subtitle>\(XMLText.escape(description))</subtitle>") }
        lines += [
            #"<link rel="self" type="application/atom+xml" href="\#(XMLText.escape(urls.url("feed.xml")))"/>"#,
            #"<link rel="alternate" type="text/html" href="\#(XMLText.escape(urls.absolute(SitePaths.home) ?? SitePaths.home))"/>"#,
            "<id>\(XMLText.escape(id("feed.xml")))</id>",
            "<updated>\(updated)</updated>",
            "<author><name>\(XMLText.escape(site.title))</name></author>",
        ]
        if let licence = site.licence { lines.append("<rights>\(XMLText.escape(licence))</rights>") }
        lines.append("<generator>casebook</generator>")
        for linked in entries { lines.append(entry(linked)) }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    func entry(_ linked: LinkedCase) -> String {
        let record = linked.record, site = archive.site
        let path = SitePaths.page(.cases, record.id)
        var lines = [
            "<entry>",
            "<title>\(XMLText.escape(record.title))</title>",
            #"<link rel="alternate" type="text/html" href="\#(XMLText.escape(urls.url(path)))"/>"#,
            "<id>\(XMLText.escape(id(path)))</id>",
            "<updated>\(XMLText.timestamp(linked.updated!))</updated>",
            "<summary>\(XMLText.escape(summary(linked)))</summary>",
            #"<category term="\#(XMLText.escape(record.status.id))" label="\#(XMLText.escape(site.statuses.label(record.status.id)))"/>"#,
        ]
        lines.append("</entry>")
        return lines.joined(separator: "\n")
    }

    /// The case's summary, then its status and defendants, which a feed reader shows
    /// without opening the page: "… Sentenced: Nazira Lesova, Nazira Lepesova."
    func summary(_ linked: LinkedCase) -> String {
        let record = linked.record
        let defendants = record.people.filter(\.isDefendant).map { archive.person($0.person.id)?.record.name ?? $0.person.id }
        var line = archive.site.statuses.label(record.status.id)
        if !defendants.isEmpty { line += ": " + defendants.joined(separator: ", ") }
        line += "."
        guard let summary = record.summary else { return line }
        return summary + " " + line
    }
}
