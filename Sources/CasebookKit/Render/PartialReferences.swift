/// Finds the partials (`{{> name}}`) and parents (`{{< name}}`) a template names, with
/// their positions, so a theme that names a missing one fails with a message instead of
/// silently rendering nothing. Templates that change delimiters are not scanned.
enum PartialReferences {
    static func find(in text: String) -> [(name: String, position: SourcePosition)] {
        var found: [(String, SourcePosition)] = []
        var line = 1, column = 1
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "{", i + 2 < scalars.count, scalars[i + 1] == "{", scalars[i + 2] == ">" || scalars[i + 2] == "<" {
                let position = SourcePosition(line: line, column: column)
                var j = i + 3
                var name = ""
                while j + 1 < scalars.count, !(scalars[j] == "}" && scalars[j + 1] == "}") {
                    name.unicodeScalars.append(scalars[j])
                    j += 1
                }
                let trimmed = name.trimmingSpaces
                if !trimmed.isEmpty, !trimmed.hasPrefix("*") { found.append((trimmed, position)) }
            }
            if scalars[i] == "\n" { line += 1; column = 1 } else { column += 1 }
            i += 1
        }
        return found
    }
}
