import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import CasebookKit

/// Readers for the non-HTML outputs, written independently of the code that writes them.
enum OutputReading {
    /// The element tree of an XML document, or nil when it is not well-formed.
    final class XMLTree: NSObject, XMLParserDelegate {
        struct Element {
            var name: String
            var attributes: [String: String]
            var text = ""
            var children: [Element] = []

            func all(_ name: String) -> [Element] { children.filter { $0.name == name } }
            func first(_ name: String) -> Element? { children.first { $0.name == name } }
        }

        private var stack: [Element] = []
        private(set) var root: Element?
        private var failed = false

        static func parse(_ data: Data) -> Element? {
            let parser = XMLParser(data: data)
            let tree = XMLTree()
            parser.delegate = tree
            let ok = parser.parse()
            // On Linux, parse() can report success after an error; check every signal.
            guard ok, parser.parserError == nil, !tree.failed, tree.stack.isEmpty else { return nil }
            return tree.root
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            stack.append(Element(name: name, attributes: attributes))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard let element = stack.popLast() else { failed = true; return }
            if stack.isEmpty {
                if root != nil { failed = true }
                root = element
            } else {
                stack[stack.count - 1].children.append(element)
            }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { failed = true }
    }

    /// Records of an RFC 4180 text (CRLF line ends, quoted fields), or nil if it breaks the rules.
    static func csv(_ text: String) -> [[String]]? {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false, inQuotes = false
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { inQuotes = false }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !quoted else { return nil }
                quoted = true
                inQuotes = true
            case ",":
                record.append(field); field = ""; quoted = false
            case "\r":
                guard scalars.popFirst() == "\n" else { return nil }
                record.append(field); field = ""; quoted = false
                records.append(record); record = []
            case "\n":
                return nil  // a bare LF outside quotes breaks RFC 4180
            default:
                guard !quoted else { return nil }
                field.unicodeScalars.append(c)
            }
        }
        guard !inQuotes, field.isEmpty, record.isEmpty else { return nil }  // the last record ends with CRLF
        return records
    }

    /// A CSV file's records as dictionaries by column name, after checking the BOM.
    static func csvRows(_ data: Data) -> (header: [String], rows: [[String: String]])? {
        let bytes = [UInt8](data)
        guard bytes.starts(with: [0xEF, 0xBB, 0xBF]), let text = String(bytes: bytes.dropFirst(3), encoding: .utf8),
              let records = csv(text), let header = records.first else { return nil }
        guard records.allSatisfy({ $0.count == header.count }) else { return nil }
        return (header, records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) })
    }
}

extension SiteFixture {
    /// The linked archive of the fixture's content, as the build makes it.
    func archive(drafts: Bool = false) -> Archive {
        let loaded = ContentLoader.load(contentDirectory: content, displayName: "content")
        let (parsed, _) = Builder.parse(loaded, displayName: "content")
        return Linker.link(parsed, includeDrafts: drafts).0
    }

    func data(_ path: String) throws -> Data {
        try Data(contentsOf: output.appendingPathComponent(path))
    }
}
