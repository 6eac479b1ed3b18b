/// A signal the app may handle gracefully before it exits.
public enum TerminalSignal: Int32, Hashable, Sendable, CustomStringConvertible {
    case interrupt = 2
    case hangUp = 1
    case terminate = 15

    public var description: String {
        switch self {
        case .interrupt: return "SIGINT"
        case .hangUp: return "SIGHUP"
        case .terminate: return "SIGTERM"
        }
    }
}
