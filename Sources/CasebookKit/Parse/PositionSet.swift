/// The positions a tree walk has met, by kind of node, for the alias check. A walk meets
/// positions in document order, so almost every insert is an append to one sorted array:
/// no hashing, which a `Set` would do for every value of every file.
/// Anything out of order (an alias pointing back) is found by binary search.
struct PositionSet {
    enum Kind: Int {
        case mapping, sequence, scalar
    }

    private struct Key: Comparable {
        let line: Int
        let column: Int
        let kind: Int

        static func < (a: Key, b: Key) -> Bool {
            (a.line, a.column, a.kind) < (b.line, b.column, b.kind)
        }
    }

    private var sorted: [Key] = []

    /// True when the position was not there yet for this kind (like `Set.insert(_:).inserted`).
    mutating func insert(_ position: SourcePosition, _ kind: Kind) -> Bool {
        let key = Key(line: position.line, column: position.column, kind: kind.rawValue)
        guard let last = sorted.last, !(last < key) else {
            if sorted.isEmpty { sorted.reserveCapacity(64) }
            sorted.append(key)
            return true
        }
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < key { low = middle + 1 } else { high = middle }
        }
        if sorted[low] == key { return false }
        sorted.insert(key, at: low)
        return true
    }
}
