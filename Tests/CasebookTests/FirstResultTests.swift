import Dispatch
import Testing
@testable import CasebookKit

/// `FirstResult`: the first offer wins, whenever the awaiter comes, and later ones are ignored.
@Suite struct FirstResultTests {
    @Test func anOfferBeforeTheAwaitIsKept() async {
        let first = FirstResult<Int>()
        first.offer(1)
        first.offer(2)
        #expect(await first.value == 1)
    }

    @Test func anOfferAfterTheAwaitResumesIt() async {
        let first = FirstResult<String>()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) { first.offer("late") }
        #expect(await first.value == "late")
    }

    /// Many threads offering at once resume the awaiter exactly once (a second resume would crash).
    @Test func racingOffersResumeOnce() async {
        for _ in 0..<200 {
            let first = FirstResult<Int>()
            async let value = first.value
            DispatchQueue.concurrentPerform(iterations: 8) { first.offer($0) }
            #expect((0..<8).contains(await value))
        }
    }
}
