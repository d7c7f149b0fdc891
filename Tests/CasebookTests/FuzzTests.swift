import Foundation
import Testing
@testable import CasebookKit

/// Mutates the sample's files at random (fixed seed) and checks that every result is a
/// success or a positioned error: never a crash, a hang or a silent drop.
@Suite struct FuzzTests {
    /// SplitMix64: small, fast and the same on every machine.
    struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    }

    static let alphabet: [[UInt8]] = ["-", ":", " ", "\n", "\t", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'",
                                      "\"", "%", "@", "`", ",", "?", "---\n", "\r\n", "Қ", "é", "\u{FEFF}", "](", "<script>",
                                      "../", "javascript:", "2021-02-30", "~", "0", "\\"].map { Array($0.utf8) } + [[0xFF], [0xC3]]

    static func mutate(_ bytes: [UInt8], _ random: inout Random) -> [UInt8] {
        var bytes = bytes
        for _ in 0...random.below(3) {
            let at = random.below(bytes.count + 1)
            switch random.below(5) {
            case 0: bytes.insert(contentsOf: alphabet[random.below(alphabet.count)], at: at)
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + 1 + random.below(12)))
            case 2 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] = UInt8(truncatingIfNeeded: random.next())
            case 3: bytes = Array(bytes.prefix(at))
            default:
                let end = min(bytes.count, at + random.below(40))
                bytes.insert(contentsOf: bytes[at..<end], at: random.below(bytes.count + 1))
            }
        }
        return bytes
    }

    @Test func thousandsOfMutatedFilesEndInSuccessOrAPositionedError() throws {
        let content = SiteFixture.repository.appendingPathComponent("content")
        let kinds: [ContentKind] = [.cases, .people, .organizations, .pages]
        var originals: [(DocumentInfo, [UInt8])] = []
        for kind in kinds {
            for name in try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent(kind.rawValue).path).sorted() {
                let data = try Data(contentsOf: content.appendingPathComponent("\(kind.rawValue)/\(name)"))
                originals.append((DocumentInfo(kind: kind, id: String(name.dropLast(3)), path: "content/\(kind.rawValue)/\(name)"), Array(data)))
            }
        }
        let site = SiteConfig()
        var random = Random(state: 20_210_304)
        var outcomes = (clean: 0, errors: 0)
        for round in 0..<3000 {
            let (info, original) = originals[random.below(originals.count)]
            let bytes = Self.mutate(original, &random)
            var reader = FieldReader(file: info.path)
            var document: ParsedDocument?
            if let text = TextDecoding.decode(Data(bytes), diagnostics: &reader.diagnostics) {
                document = ContentParser.parse(text: text, info: info, site: site, reader: &reader)
            }
            var problems = reader.diagnostics.items
            if round % 10 == 0, let document {
                var parsed = ParsedContent(site: site)
                switch document {
                case .caseRecord(let record): parsed.cases = [record]
                case .person(let person): parsed.people = [person]
                case .organization(let organization): parsed.organizations = [organization]
                case .page(let page): parsed.pages = [page]
                case .translation(let translation): parsed.translations = [translation]
                }
                problems += Linker.link(parsed, includeDrafts: false).1
            }
            let lines = bytes.split(separator: 10, omittingEmptySubsequences: false).count
            for problem in problems {
                #expect(problem.file == info.path)
                #expect(problem.position.line >= 1 && problem.position.line <= lines + 1, "\(problem)")
                #expect(problem.position.column >= 1, "\(problem)")
                #expect(!problem.message.isEmpty)
            }
            if document == nil { #expect(problems.contains { $0.severity == .error }, "dropped without an error: round \(round)") }
            if problems.contains(where: { $0.severity == .error }) { outcomes.errors += 1 } else { outcomes.clean += 1 }
        }
        print("fuzz: \(outcomes.clean) clean, \(outcomes.errors) with positioned errors")
        // Both outcomes occur, so the mutations neither always break nor never break the files.
        #expect(outcomes.clean > 100 && outcomes.errors > 100, "\(outcomes)")
    }
}
