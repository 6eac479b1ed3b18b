/// A backend for tests: plays a script of keys, resizes and signals, and keeps every frame drawn.
public final class RecordingBackend: TerminalBackend {
    /// One scripted event, consumed in order by `readKey`.
    public enum Step: Hashable, Sendable {
        case key(Key)
        /// Changes the size and delivers `.resize`.
        case resize(Size)
        /// Makes `takePendingSignal` report the signal and `readKey` return nil.
        case signal(TerminalSignal)
        /// `readKey` returns nil once, as on a timeout (for ticks and polling).
        case timeout
    }

    public private(set) var size: Size
    public private(set) var frames: [Grid] = []
    public private(set) var script: [Step]
    public private(set) var isShutDown = false
    public private(set) var invalidateCount = 0
    public private(set) var suspendCount = 0
    public private(set) var copied: [String] = []
    private var pendingSignal: TerminalSignal?

    public init(size: Size, script: [Step] = []) {
        self.size = size
        self.script = script
    }

    /// Convenience for a script of keys only.
    public convenience init(size: Size, keys: [Key]) {
        self.init(size: size, script: keys.map { .key($0) })
    }

    public var lastFrame: Grid? { frames.last }

    public func draw(_ grid: Grid) {
        frames.append(grid)
    }

    /// Throws `inputClosed` when the script is used up, so a run loop under test always ends.
    public func readKey(timeout: Duration?) throws(TerminalError) -> Key? {
        guard !script.isEmpty else { throw .inputClosed }
        switch script.removeFirst() {
        case .key(let key): return key
        case .resize(let newSize):
            size = newSize
            return .resize
        case .signal(let signal):
            pendingSignal = signal
            return nil
        case .timeout:
            return nil
        }
    }

    public func takePendingSignal() -> TerminalSignal? {
        defer { pendingSignal = nil }
        return pendingSignal
    }

    public func invalidate() { invalidateCount += 1 }
    public func copyToClipboard(_ text: String) { copied.append(text) }
    public func suspend() { suspendCount += 1 }
    public func shutdown() { isShutDown = true }

    /// Adds steps to the end of the script.
    public func append(_ steps: [Step]) {
        script += steps
    }
}
