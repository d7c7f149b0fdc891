/// Splits a content file into its YAML front matter and Markdown body.
struct FrontMatter {
    let yaml: String
    /// File line on which the YAML starts (the line after the opening `---`).
    let yamlFirstLine: Int
    let body: MarkdownBody

    enum SplitError: Error {
        case missingOpening
        case missingClosing
    }

    /// Expects text already normalised (no BOM, LF line ends).
    static func split(_ text: String) -> Result<FrontMatter, SplitError> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            return .failure(.missingOpening)
        }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        var lineNumber = 1
        for line in lines {
            lineNumber += 1
            if line.trimmingTrailingSpaces == "---" || line.trimmingTrailingSpaces == "..." {
                let rest = lines.dropFirst(yamlLines.count + 1)
                return .success(FrontMatter(
                    yaml: yamlLines.joined(separator: "\n"),
                    yamlFirstLine: 2,
                    body: MarkdownBody(text: rest.joined(separator: "\n"), firstLine: lineNumber + 1)
                ))
            }
            yamlLines.append(line)
        }
        return .failure(.missingClosing)
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var end = endIndex
        while end > startIndex, let last = self[..<end].last, last == " " || last == "\t" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}
