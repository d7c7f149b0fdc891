import Foundation

/// `casebook import FILE.csv…`: spreadsheet rows (one per person in a case, `ImportColumns`)
/// into case, person and court files. People and courts are matched to the archive's files
/// by name or alias (`ImportNames`: one match used, several or a loose one reported, none
/// made anew); vocabulary
/// values by key or label. Every problem is reported at its row and column, and any problem
/// means nothing is written; a file that exists is never replaced.
public enum SpreadsheetImport {
    public struct Outcome: Sendable {
        /// The files made, content paths (`content/cases/x.md`) with their text, in order.
        public var files: [(path: String, text: String)] = []
        /// The archive's cases rows name, left as they are, each with the rows that name it
        /// (`sheet.csv rows 2, 3`): a sheet imported before that has grown.
        public var kept: [(path: String, rows: String)] = []
        public var diagnostics: [Diagnostic] = []
        public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
        /// 0 written (or would be), 1 problems in the rows, 2 a file that cannot be read or written.
        public var exitStatus: Int32 { succeeded ? 0 : diagnostics.contains(where: \.isIO) ? 2 : 1 }
        /// The last line `casebook import` prints when the files were made (or would be).
        public func summary(dryRun: Bool) -> String {
            let count = files.count == 1 ? "1 file" : "\(files.count) files"
            let cases = kept.count == 1 ? "1 case" : "\(kept.count) cases"
            let left = kept.isEmpty ? "" : "; \(cases) the archive has already left as \(kept.count == 1 ? "it is" : "they are") (kept)"
            return dryRun ? "\(count) would be made\(left); nothing was written (--dry-run)" : "Imported: \(count) made\(left). Run casebook check."
        }

        /// The line listing a kept case, beside those of the files made.
        public func keptLine(_ kept: (path: String, rows: String), dryRun: Bool) -> String {
            "\(dryRun ? "would keep" : "kept") \(kept.path) as it is: the archive has this case already (\(kept.rows))"
        }
    }

