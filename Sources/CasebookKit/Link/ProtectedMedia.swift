/// The media files of an archive that has protected people: a protected person's photo is
/// never published, whatever else names it or links to it (another person's `photo`, a
/// case's document, another name for the file; a body's links are `BodyLinkResolver`'s),
/// and no published file's name may hold a protected name (a file name is an address anyone can read).
enum ProtectedMedia {
    static func problems(_ content: ParsedContent, words: ProtectedWords) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for person in content.people where !person.protection.hidesName {
            guard let photo = person.photo, words.photos.contains(photo.file.id),
                  let owner = words.people.first(where: { $0.photo?.id == photo.file.id }) else { continue }
            problems.append(Diagnostic(.error, person.info.path, photo.file.position,
                "'\(photo.file.id)' is the photo of a protected person (\(owner.info.path)), which is never published: give this person a photo of their own"))
        }
        for record in content.cases {
            for document in record.documents {
                guard let file = document.file, words.photos.contains(file.id),
                      let owner = words.people.first(where: { $0.photo?.id == file.id }) else { continue }
                problems.append(Diagnostic(.error, record.info.path, file.position,
                    "'\(file.id)' is the photo of a protected person (\(owner.info.path)), which is never published: give this document a file of its own, or remove it"))
            }
        }
        // A second name for a protected photo (a symbolic link) is the same picture.
        let hiddenSources = Set(words.photos.compactMap { content.mediaSources[$0] })
        // Folders are shared by many files: each judged once.
        var folders: [Substring: ProtectedWords.Match?] = [:]
        for (path, source) in content.mediaSources.sorted(by: { $0.key < $1.key }) where !words.photos.contains(path) {
            let file = "\(content.displayName)/\(path)"
            if hiddenSources.contains(source) {
                problems.append(Diagnostic(.error, file, .start,
                    "this file is the photo of a protected person under another name, which is never published: remove it"))
                continue
            }
            if let message = nameProblem(path, words: words, folders: &folders) {
                problems.append(Diagnostic(.error, file, .start, message))
            }
        }
        return problems
    }

    /// Whether a published file's path names a protected person: every part of it is in its
    /// address, its folders too (media/sekretova/court.gif). The message, or nil. `folders`
    /// remembers each folder judged, since many files share one.
    static func nameProblem(_ path: String, words: ProtectedWords, folders: inout [Substring: ProtectedWords.Match?]) -> String? {
        let parts = path.split(separator: "/")
        for (index, part) in parts.enumerated() {
            let isFile = index == parts.count - 1
            let found: ProtectedWords.Match?
            if isFile {
                let stem = part.split(separator: ".").dropLast().joined(separator: ".")
                found = ProtectedIDs.matches(in: LeakFold.words(stem.isEmpty ? String(part) : stem), words: words).first
            } else if let known = folders[part] {
                found = known
            } else {
                found = ProtectedIDs.matches(in: LeakFold.words(String(part)), words: words).first
                folders.updateValue(found, forKey: part)
            }
            guard let first = found else { continue }
            let holder = isFile ? "this file name" : index == parts.count - 2 ? "this file's folder" : "a folder above this file"
            let what = isFile ? "a file name is an address anyone can read: rename the file" : "a folder's name is in the address of every file in it: rename the folder"
            return "\(holder) holds \(LeakCheck.phrase(first.kind, whose: "the")) of a protected person (\(ProtectedIDs.publishedAs(first.person, words))), and \(what) (and every link to it)"
        }
        return nil
    }
}
