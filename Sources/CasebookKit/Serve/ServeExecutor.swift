import Foundation

/// The threads the dev server's tasks run on: a few of its own, so that neither Swift's
/// shared pool nor Dispatch's (each as wide as there are cores, and filled by a build's
/// rendering or by blocking work) can hold up the pages, and a page being rendered holds
/// up neither of them.
final class ServeExecutor: TaskExecutor, @unchecked Sendable {
    static let shared = ServeExecutor(threads: 4)
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []

    init(threads: Int) {
        for number in 0..<threads {
            let thread = Thread { [self] in run() }
            thread.name = "casebook.serve.\(number)"
            thread.start()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func run() {
        let executor = asUnownedTaskExecutor()
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: executor)
        }
    }
}
