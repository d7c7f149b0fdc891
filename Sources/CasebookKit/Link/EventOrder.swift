/// The one order of events in every timeline (a case's, a person's, an organization's, the
/// site's): an event whose date ends strictly before another's begins comes first; events
/// whose dates overlap (`2018-03` and `2018-03-09`, `2018` and `2018~`) keep the order they
/// are given in, which is the order in the file. So "March 2018" written after "9 March
/// 2018" stays after it.
///
/// "Overlaps" is not transitive (`2018-03` overlaps both `2018-03-09` and `2018-03-20`,
/// which do not overlap each other), so no comparator sort can do this. Instead: among the
/// events not yet placed, take the first given one that no other unplaced event ends before.
/// The events that qualify are those starting on or before the earliest end among the
/// unplaced; that end only grows, so two heaps do it in O(n log n).
///
/// Dates that never overlap (each one before or after every other, or equal) come out
/// exactly as a sort by date with ties in the given order.
enum EventOrder {
    /// `items` in timeline order, `items` being in the order that decides between overlapping dates.
    static func ordered<T>(_ items: [T], by date: (T) -> PartialDate) -> [T] {
        guard items.count > 1 else { return items }
        let spans = items.map { item in let value = date(item); return (first: value.firstDayNumber, last: value.lastDayNumber) }
        return order(spans).map { items[$0] }
    }

    /// The indices of `spans` (first and last day of each item) in timeline order.
    static func order(_ spans: [(first: Int, last: Int)]) -> [Int] {
        // Already in order, with no overlap to decide: the common case costs one pass.
        if zip(spans, spans.dropFirst()).allSatisfy({ $0.last < $1.first || ($0.first == $1.first && $0.last == $1.last) }) {
            return Array(spans.indices)
        }
        let byStart = spans.indices.sorted { (spans[$0].first, $0) < (spans[$1].first, $1) }
        var ends = IndexHeap { (spans[$0].last, $0) < (spans[$1].last, $1) }
        for index in spans.indices { ends.push(index) }
        var ready = IndexHeap { $0 < $1 }
        var placed = [Bool](repeating: false, count: spans.count)
        var next = 0
        var result: [Int] = []
        result.reserveCapacity(spans.count)
        while result.count < spans.count {
            while let top = ends.peek, placed[top] { _ = ends.pop() }
            let earliestEnd = spans[ends.peek!].last
            while next < byStart.count, spans[byStart[next]].first <= earliestEnd {
                ready.push(byStart[next])
                next += 1
            }
            let chosen = ready.pop()!
            placed[chosen] = true
            result.append(chosen)
        }
        return result
    }
}

/// A binary min-heap of indices under `less`, for `EventOrder`.
private struct IndexHeap {
    private var items: [Int] = []
    let less: (Int, Int) -> Bool

    init(less: @escaping (Int, Int) -> Bool) { self.less = less }

    var peek: Int? { items.first }

    mutating func push(_ element: Int) {
        items.append(element)
        var child = items.count - 1
        while child > 0, less(items[child], items[(child - 1) / 2]) {
            items.swapAt(child, (child - 1) / 2)
            child = (child - 1) / 2
        }
    }

    mutating func pop() -> Int? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < items.count, less(items[left], items[smallest]) { smallest = left }
            if right < items.count, less(items[right], items[smallest]) { smallest = right }
            if smallest == parent { break }
            items.swapAt(parent, smallest)
            parent = smallest
        }
        return top
    }
}
