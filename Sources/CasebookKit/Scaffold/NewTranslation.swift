import Foundation

/// `casebook new translation ID --language ru`: starts `<id>.ru.md` beside the original with
/// every text to translate in its place (`TranslationSkeleton`), so a translator need not
/// count events and sources to keep their positions. Never overwrites a file.
public enum NewTranslation {
    /// Writes the file and returns its path as the user named the content folder.
    public static func create(_ file: String, language: String, content: String = "content",
                              relativeTo base: URL? = nil) throws(NewFileError) -> String {
        let options = BuildOptions(content: content, relativeTo: base)
        let folder = options.contentDirectory, shown = options.contentDisplayName
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw NewFileError(reason: .io, message: "\(shown): \(ContentLoader.missingFolder)")
        }
        let loaded = ContentLoader.load(contentDirectory: folder, displayName: shown)
        let (site, _, usable) = Builder.readSite(loaded.siteFile, path: "\(shown)/site.yml")
        guard usable else {
            throw NewFileError(reason: .archive, message: "\(shown)/site.yml cannot be read; run casebook check and fix it first")
        }
        let languages = site.allLanguages, from = languages[0]
        let code = language.trimmingCharacters(in: .whitespaces)
        guard languages.count > 1 else {
            throw usage("the site has one language (\(from)); list its languages in \(shown)/site.yml first, the default first: languages: [\(from), \(code.isEmpty || code == from ? "ru" : code)]")
        }
        let others = languages.dropFirst().joined(separator: ", ")
        guard code != from else { throw usage("'\(from)' is the site's default language, the one the files are written in; name the language of the translation: \(others)") }
        guard languages.contains(code) else {
            // Two letters are all near each other: only a case or a country's code is suggested.
            // `кк` typed on a Cyrillic keyboard, `еn` with a Cyrillic "е": the code it reads as.
            let read = TranslationName.languageCode(code) ?? code.lowercased()
            let lower = read == "kz" ? "kk" : read
            let near = languages.dropFirst().contains(lower) ? "; did you mean '\(lower)'\(LanguageCode.inLatin(code))?" : ""
            throw usage("'\(VisibleText.escape(code))' is not one of the site's languages (\(languages.joined(separator: ", ")))\(near)")
        }
        let original = try find(file, in: loaded, content: shown)
        let target = original.url.deletingPathExtension().appendingPathExtension(code).appendingPathExtension("md")
        let path = "\(shown)/\(original.info.kind.rawValue)/\(original.info.id).\(code).md"
        if StaticTree.ownType(target.path) != nil {
            throw NewFileError(reason: .archive, message: "\(path) already exists; nothing was written. Edit it; `casebook check --missing \(code)` lists what it still lacks")
        }
        var ignored = Diagnostics(file: "")
        guard case .bytes(let bytes) = FileBytes.contents(of: original.url.path, limit: Int.max),
              let text = TextDecoding.decode(Data(bytes), diagnostics: &ignored),
              case .success(let front) = FrontMatter.split(text),
              let root = YAMLTree.parse(front.yaml, firstLine: front.yamlFirstLine, diagnostics: &ignored), !ignored.hasErrors else {
            throw NewFileError(reason: .archive, message: "\(original.info.path) cannot be read as a content file; run casebook check and fix it first")
        }
        var lines = ["---",
                     "# The translation into \(code) of \(original.info.path), started by `casebook new translation`.",
                     "# Write each text in \(code) under the original's, quoted above it; a text left empty, like",
                     "# an empty body, is shown as the original has it (\(from)), marked as such. Facts (dates,",
                     "# people, statuses, addresses) come from the original only. See docs/content.md, \"Translations\"."]
        lines += TranslationSkeleton.lines(root, kind: original.info.kind, from: from)
        if !TextShortcuts.isBlank(front.body.text) {
            lines.append("# Below the closing '---': the body in \(code), its links written as in the original's.")
        }
        lines.append("---")
        var batch = NewFileBatch()
        do {
            try batch.create(lines.joined(separator: "\n") + "\n", at: target)
        } catch {
            batch.takeBack()
            throw NewFileError(reason: .io, message: "\(path) could not be written: \(OutputFailure.line(error)); nothing was written")
        }
        return path
    }

    /// The original named as `cases/x`, `x`, `content/cases/x.md` or its path.
    static func find(_ file: String, in loaded: LoadedContent, content: String) throws(NewFileError) -> ContentFile {
        var name = file.trimmingCharacters(in: .whitespaces)
        if name.hasPrefix(content + "/") { name.removeFirst(content.count + 1) }
        if name.hasSuffix(".md") { name.removeLast(3) }
        let parts = name.split(separator: "/").map(String.init)
        let kind = parts.count > 1 ? ContentKind(rawValue: parts[parts.count - 2]) : nil
        let id = parts.last ?? ""
        let originals = loaded.files.filter { $0.info.language == nil && (kind == nil || $0.info.kind == kind) }
        let found = originals.filter { $0.info.id == id }
        if found.count == 1 { return found[0] }
        if found.count > 1 {
            throw usage("'\(id)' names \(found.map { "\($0.info.kind.rawValue)/\(id)" }.joined(separator: " and ")); say which, like \(found[0].info.kind.rawValue)/\(id)")
        }
        if let dot = id.lastIndex(of: "."), loaded.files.contains(where: { $0.info.id == id[..<dot] && $0.info.language == String(id[id.index(after: dot)...]) }) {
            throw usage("\(file) is a translation; name the original, \(id[..<dot])")
        }
        // An id typed with a look-alike letter is the file's: name the letter, since a
        // "did you mean" would show the same word twice.
        let plain = LookAlike.repaired(id)
        if plain != id, originals.contains(where: { $0.info.id == plain }) {
            let findings = LookAlike.findings(in: id)
            let missing = kind.map { "\(content)/\($0.rawValue)/\(LookAlike.shown(id)).md" } ?? "case, person, organization or page '\(LookAlike.shown(id))'"
            throw NewFileError(reason: .archive, message: "there is no \(missing): "
                + LookAlike.message(for: findings, in: id, fix: "\(LookAlike.advice(for: findings)), as '\(plain)'"))
        }
        // The id of another kind's file: `cases/x` for the person x.
        if let kind, let other = loaded.files.first(where: { $0.info.language == nil && $0.info.id == id && $0.info.kind != kind }) {
            throw NewFileError(reason: .archive, message: "there is no \(content)/\(kind.rawValue)/\(id).md, but there is \(content)/\(other.info.kind.rawValue)/\(id).md: name it \(other.info.kind.rawValue)/\(id)")
        }
        let near = Suggestion.nearest(to: id, in: originals.map(\.info.id)).map { " (did you mean '\($0)'?)" } ?? ""
        throw NewFileError(reason: .archive, message: "there is no \(kind.map { "\(content)/\($0.rawValue)/\(id).md" } ?? "case, person, organization or page '\(VisibleText.escape(id))'")\(near); name the original file's id, like cases/x")
    }

    static func usage(_ message: String) -> NewFileError { NewFileError(reason: .usage, message: message) }
}
