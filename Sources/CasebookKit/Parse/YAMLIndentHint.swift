/// A line indented unlike the lines it belongs with, told in columns. libyaml says
/// "did not find expected '-' indicator (while parsing a block collection at line 4)" or
/// "did not find expected key (while parsing a block mapping at line 2)", which names
/// neither the mistake nor the fix; an editor who pasted a translated item one space too
/// far needs the column the line should start at.
enum YAMLIndentHint {
    /// The message for `problem` at `mark` (1-based line and column in `text`), in the list
    /// or mapping that starts at `context`, its line told as the file's (`lineOffset`); nil
    /// for other problems, or a mark that is not where its line's text begins.
    static func message(problem: String, text: String, mark: (line: Int, column: Int), context: (line: Int, column: Int), lineOffset: Int) -> String? {
        let isList = problem.contains("did not find expected '-' indicator")
        guard isList || problem.contains("did not find expected key"), context.line < mark.line else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count, context.line >= 1 else { return nil }
        let line = lines[mark.line - 1], opening = lines[context.line - 1]
        let indent = line.prefix { $0 == " " }.count
        // Only a mark where the line's text begins: the columns are then spaces, one byte each.
        guard indent + 1 == mark.column, opening.utf8.count >= context.column else { return nil }
        let column = mark.column, start = context.line + lineOffset
        if isList {
            // The first item's key: after its '- ' and the spaces that follow.
            let afterDash = opening.dropFirst(context.column).prefix { $0 == " " }.count
            let key = context.column + 1 + afterDash
            return "invalid YAML: this line is indented to column \(column), inside the list that starts on line \(start), "
                + "whose items begin with '- ' at column \(context.column): start a new item with '- ' at column \(context.column), "
                + "or write a key of the item above at column \(key), under its first key"
        }
        let dash = line.dropFirst(indent).hasPrefix("- ") || line.dropFirst(indent) == "-"
        // A '- ' under the keys of a list's item: the next item, one step too far in.
        let openingIndent = opening.prefix { $0 == " " }.count
        if dash, opening.dropFirst(openingIndent).hasPrefix("-"), openingIndent + 1 < context.column {
            return "invalid YAML: this list item ('- ') is indented to column \(column), but the list's item on line \(start) begins with '- ' "
                + "at column \(openingIndent + 1): start each item of a list at the same column"
        }
        let what = dash ? "this list item ('- ') is indented to column \(column)" : "this line is indented to column \(column)"
        return "invalid YAML: \(what), but the keys of the mapping that starts on line \(start) are at column \(context.column): "
            + "write each key of a mapping at the same column"
            + (dash ? ", and a list's items at the same column as its first '- ', under the key that holds the list" : ", indented like the lines it belongs with")
    }
}
