import Foundation

/// Runs async client work from the synchronous code that calls a `DocumentStore` (the CLI, the
/// dashboard's effect performer, a test). The work runs on the store's own threads, not on
/// Swift's cooperative pool: the caller may itself be one of the pool's few threads (a test on a
/// 2-core machine), and waiting there for work queued behind it would never end.
/// With `timeout`, gives up after that many seconds and returns nil; the work goes on unseen.
func blocking<T: Sendable>(timeout: Double? = nil, _ operation: @escaping @Sendable () async throws -> T) throws -> T? {
    let outcome = BlockingOutcome<T>()
    let done = DispatchSemaphore(value: 0)
    Task(executorPreference: StoreExecutor.shared) {
        let result: Result<T, any Error>
        do { result = .success(try await operation()) } catch { result = .failure(error) }
        outcome.set(result)
        done.signal()
    }
    if let timeout {
        guard done.wait(timeout: .now() + timeout) == .success else { return nil }
    } else {
        done.wait()
    }
    return try outcome.get()!.get()
}

private final class BlockingOutcome<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<T, any Error>?
    func set(_ value: Result<T, any Error>) { lock.withLock { result = value } }
    func get() -> Result<T, any Error>? { lock.withLock { result } }
}

/// A task executor on threads of its own, which may block without starving anything: Swift's
/// cooperative pool and libdispatch's default queues are both limited to the core count, and
/// on Linux the pool's threads are dispatch's threads, so a queue there can starve behind the
/// very callers waiting for it. A job may block until a later job runs (a store call made while
/// another is waiting), so a new thread starts whenever queued jobs outnumber waiting threads.
final class StoreExecutor: TaskExecutor, @unchecked Sendable {
    static let shared = StoreExecutor()
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var idle = 0

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        if jobs.count > idle {
            let thread = Thread { [unowned self] in work() }
            thread.name = "smedash.store"
            thread.start()
        } else {
            condition.signal()
        }
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            idle += 1
            while jobs.isEmpty { condition.wait() }
            idle -= 1
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
