import Foundation

/// Runs the built `smedash` binary and captures what it prints.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary sits next to the test bundle in the build folder.
    static var binary: String {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("smedash").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return "smedash"
    }

    /// The repository's bundled data folder.
    static var bundledData: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("data").path
    }

    /// `bash -c script`, for pipelines.
    static let cacheFolder = FileManager.default.temporaryDirectory.appendingPathComponent("smedash-cli-cache-\(getpid())").path

    static func runShell(_ script: String) throws -> Result {
        try run(["-c", script], executable: "/bin/bash")
    }

    static func run(
        _ arguments: [String], environment: [String: String] = [:], stdoutPath: String? = nil, executable: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env.removeValue(forKey: "LC_ALL")
        env.removeValue(forKey: "SMEDASH_DATA")
        // Column snapshots go to the test process's own folder, never the developer's ~/.cache.
        env["XDG_CACHE_HOME"] = CLIRunner.cacheFolder
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = try stdoutPath.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) } ?? out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        if stdoutPath != nil { try? out.fileHandleForWriting.close() }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
