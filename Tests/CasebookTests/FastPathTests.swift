import Testing
@testable import CasebookKit

/// Small functions on hot paths written on bytes instead of characters or Foundation's
/// string search: each held to what the plain way gives.
@Suite struct FastPathTests {
    /// JSON strings: every byte that needs an escape, in both modes, against escaping by characters.
    @Test func jsonQuoteEscapesAsWritten() {
        func reference(_ text: String, scriptSafe: Bool) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "<", ">", "&":
                    if scriptSafe { out += "\\u00" + String(scalar.value, radix: 16) } else { out.unicodeScalars.append(scalar) }
                case "\u{2028}": out += "\\u2028"
                case "\u{2029}": out += "\\u2029"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            return out + "\""
        }
        let texts = ["", "plain", "a \"quote\" and \\ back", "tab\there\nline\r\u{1}\u{1f}", "<b>&amp;</b>",
                     "line\u{2028}and\u{2029}para", "Қамбарова — “cited” …", "\u{e2}\u{80}", "end\u{7f}"]
        for text in texts {
            for scriptSafe in [false, true] {
                var out: [UInt8] = []
                JSON.quote(text, into: &out, scriptSafe: scriptSafe)
                #expect(String(decoding: out, as: UTF8.self) == reference(text, scriptSafe: scriptSafe), "\(text) \(scriptSafe)")
            }
        }
    }

    @Test func decimalSeparatorAndWholeNumbers() {
        let russian = NumberWording(group: "\u{a0}", decimal: ",", groupSize: 3)
        #expect(russian.plain(DecimalNumber("1.5")!) == "1,5")
        #expect(russian.plain(DecimalNumber("1500")!) == "1500")
        #expect(NumberWording(group: ",", decimal: ".", groupSize: 3).plain(DecimalNumber("2.25")!) == "2.25")
        #expect(DecimalNumber("7")!.isWhole && !DecimalNumber("7.5")!.isWhole)
        #expect("7".leftPadded(to: 2) == "07" && "2021".leftPadded(to: 4) == "2021" && "12345".leftPadded(to: 4) == "12345")
    }

    @Test func openGraphTypeByPath() {
        #expect(PageMetadata.type(of: "cases/x/index.html") == "article")
        #expect(PageMetadata.type(of: "people/x/index.html") == "profile")
        #expect(PageMetadata.type(of: "organizations/x/index.html") == "website")
        #expect(PageMetadata.type(of: "cases/index.html") == "website")
        #expect(PageMetadata.type(of: "cases/x/other.html") == "website")
        #expect(PageMetadata.type(of: nil) == "website")
    }

    /// A citation's sentence ends in a stop unless it has one: by bytes, as by characters.
    @Test func citationSentenceStop() {
        func byCharacters(_ text: String) -> String {
            guard let last = text.last, !".?!…".contains(last) else { return text }
            return text + "."
        }
        for text in ["", "A", "A.", "A?", "A!", "Кто…", "A.\u{301}", "…\u{301}", "x\u{2026}", "ends with ．"] {
            #expect(Citation.sentence(text) == byCharacters(text), "\(text)")
        }
    }

    @Test func schemesAndQuotedNotes() {
        #expect(URLPolicy.scheme(of: "HTTPS://example.org") == "https")
        #expect(URLPolicy.scheme(of: " mailto:x@example.org") == "mailto")
        #expect(URLPolicy.scheme(of: "svn+ssh://host") == "svn+ssh")
        #expect(URLPolicy.scheme(of: "../people/x.md") == nil)
        #expect(URLPolicy.scheme(of: "jävascript:alert(1)") == nil)
        #expect(SentenceTerms.quoted("general regime") == "\"general regime\"")
    }

    /// A web address copied without its scheme is told what to write; a file's name is not.
    @Test func addressesWithoutScheme() {
        #expect(URLPolicy.withScheme("azattyq.org/a/123") == "https://azattyq.org/a/123")
        #expect(URLPolicy.withScheme("www.rferl.org") == "https://www.rferl.org")
        #expect(URLPolicy.withScheme("//kaztag.kz/ru/x") == "https://kaztag.kz/ru/x")
        #expect(URLPolicy.withScheme("азаттык.рф/новости") == "https://азаттык.рф/новости")
        for notAnAddress in ["report.pdf", "../people/x.md", "media/verdict.pdf", "x.md#source-1", "a b.org/x", "1.5/x", "", "www"] {
            #expect(URLPolicy.withScheme(notAnAddress) == nil, "\(notAnAddress)")
        }
        #expect(URLPolicy.meantPhrase("rferl.org/a/1.html").hasSuffix("write 'https://rferl.org/a/1.html'"))
        #expect(URLPolicy.meantPhrase("report.pdf") == "")
        #expect(SentenceTerms.quoted("a \"b\" \\ c") == "\"a \\\"b\\\" \\\\ c\"")
    }
}
