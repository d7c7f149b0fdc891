import Foundation

/// A word of a command shown to be pasted into a shell (`cd 'мой архив'`, `casebook new person
/// -- -Khalid`), as the shell reads it back.
public enum ShellWord {
    /// `word` in single quotes when it holds anything but letters, digits and `-_./=@:+,`.
    public static func quoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_./=@:+,".unicodeScalars.contains(scalar)
        }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
