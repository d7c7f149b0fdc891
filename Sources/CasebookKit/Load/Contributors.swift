import Foundation

/// Who made the commits, as git's log gives them: authors and committers (as written and as
/// `.mailmap` maps them), the committers of merges, and everyone a message's trailers name
/// (`Co-authored-by: Name <address>`). Gathered only to be hidden (`ContributorNames`),
/// never kept in the archive.
struct Contributors: Equatable {
    var names: Set<String> = []
    var addresses: Set<String> = []

    mutating func insert(name: String?, address: String? = nil) {
        if let name, !name.isEmpty { names.insert(name) }
        if let address, !address.isEmpty { addresses.insert(address) }
    }

    /// The parts of the addresses before the `@` that a message could name alone ("thanks
    /// jane.doe"), lowercased: each local part, and after a `+` its last piece (GitHub's
    /// `12345+login@users.noreply.github.com`); none shorter than three characters, all digits
    /// or a mailbox's common name (`info`, `admin`), which would hide ordinary words.
    var localParts: Set<String> {
        var parts: Set<String> = []
        for address in addresses {
            guard let at = address.lastIndex(where: { $0 == "@" || $0 == "＠" }) else { continue }
            let local = address[..<at].lowercased().trimmingCharacters(in: .init(charactersIn: "\"<> "))
            for part in [local] + local.split(separator: "+").map(String.init)
                where part.count >= 3 && !part.allSatisfy(\.isNumber) && !Self.commonMailboxes.contains(part) {
                parts.insert(part)
            }
        }
        return parts
    }

    /// Local parts that are ordinary words, shared by many people or by nobody in particular.
    static let commonMailboxes: Set<String> = [
        "admin", "archive", "bot", "build", "contact", "dev", "editor", "editors", "git", "github",
        "hello", "info", "mail", "news", "noreply", "no-reply", "office", "press", "root", "support",
        "team", "test", "user", "web", "webmaster", "www",
    ]
}
