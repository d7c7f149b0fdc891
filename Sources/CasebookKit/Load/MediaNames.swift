import Foundation

/// The names of media files as the disks a site is copied to will see them. Media are published
/// under their own names, so two names that a file system ignoring letter case (FAT and exFAT
/// USB sticks, macOS, Windows) or Unicode normalisation (macOS) takes for one would overwrite
/// each other in a copy of the site; and a name holding a control character, a bidirectional
/// control or a character drawn as nothing cannot be shown, or linked to, as it looks. Content files meet the same rules through
/// their ids (`Identifier`, `LookAlike`); media names are free otherwise (spaces, accents,
/// Cyrillic), so only these are errors.
enum MediaNames {
    /// The errors for the media files' site paths (`media/docs/Verdict.pdf`), each at its file
    /// (`displayName/media/...`).
    static func problems(_ paths: [String], displayName: String) -> [Diagnostic] {
        func error(_ path: String, _ message: String) -> Diagnostic {
            Diagnostic(.error, displayName + "/" + path, .start, message)
        }
        var diagnostics = paths.compactMap { path in hiddenCharacters(path, taken: paths).map { error(path, $0) } }
        diagnostics += paths.compactMap { path in
            PortableNames.problem(path).map { Diagnostic(.warning, displayName + "/" + path, .start, $0) }
        }
        // Keyed by bytes: Swift's String equality would already take NFC and NFD for one.
        var files: [[UInt8]: [String]] = [:]
        var folders: [[UInt8]: String] = [:]
        for path in paths {
            files[key(path), default: []].append(path)
            var folder = ""
            for part in path.split(separator: "/").dropLast() {
                folder += (folder.isEmpty ? "" : "/") + part
                if folders[key(folder)] == nil { folders[key(folder)] = folder }
            }
        }
        for group in files.values where group.count > 1 {
            // The others are named against the first: a composed name (the usual encoding; a
            // decomposed one is most often a copy made on macOS), then by bytes, the same every run.
            func isComposed(_ path: String) -> Bool { path.utf8.elementsEqual(path.precomposedStringWithCanonicalMapping.utf8) }
            let sorted = group.sorted { a, b in
                isComposed(a) != isComposed(b) ? isComposed(a) : a.utf8.lexicographicallyPrecedes(b.utf8)
            }
            for path in sorted.dropFirst() { diagnostics.append(error(path, clash(path, with: sorted[0]))) }
        }
        for path in paths {
            if let folder = folders[key(path)] { diagnostics.append(error(path, clash(path, with: folder, isFolder: true))) }
        }
        return diagnostics
    }

    /// One name for all the spellings a case- and normalisation-blind file system takes for one.
    static func key(_ path: String) -> [UInt8] {
        Array(path.precomposedStringWithCanonicalMapping.lowercased().precomposedStringWithCanonicalMapping.utf8)
    }

    /// What two paths of one key differ in, and what to do about it; `isFolder` when the
    /// other is a folder (of other media files).
    static func clash(_ path: String, with other: String, isFolder: Bool = false) -> String {
        func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
        let caseDiffers = bytes(path.precomposedStringWithCanonicalMapping) != bytes(other.precomposedStringWithCanonicalMapping)
        let encodingDiffers = bytes(path.lowercased()) != bytes(other.lowercased())
        let composed = bytes(path) == bytes(path.precomposedStringWithCanonicalMapping)
        let encodings = composed ? "this one composed (é as one character), the other decomposed (e and a combining accent)"
            : "this one decomposed (e and a combining accent), the other composed (é as one character)"
        let how = !caseDiffers ? "are the same name with its accented letters encoded two ways (\(encodings))"
            : encodingDiffers ? "differ only in letter case and in how their accented letters are encoded"
            : "differ only in letter case"
        let disks = caseDiffers ? "letter case (FAT and exFAT USB sticks, macOS, Windows)" : "how letters are encoded (macOS)"
        let named = isFolder ? "the folder '\(LookAlike.shown(other))/'" : "'\(LookAlike.shown(other))'"
        let loss = isFolder ? "the file and the folder cannot both be there" : "one would overwrite the other"
        return "'\(LookAlike.shown(path))' and \(named) \(how): on a disk that ignores \(disks) they are one name, "
            + "and \(loss); rename one of them, and the links to it"
    }

    /// The error for control characters (a line break, a tab) and bidirectional controls
    /// (U+202E …) in a path, with the name they leave as the new one unless it is taken.
    static func hiddenCharacters(_ path: String, taken: [String]) -> String? {
        guard !path.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        var found: [String] = []
        var cleaned = String.UnicodeScalarView()
        for (index, scalar) in path.unicodeScalars.enumerated() {
            if LookAlike.invisibleKind(scalar) == .bidiControl {
                found.append(LookAlike.Finding(scalar: scalar, position: index + 1, kind: .bidiControl).described)
            } else if drawnAsNothing(scalar) {
                found.append(LookAlike.Finding(scalar: scalar, position: index + 1, kind: .invisible).described)
            } else if let what = control(scalar) {
                found.append(LookAlike.Finding(scalar: scalar, position: index + 1, kind: .invisible).characterName
                    + " at character \(index + 1), \(what)")
            } else {
                cleaned.append(scalar)
            }
        }
        guard !found.isEmpty else { return nil }
        let new = String(cleaned)
        let rename = new.isEmpty || taken.contains { key($0) == key(new) } ? "" : ": rename it to '\(new)'"
        let list = found.count == 1 ? found[0] : "\(found.count) hidden characters: " + found.joined(separator: "; ")
        return "'\(LookAlike.shown(path))' has \(list); delete \(found.count == 1 ? "it" : "them") from the name, "
            + "and from the links to it\(rename)"
    }

    /// A format character a name shows as nothing (a zero-width space, a soft hyphen, a
    /// byte-order mark): a link typed as the name looks would not find the file. The
    /// joiners (U+200C, U+200D) spell Persian and Indic words and emoji, and tag characters
    /// emoji flags, so they stay.
    static func drawnAsNothing(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format && scalar.value != 0x200C && scalar.value != 0x200D
            && !(0xE0020...0xE007F).contains(scalar.value)
    }

    /// What a control character is, in a few words; nil for any other character.
    static func control(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x0A, 0x0D, 0x2028, 0x2029: "a line break"
        case 0x09: "a tab"
        case 0x00...0x1F, 0x7F...0x9F: "a control character"
        default: nil
        }
    }
}
