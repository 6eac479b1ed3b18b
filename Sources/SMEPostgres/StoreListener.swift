import Foundation
import Logging
import PostgresNIO
import SMEModel

/// Hears the changes other programs make to a store (`LISTEN`), on a connection of its own, for
/// as long as the program runs, connecting again ten seconds after the server went away. The
/// program's own changes, marked with its store's `origin`, are left out.
public final class StoreListener: @unchecked Sendable {
    private let settings: PostgresSettings
    private let origin: String
    private let lock = NSLock()
    private var notices: [StoreNotice] = []
    private var started = false

    public init(store: PostgresStore) {
        settings = store.settings
        origin = store.origin
    }

    /// Starts listening; with `waitingUpTo`, returns once the server confirmed `LISTEN` (or the
    /// time ran out), so a change made right after is heard.
    public func start(waitingUpTo seconds: Double = 0) {
        let first = lock.withLock { () -> Bool in
            defer { started = true }
            return !started
        }
        guard first else { return }
        let settings = settings, origin = origin
        let ready = DispatchSemaphore(value: 0)
        Task(executorPreference: StoreExecutor.shared) { [weak self] in
            let logger = Logger(label: "smedash.listen", factory: { _ in SwiftLogNoOpLogHandler() })
            while self != nil {
                do {
                    let connection = try await PostgresSession.connect(settings, logger: logger)
                    try await connection.listen(on: PostgresStore.channel) { notifications in
                        ready.signal()
                        for try await notification in notifications {
                            guard let change = try? JSONDecoder().decode(StoreChange.self, from: Data(notification.payload.utf8)),
                                  change.origin != origin else { continue }
                            self?.receive(StoreNotice(official: change.official, action: change.action, subject: change.subject))
                        }
                    }
                } catch {}
                try? await Task.sleep(for: .seconds(10))
            }
        }
        if seconds > 0 { _ = ready.wait(timeout: .now() + seconds) }
    }

    private func receive(_ notice: StoreNotice) {
        lock.withLock { notices.append(notice) }
    }

    /// The changes heard since the last call.
    public func take() -> [StoreNotice] {
        lock.withLock {
            defer { notices = [] }
            return notices
        }
    }
}
