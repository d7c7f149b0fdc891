/// A word of the command line that starts with one dash but is none of casebook's options:
/// most likely a name or title that begins with '-' (`casebook new person -Khalid`). The
/// argument parser reads such a word as short options, and one holding an 'h' asked for
/// help: the help was printed, nothing was created and the exit status was 0.
public enum DashArgument {
    /// casebook's short options: -h (help), -q (quiet), -v (verbose), alone or together.
    static let shortOptions: Set<Character> = ["h", "q", "v"]

    /// The commands that take words (a name, a title, a folder, files), each with the
    /// option whose value shows how a value that starts with '-' is written, if it has one.
    /// `build`, `check` and `serve` take none: there the word can only be a mistyped option.
    static let commandsTakingWords: [String: String?] = [
        "new": "--id", "init": nil, "import": "--content", "theme export": nil,
    ]

    /// The message for the first such word of `arguments` (without the program's name),
    /// with the command written the way that works; nil when there is none. Words after
    /// `--` are not options; `--name=-value` gives a value that starts with a dash.
    public static func problem(in arguments: [String]) -> String? {
        for (index, word) in arguments.enumerated() {
            if word == "--" { return nil }
            guard word.count > 1, word.hasPrefix("-"), !word.hasPrefix("--") else { continue }
            let letters = word.dropFirst()
            // A negative number is left to the parser, which names the option it was for.
            if letters.allSatisfy(shortOptions.contains) || letters.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) { continue }
            let shown = VisibleText.escape(word)
            let command = commandName(arguments[..<index])
            guard let takesWords = commandsTakingWords[command] else {
                // Moving the word after '--' would not work: the command takes no words.
                if command.isEmpty { return "'\(shown)' is not a command or an option of casebook; casebook --help lists its commands" }
                return "'\(shown)' is not an option of casebook \(command), which takes no names or files; its options are written with two dashes, and casebook \(command) --help lists them"
            }
            var fixed = arguments
            fixed.remove(at: index)
            fixed += ["--", word]
            let line = (["casebook"] + fixed).map(ShellWord.quoted).joined(separator: " ")
            var message = "'\(shown)' is not an option of casebook. A name, title or file that starts with '-' goes after '--', which ends the options: \(line)"
            if let option = takesWords {
                message += "; an option's value that starts with '-' is joined to the option with '=', as in \(option)=\(ShellWord.quoted(word))"
            }
            return message
        }
        return nil
    }

    /// The command the words before the first dash word name: `new`, `theme export`, or
    /// "" when there is none (`casebook -x`).
    static func commandName(_ words: ArraySlice<String>) -> String {
        guard let first = words.first, !first.hasPrefix("-") else { return "" }
        if first == "theme", words.dropFirst().first == "export" { return "theme export" }
        return first
    }
}