    /// Reads the spreadsheets against the archive; writes the files unless `dryRun` or a problem.
    public static func run(_ paths: [String], content: String = "content", relativeTo base: URL? = nil, dryRun: Bool) -> Outcome {
        let options = BuildOptions(content: content, relativeTo: base)
        let loaded = ContentLoader.load(contentDirectory: options.contentDirectory, displayName: options.contentDisplayName)
        var outcome = Outcome()
        // A misspelt --content would start a new archive beside the real one, checked against
        // the default vocabularies instead of its site.yml.
        guard FileManager.default.fileExists(atPath: options.contentDirectory.path) else {
            outcome.diagnostics = [Diagnostic(.error, "\(options.contentDisplayName)/", .start, ContentLoader.missingFolder, isIO: true)]
            return outcome
        }
        let (archive, problems) = Builder.parse(loaded, displayName: options.contentDisplayName)
        if let problem = problems.first(where: { $0.severity == .error }) {
            outcome.diagnostics = [problem, Diagnostic(.error, "\(options.contentDisplayName)/", .start,
                                                       "the archive has errors (casebook check lists them): fix them before importing")]
            return outcome
        }
        var plan = ImportPlan(archive: archive, content: options.contentDisplayName)
        // The open data's own files are told from a spreadsheet by their header.
        var openData = OpenDataImport(archive: archive, content: options.contentDisplayName)
        for path in paths {
            let folder = base ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
            switch FileBytes.contents(of: url.path, limit: 256 * 1024 * 1024) {
            case .bytes(let bytes):
                switch CSVRows.read(bytes) {
                case .success(let table):
                    outcome.diagnostics += table.problems(file: path)
                    if table.lostLetter { continue }
                    if let kind = OpenDataImport.Table.of(table.header) { openData.tables.append((kind, table, path)) }
                    else { plan.add(table, file: path) }
                case .failure(let problem): outcome.diagnostics.append(Diagnostic(.error, path, Self.position(problem), Self.describe(problem), isIO: true))
                }
            case .tooLarge(let size):
                outcome.diagnostics.append(Diagnostic(.error, path, .start, "the file is \(size / 1_048_576) MB; split the spreadsheet", isIO: true))
            case .unreadable(let problem):
                // A folder is no mistake of the file system to repair: name the files in it.
                var isFolder: ObjCBool = false
                let message = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
                    ? "is a folder; import reads CSV files: name them, as in casebook import \(ShellWord.quoted(path.hasSuffix("/") ? path : path + "/"))*.csv"
                    : problem.description
                outcome.diagnostics.append(Diagnostic(.error, path, .start, message, isIO: true))
            }
        }
        plan.finish()
        openData.read()
        outcome.diagnostics += plan.diagnostics + openData.diagnostics
        outcome.files = plan.files() + openData.files()
        outcome.kept = plan.kept.map { case_ in
            // `a.csv rows 2, 3; b.csv row 5`: each file's rows, in the order met.
            var files: [String] = []
            for (file, _) in case_.rows where !files.contains(file) { files.append(file) }
            let rows = files.map { file in
                let numbers = case_.rows.filter { $0.file == file }.map { String($0.row) }
                return "\(file) row\(numbers.count == 1 ? "" : "s") \(numbers.joined(separator: ", "))"
            }
            return ("\(options.contentDisplayName)/cases/\(case_.id).md", rows.joined(separator: "; "))
        }
        let folder = options.contentDirectory
        let prefix = options.contentDisplayName + "/"
        func disk(_ path: String) -> URL { folder.appendingPathComponent(String(path.dropFirst(prefix.count))) }
        // A spreadsheet's new id can be an id the open data give in the same command.
        var made: Set<String> = []
        for file in outcome.files where !made.insert(file.path).inserted {
            outcome.diagnostics.append(Diagnostic(.error, file.path, .start, "would be made twice, by a spreadsheet and by the open data: import them one at a time"))
        }
        outcome.diagnostics += MadeFileCheck.problems(outcome.files, archive: archive, content: options.contentDisplayName)
        for file in outcome.files where FileManager.default.fileExists(atPath: disk(file.path).path) {
            outcome.diagnostics.append(Diagnostic(.error, file.path, .start, "already exists: nothing was written; rename the row's case or person, or give person_id"))
        }
        // No message quotes a protected name, whatever cell or check it comes from (LeakMask).
        let words = ProtectedWords(people: archive.people, translations: archive.translations)
        outcome.diagnostics = LeakMask.masked(outcome.diagnostics, words: words).sorted()
        guard outcome.succeeded, !dryRun else { return outcome }
        var written: [URL] = []
        for file in outcome.files {
            do {
                try FileManager.default.createDirectory(at: disk(file.path).deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileWriting.create(file.text, at: disk(file.path).path)
                written.append(disk(file.path))
            } catch {
                // Nothing half-imported: the files this run wrote are taken back (only those).
                for url in written { try? FileManager.default.removeItem(at: url) }
                outcome.diagnostics.append(Diagnostic(.error, file.path, .start,
                    "could not be written: \(OutputFailure.reason(error)); nothing was imported", isIO: true))
                return outcome
            }
        }
        return outcome
    }

    static func describe(_ problem: CSVRows.Problem) -> String {
        switch problem {
        case .notUTF8(_, _, let byte):
            "the byte 0x\(String(byte, radix: 16, uppercase: true)) here is not UTF-8 text; save the spreadsheet as \"CSV UTF-8\""
        case .empty: "the file has no header row; start from `casebook import --template`"
        case .unclosedQuote(let row, _): "row \(row) opens a quoted field here that is never closed; close it with '\"' (a quote inside it is written twice, '\"\"')"
        case .otherSeparator(let separator):
            "the header's cells are separated by \(separator == " " ? "spaces" : "'\(separator)'"), which the import does not read: save the spreadsheet "
                + "with commas, semicolons or tabs between the cells (LibreOffice: \"Text CSV\", field delimiter ',' or ';')"
        case .workbook(let what):
            "is \(what): open it and save it as CSV (Excel: File > Save As > \"CSV UTF-8 (Comma delimited)\"; LibreOffice: "
                + "File > Save As > \"Text CSV\", character set \"Unicode (UTF-8)\"; Google Sheets: File > Download > \"Comma-separated values\")"
        case .notUTF16: "the file starts as UTF-16 text (Excel's \"Unicode Text\") but is not UTF-16 throughout; save the spreadsheet as \"CSV UTF-8\""
        }
    }

    static func position(_ problem: CSVRows.Problem) -> SourcePosition {
        switch problem {
        case .unclosedQuote(let row, let column), .notUTF8(let row, let column, _): SourcePosition(line: row, column: column)
        case .empty, .otherSeparator, .workbook, .notUTF16: .start
        }
    }
}
