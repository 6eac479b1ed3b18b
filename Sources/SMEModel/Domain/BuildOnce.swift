import Foundation

/// A value built once, on first request, by whichever thread asks first; other threads asking
/// meanwhile wait for it.
final class BuildOnce<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var built: Value?

    func value(_ build: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let value = build()
        built = value
        return value
    }

    /// The value when it has been built, without building it or waiting for a build under way.
    var ifBuilt: Value? {
        guard lock.try() else { return nil }
        defer { lock.unlock() }
        return built
    }
}
