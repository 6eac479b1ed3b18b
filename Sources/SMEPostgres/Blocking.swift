import Foundation

/// Runs async client work from the synchronous code that calls a `DocumentStore` (the CLI, the
/// dashboard's effect performer, a test). The work runs on its own dispatch queue, not on Swift's
/// cooperative pool: the caller may itself be one of the pool's few threads (a test on a 2-core
/// machine), and waiting there for work queued behind it would never end.
func blocking<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = BlockingOutcome<T>()
    let done = DispatchSemaphore(value: 0)
    Task(executorPreference: StoreExecutor.shared) {
        do { outcome.result = .success(try await operation()) } catch { outcome.result = .failure(error) }
        done.signal()
    }
    done.wait()
    return try outcome.result!.get()
}

/// Written once by the task, read after the semaphore: the semaphore orders the two.
private final class BlockingOutcome<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}

/// A task executor on a concurrent dispatch queue, whose threads may block without starving the
/// cooperative pool.
final class StoreExecutor: TaskExecutor, @unchecked Sendable {
    static let shared = StoreExecutor()
    private let queue = DispatchQueue(label: "smedash.store", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
