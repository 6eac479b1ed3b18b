import CTerminalShim
import Foundation

/// Crash reports instead of Swift's interactive backtracer: see `ts_install_crash_handlers`.
public enum CrashReport {
    /// `$XDG_STATE_HOME/smedash`, else `~/.local/state/smedash` (the XDG base directory rules).
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/smedash" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/state/smedash"
    }

    /// Installs the handlers for the whole process; the folder is made now, since a signal
    /// handler should not have to.
    public static func install(indonesian: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let folder = folder(environment: environment)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let line = indonesian ? "smedash: program berhenti karena galat; rincian di " : "smedash: crashed; details in "
        ts_install_crash_handlers(folder, line)
    }
}
