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
        for (path, source) in content.mediaSources.sorted(by: { $0.key < $1.key }) where !words.photos.contains(path) {
            let file = "\(content.displayName)/\(path)"
            if hiddenSources.contains(source) {
                problems.append(Diagnostic(.error, file, .start,
                    "this file is the photo of a protected person under another name, which is never published: remove it"))
                continue
            }
            let name = String(path.split(separator: "/").last ?? "")
            let stem = name.split(separator: ".").dropLast().joined(separator: ".")
            if let first = words.matches(in: LeakFold.words(stem.isEmpty ? name : stem)).first {
                let person = words.people[first.person]
                problems.append(Diagnostic(.error, file, .start,
                    "this file name holds \(LeakCheck.phrase(first.kind, whose: "the")) of a protected person (\(person.info.path), published as '\(Protection.publishedName(person))'), and a file name is an address anyone can read: rename the file (and every link to it)"))
            }
        }
        return problems
    }
}
