import Foundation

/// Values a one-shot build never frees (`BuildOptions.freesMemory` false): the process exit
/// reclaims their memory at once, where releasing them would walk every object.
enum KeptUntilExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var values: [any Sendable] = []

    static func keep(_ kept: [any Sendable]) {
        lock.lock()
        values.append(contentsOf: kept)
        lock.unlock()
    }
}
