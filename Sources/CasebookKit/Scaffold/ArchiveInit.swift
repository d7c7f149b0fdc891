import Foundation

/// `casebook init DIR`: a new archive that builds at once (`InitFiles`). It refuses a folder
/// that holds anything unless told (`force`), and even then never replaces a file: every
/// refusal is decided before the first byte is written, so a refusal writes nothing.
public enum ArchiveInit {
    public struct Refusal: Error, Sendable {
        public let message: String
        /// 1: the folder is not empty or a file would be replaced; 2: the folder cannot be used.
        public let exitStatus: Int32
    }

    /// Writes the new archive in `languages` (the default first); returns the paths written,
    /// relative to `folder`.
    public static func create(at folder: URL, force: Bool = false, languages: [String] = ["en"], displayName: String) throws(Refusal) -> [String] {
        if let problem = languageProblem(languages) { throw Refusal(message: problem, exitStatus: 2) }
        let fm = FileManager.default
        let shown = VisibleText.escape(displayName.hasSuffix("/") ? displayName : displayName + "/")
        var isFolder: ObjCBool = false
        // A link to nothing: `fileExists` follows it and says no, and writing through it
        // failed with "No such file or directory" on a path the editor never named.
        if !fm.fileExists(atPath: folder.path), let target = try? fm.destinationOfSymbolicLink(atPath: folder.path) {
            throw Refusal(message: "\(shown) is a symbolic link to \(VisibleText.escape(target)), which does not exist; name a new folder, or make the folder it leads to first", exitStatus: 2)
        }
        if fm.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw Refusal(message: "\(shown) is a file, not a folder; name a new folder", exitStatus: 2)
            }
            let entries = (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
            if !entries.isEmpty && !force {
                throw Refusal(message: "\(shown) is not empty (\(entries.count) \(entries.count == 1 ? "entry" : "entries")); name a new or empty folder, or pass --force to add the archive's files beside what is there (no file is ever replaced)", exitStatus: 1)
            }
        }
        let files = InitFiles.files(languages: languages)
        let taken = files.map(\.path).filter { fm.fileExists(atPath: folder.appendingPathComponent($0).path) }
        guard taken.isEmpty else {
            throw Refusal(message: "\(shown) already has \(taken.joined(separator: ", ")); nothing was written", exitStatus: 1)
        }
        var batch = NewFileBatch()
        do {
            // Exclusive: a file that appeared since the check is not replaced.
            for file in files { try batch.create(file.text, at: folder.appendingPathComponent(file.path)) }
        } catch {
            // Nothing half-written: the files and folders this run made are taken back (only those).
            batch.takeBack()
            throw Refusal(message: "could not write into \(shown): \(OutputFailure.line(error)); nothing was left written", exitStatus: 2)
        }
        return files.map(\.path)
    }

    /// What is wrong with the languages asked for, before anything is written: init writes
    /// its examples and labels in the languages the built-in theme speaks.
    public static func languageProblem(_ languages: [String]) -> String? {
        let known = InitTexts.languages
        if languages.isEmpty { return "--language needs a language: \(known.joined(separator: ", "))" }
        if let unknown = languages.first(where: { !known.contains($0) }) {
            let shown = VisibleText.escape(unknown)
            // `RU`, `kz`, `rus`, and `кк` or `ру` typed on a Cyrillic keyboard: the code meant.
            // Not the nearest by spelling: 'es' is Spanish, not a slip for 'en'.
            let near = LanguageCode.suggestion(for: unknown).flatMap { known.contains($0) ? $0 : nil }
            return "casebook init writes its examples in \(known.joined(separator: ", ")); '\(shown)' is not one of them"
                + (near.map { "; did you mean '\($0)'\(LanguageCode.inLatin(unknown))?" } ?? ": start in one of them and add your language to site.yml (docs/content.md, \"Languages\")")
        }
        if let twice = languages.enumerated().first(where: { languages[..<$0.offset].contains($0.element) })?.element {
            return "--language names '\(twice)' twice; name each language once, the default first"
        }
        return nil
    }

    /// The command that enters the new archive and builds it, as a shell reads it back:
    /// `cd мой архив` split at the space, and `cd -dash` took the name for an option.
    public static func nextCommand(_ folder: String) -> String {
        let word = ShellWord.quoted(folder)
        return "cd \(folder.hasPrefix("-") ? "-- " : "")\(ControlCharacters.contains(folder) ? VisibleText.escape(word) : word) && casebook build"
    }
}
