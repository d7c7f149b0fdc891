import Testing
@testable import CasebookKit

@Suite("Suggestion")
struct SuggestionTests {
    let people = ["nazira-lesova", "nazira-lepesova", "zhazira-qambarova", "mukhtar-ablyazov"]

    @Test("a missing letter finds the intended id")
    func missingLetter() {
        #expect(Suggestion.nearest(to: "nazira-lepsova", in: people) == "nazira-lepesova")
        #expect(Suggestion.nearest(to: "mukhtar-ablyazv", in: people) == "mukhtar-ablyazov")
    }

    @Test("a transposition costs one edit")
    func transposition() {
        #expect(Suggestion.nearest(to: "nazira-lepesvoa", in: people) == "nazira-lepesova")
        #expect(Suggestion.editDistance(Array("lepesvoa".unicodeScalars), Array("lepesova".unicodeScalars)) == 1)
        #expect(Suggestion.editDistance(Array("ab".unicodeScalars), Array("ba".unicodeScalars)) == 1)
    }

    @Test("edit distance counts insertions, deletions and substitutions")
    func editDistance() {
        func d(_ a: String, _ b: String) -> Int {
            Suggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
        }
        #expect(d("", "abc") == 3)
        #expect(d("abc", "") == 3)
        #expect(d("kitten", "sitting") == 3)
        #expect(d("same", "same") == 0)
        #expect(d("sumary", "summary") == 1)
    }

    @Test("far words get no suggestion")
    func farWords() {
        #expect(Suggestion.nearest(to: "koshe-party", in: people) == nil)
        #expect(Suggestion.nearest(to: "completely-unrelated-id", in: people) == nil)
        #expect(Suggestion.phrase(for: "koshe-party", in: people) == "")
    }

    @Test("no candidates, no suggestion")
    func noCandidates() {
        #expect(Suggestion.nearest(to: "nazira-lesova", in: [String]()) == nil)
    }

    @Test("ties are broken the same way whatever the candidate order")
    func deterministicTies() {
        // "nazira-lesov" is one edit from both "nazira-lesova" and "nazira-lesovb".
        let candidates = ["nazira-lesovb", "nazira-lesova"]
        let forward = Suggestion.nearest(to: "nazira-lesov", in: candidates)
        let backward = Suggestion.nearest(to: "nazira-lesov", in: Array(candidates.reversed()))
        #expect(forward == "nazira-lesova")
        #expect(backward == forward)
        // A closer candidate wins over an alphabetically earlier one.
        #expect(Suggestion.nearest(to: "trial", in: ["trail", "trial-x", "trial"]) == "trial")
    }

    @Test("phrase wraps the suggestion for a message")
    func phrase() {
        #expect(Suggestion.phrase(for: "nazira-lepsova", in: people) == "; did you mean 'nazira-lepesova'?")
    }
}
