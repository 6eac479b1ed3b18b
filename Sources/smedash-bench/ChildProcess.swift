import Foundation

/// Runs a program with its output discarded and reports its wall time and peak memory, taken
/// from `wait4` so each run is measured on its own (a cold process every time).
struct ChildProcess {
    var executable: String
    var arguments: [String]
    /// Shell command text to show in the report.
    var display: String { ([executable] + arguments).map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ") }

    struct Run {
        var milliseconds: Double
        var peakMegabytes: Double
        var status: Int32
        var output: String
    }

    /// Finds `name` on PATH, nil when it is not installed.
    static func which(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for folder in paths {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs once. Standard output goes to a temporary file (read back for checks), standard
    /// error to /dev/null.
    func run() -> Run? {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("smedash-bench-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = Stopwatch.now()
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = Stopwatch.now() - start
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        // ru_maxrss is in kilobytes on Linux.
        return Run(milliseconds: elapsed, peakMegabytes: Double(usage.ru_maxrss) / 1024, status: status, output: output)
    }

    /// `times` runs; the median run by time.
    func median(of times: Int) -> Run? {
        let runs = (0..<max(times, 1)).compactMap { _ in run() }
        return runs.sorted { $0.milliseconds < $1.milliseconds }[safeIndex: runs.count / 2]
    }
}

extension Array {
    subscript(safeIndex index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
