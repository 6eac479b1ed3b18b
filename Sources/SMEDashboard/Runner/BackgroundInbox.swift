import Foundation

/// Actions that work started outside the run loop hands back to it (the survey read after the
/// first frame). Threads post; the run loop takes them between keys, so `update` still runs on
/// one thread only.
public final class BackgroundInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []
    private var pending = 0

    public init() {}

    /// Says that an action will come; the run loop then looks more often until it has.
    public func expect() {
        lock.lock()
        pending += 1
        lock.unlock()
    }

    public func post(_ action: Action) {
        lock.lock()
        actions.append(action)
        pending = max(pending - 1, 0)
        lock.unlock()
    }

    /// Everything posted so far, in order.
    public func take() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        let taken = actions
        actions = []
        return taken
    }

    public var isExpecting: Bool {
        lock.lock()
        defer { lock.unlock() }
        return pending > 0
    }
}
