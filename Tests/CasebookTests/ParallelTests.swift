import Testing
@testable import CasebookKit

struct ParallelTests {
    /// Every result, in input order, however the threads interleave. Results used to be
    /// written through Array's mutating API from many threads, which may move the buffer
    /// during a write: now and then a result was lost and the build stopped (seen in CI).
    @Test func everyResultInOrderUnderContention() {
        let items = Array(0..<50_000)
        for round in 0..<20 {
            let squares = parallelMap(items) { $0 &* $0 &+ round }
            #expect(squares.count == items.count)
            #expect(squares.enumerated().allSatisfy { $0.element == $0.offset &* $0.offset &+ round })
        }
        #expect(parallelMap([Int]()) { $0 }.isEmpty)
        #expect(parallelMap(["one"]) { $0.count } == [3])
    }
}
