import Foundation
@testable import CasebookKit

/// A temporary folder with a copy of the sample archive and theme, for end-to-end builds.
/// By default the archive is the sample in English only (its translations removed, and the
/// site.yml of `Tests/Fixtures/one-language/`), as most rules concern one language;
/// `.sample` keeps the sample whole, in English, Russian and Kazakh.
struct SiteFixture {
    let root: URL

    enum Languages { case english, sample }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The sample's cases with custody periods and the files only they use (all
    /// languages): removed by `withCustody: false`, for tests of an archive that records
    /// no custody or that count custody of their own.
    static let custodyFiles = ["cases/bokayev-ayan-2016", "people/max-bokayev", "people/talgat-ayan",
                               "organizations/atyrau-court-2", "organizations/amnesty-international",
                               "cases/askarov-2010", "people/azimjan-askarov", "organizations/bazar-korgon-district-court",
                               "organizations/jalal-abad-regional-court", "organizations/kg-supreme-court",
                               "organizations/chui-regional-court",
                               "cases/kozlov-2012", "people/vladimir-kozlov", "organizations/mangystau-criminal-court",
                               "organizations/mangystau-regional-court", "organizations/kapshagai-city-court"]

    /// Every fixture of this test process lives in one folder, removed when the process
    /// exits: a fixture is a value, copied and kept by tests (some in statics), so no single
    /// copy can know it is the last; a full run leaves hundreds of them, most of a gigabyte.
    static let processFolder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-tests-\(getpid())")
        atexit { try? FileManager.default.removeItem(at: SiteFixture.processFolder) }
        return folder
    }()

    init(_ languages: Languages = .english, withCustody: Bool = true) throws {
        root = Self.processFolder.appendingPathComponent("casebook-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent(folder),
                                             to: root.appendingPathComponent(folder))
        }
        if languages == .english {
            try removeTranslations()
            let siteYAML = content.appendingPathComponent("site.yml")
            try FileManager.default.removeItem(at: siteYAML)
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Tests/Fixtures/one-language/site.yml"), to: siteYAML)
        }
        if !withCustody {
            for file in Self.custodyFiles {
                for suffix in [".md", ".ru.md", ".kk.md"] {
                    try? FileManager.default.removeItem(at: content.appendingPathComponent(file + suffix))
                }
            }
        }
    }

    var content: URL { root.appendingPathComponent("content") }

    /// Removes the sample's translations (`<id>.ru.md`, `<id>.kk.md`), for tests that change
    /// the English files in ways their translations would have to follow.
    func removeTranslations() throws {
        let fm = FileManager.default
        for kind in ["cases", "people", "organizations", "pages"] {
            let folder = content.appendingPathComponent(kind)
            for name in try fm.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".ru.md") || name.hasSuffix(".kk.md") {
                try fm.removeItem(at: folder.appendingPathComponent(name))
            }
        }
    }
    var output: URL { root.appendingPathComponent("public") }

    func build(output: String = "public", drafts: Bool = false) -> BuildResult {
        Builder.build(BuildOptions(content: "content", templates: "templates", output: output,
                                   includeDrafts: drafts, relativeTo: root))
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func replace(_ path: String, _ old: String, with new: String) throws {
        let text = try read(path)
        precondition(text.contains(old), "fixture text not found in \(path): \(old)")
        try write(path, text.replacingOccurrences(of: old, with: new))
    }

    /// A page at a former id's address (`former_ids`; the sample's `cases/atyrau-land-protests-2016/`):
    /// no page of the theme, so it has no search form or metadata, is in no sitemap and is
    /// not counted among the pages written.
    static func isRedirect(_ html: Data) -> Bool {
        html.range(of: Data("<meta http-equiv=\"refresh\"".utf8)) != nil
    }

    /// Every file under a folder, relative path -> contents.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
        for case let path as String in enumerator {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try? Data(contentsOf: url)
            }
        }
        return files
    }

    /// `href` and `src` attribute values in an HTML text.
    static func links(in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"(?:href|src)="([^"]*)""#)
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).compactMap { match in
            Range(match.range(at: 1), in: html).map { String(html[$0]) }
        }
    }

    /// Resolves `.` and `..` in a relative path; ".." above the root stays, so it fails to match.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
