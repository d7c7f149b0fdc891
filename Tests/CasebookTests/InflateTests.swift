import Foundation
import Testing
@testable import CasebookKit

/// The leak check inflates a PDF's compressed streams itself (`Inflate`). The vectors are
/// Python's zlib at several levels (Tests/Fixtures/inflate/make-vectors.py); damaged data
/// ends the decoding, never the process, and a bomb stops at the limit.
@Suite struct InflateTests {
    static let text = Array((0..<200).map { "\($0) Жанар Әбдірахманова line \($0 * $0 % 97)\n" }.joined().utf8)

    static let vectors: [String: [UInt8]] = {
        let file = SiteFixture.repository.appendingPathComponent("Tests/Fixtures/inflate/vectors.txt")
        let lines = ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n")
        return Dictionary(uniqueKeysWithValues: lines.compactMap { line in
            let parts = line.split(separator: " ")
            guard parts.count == 2, let data = Data(base64Encoded: String(parts[1])) else { return nil }
            return (String(parts[0]), [UInt8](data))
        })
    }()

    @Test(arguments: ["long-0", "long-1", "long-6", "long-9", "raw-9"])
    func zlibsOutputInflatesToItsText(_ name: String) throws {
        let compressed = try #require(Self.vectors[name])
        let result = Inflate.decode(compressed[...], limit: 1 << 20)
        #expect(result.complete && !result.capped)
        #expect(result.bytes == Self.text)
    }

    @Test func aShortStringUsesTheFixedCodes() throws {
        let result = Inflate.decode(try #require(Self.vectors["short-6"])[...], limit: 1 << 20)
        #expect(result.complete && String(decoding: result.bytes, as: UTF8.self) == "BT /F1 12 Tf 72 700 Td (Nazira Lesova) Tj ET")
    }

    /// 8 MB of zeros in 8 KB: the decoding stops at the limit and says so.
    @Test func aBombStopsAtTheLimit() throws {
        let bomb = try #require(Self.vectors["bomb-9"])
        #expect(bomb.count < 10_000)
        let result = Inflate.decode(bomb[...], limit: 100_000)
        #expect(result.bytes.count == 100_000 && result.capped && !result.complete)
        let whole = Inflate.decode(bomb[...], limit: 16 << 20)
        #expect(whole.bytes.count == 8 << 20 && whole.complete && !whole.capped)
    }

    /// A stream cut anywhere gives what was decoded before the cut; flipped bytes, a bad block
    /// type, a distance before the start and garbage never trap.
    @Test func damagedDataEndsTheDecodingNeverTheProcess() throws {
        let compressed = try #require(Self.vectors["long-9"])
        for cut in stride(from: 0, to: compressed.count, by: 7) {
            let result = Inflate.decode(compressed[..<cut], limit: 1 << 20)
            #expect(!result.complete && Self.text.starts(with: result.bytes))
        }
        for index in stride(from: 2, to: compressed.count, by: 13) {
            for flip: UInt8 in [0x01, 0x80, 0xFF] {
                var damaged = compressed
                damaged[index] ^= flip
                let result = Inflate.decode(damaged[...], limit: 1 << 20)
                #expect(result.bytes.count <= 1 << 20)
            }
        }
        #expect(!Inflate.decode([0x07][...], limit: 100).complete)  // block type 3
        // A fixed block whose first code is a match (length 3, distance 1) with nothing before it.
        #expect(Inflate.decode([0x03, 0x02, 0x00][...], limit: 100).bytes.isEmpty)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let noise = (0..<Int.random(in: 0..<300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(Inflate.decode(noise[...], limit: 1 << 16).bytes.count <= 1 << 16)
        }
    }
}
