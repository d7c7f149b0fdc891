/// Rename suggestions for badly named files of one folder, which never name a file that
/// exists, nor a name already suggested to another file of the same run: following one
/// must not overwrite a file or make two files collide.
struct RenameSuggestions {
    let folderPath: String
    let kind: ContentKind
    /// The folder's names, read only when the first suggestion is asked for (most folders
    /// have no bad names); suggested names are added as they are given.
    private var taken: Set<String>?
    private var suggested: Set<String> = []

    init(folderPath: String, kind: ContentKind, names: Set<String>? = nil) {
        self.folderPath = folderPath
        self.kind = kind
        self.taken = names
    }

    /// The advice for a file whose id should be `id`: "rename it to 'x.md'", or, when
    /// x.md exists or was suggested already, a free name and the choice of merging.
    mutating func advice(for id: String) -> String {
        if taken == nil { taken = Set(FolderListing.entries(atPath: folderPath).map(\.name)) }
        let free = freeID(for: id)
        suggested.insert(free + ".md")
        if free == id { return "rename it to '\(id).md'" }
        if taken!.contains(id + ".md") {
            return "'\(id).md' already exists: if both files are about the same \(kind.singular), merge this one into it; otherwise rename this one to '\(free).md'"
        }
        if suggested.contains(id + ".md") {
            return "rename it to '\(free).md' ('\(id).md' is suggested for another file here; if both are about the same \(kind.singular), merge them)"
        }
        return "rename it to '\(free).md' ('\(id)' is a name the build uses for its own pages)"
    }

    /// True when the file `name` is in the folder.
    mutating func exists(_ name: String) -> Bool {
        if taken == nil { taken = Set(FolderListing.entries(atPath: folderPath).map(\.name)) }
        return taken!.contains(name)
    }

    /// Takes `name` for a suggestion when no file has it and none was suggested it; false
    /// when it is taken.
    mutating func claim(_ name: String) -> Bool {
        guard !exists(name), !suggested.contains(name) else { return false }
        suggested.insert(name)
        return true
    }

    /// `id` when no file has it, else the first free `id-2`, `id-3` …
    mutating func freeName(for id: String) -> String {
        if taken == nil { taken = Set(FolderListing.entries(atPath: folderPath).map(\.name)) }
        return freeID(for: id)
    }

    /// `id`, or the first of `id-2`, `id-3` … that is neither a file, suggested, nor reserved.
    func freeID(for id: String) -> String {
        func isFree(_ candidate: String) -> Bool {
            let name = candidate + ".md"
            return !taken!.contains(name) && !suggested.contains(name)
                && !(kind == .pages && ContentLoader.isReservedPageID(candidate))
        }
        if isFree(id) { return id }
        var number = 2
        while !isFree("\(id)-\(number)") { number += 1 }
        return "\(id)-\(number)"
    }
}
