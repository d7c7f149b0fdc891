/// A word of the command line that starts with one dash but is none of casebook's options:
/// most likely a name or title that begins with '-' (`casebook new person -Khalid`). The
/// argument parser reads such a word as short options, and one holding an 'h' asked for
/// help: the help was printed, nothing was created and the exit status was 0.
public enum DashArgument {
    /// casebook's short options: -h (help), -q (quiet), -v (verbose), alone or together.
    static let shortOptions: Set<Character> = ["h", "q", "v"]

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
            var fixed = arguments
            fixed.remove(at: index)
            fixed += ["--", word]
            let command = (["casebook"] + fixed).map(ShellWord.quoted).joined(separator: " ")
            return "'\(VisibleText.escape(word))' is not an option of casebook. A name, title or file that starts with '-' goes after '--', which ends the options: \(command)"
                + "; an option's value that starts with '-' is joined to the option with '=', as in --id=\(ShellWord.quoted(word))"
        }
        return nil
    }
}
