import Foundation
import Glibc

/// A running `smedash` whose output is read line by line while it runs, for tests that feed it
/// input, wait for it to reach a point, or kill it there.
final class ChildProcess {
    struct Outcome {
        /// Exit status, or the signal number when `signalled`.
        var status: Int32
        var signalled: Bool
        /// Killed by `finish` because it ran past its time.
        var timedOut: Bool
        var stdout: String
        var stderr: String
    }

    let process = Process()
    private let output = Pipe()
    private let errors = Pipe()
    private let input = Pipe()
    private var received = Data()
    private var linesRead = 0

    /// Starts `smedash arguments` (or `launcher… smedash arguments` to run it as another user).
    init(_ arguments: [String], launcher: [String] = [], environment extra: [String: String] = [:]) throws {
        if let first = launcher.first {
            process.executableURL = URL(fileURLWithPath: first)
            process.arguments = Array(launcher.dropFirst()) + [CLIRunner.binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
            process.arguments = arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "LC_ALL")
        environment.removeValue(forKey: "SMEDASH_DATA")
        // Column snapshots go to the test process's own folder, never the developer's ~/.cache.
        environment["XDG_CACHE_HOME"] = CLIRunner.cacheFolder
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    /// The next whole line of output, or nil at end of output or after `timeout` seconds.
    func nextLine(timeout: Double) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        let descriptor = output.fileHandleForReading.fileDescriptor
        while true {
            if let newline = received.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: received[received.startIndex..<newline], as: UTF8.self)
                received = Data(received[(newline + 1)...])
                linesRead += 1
                return line
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return nil }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(left, 1) * 1000) + 1)
            if ready < 0 && errno == EINTR { continue }
            if ready <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(descriptor, &chunk, chunk.count)
            if count <= 0 { return nil }
            received.append(contentsOf: chunk[0..<count])
        }
    }

    /// Reads lines until one equals `expected`; false on end of output or timeout.
    func waitFor(_ expected: String, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while let line = nextLine(timeout: max(0, deadline.timeIntervalSinceNow)) {
            if line == expected { return true }
        }
        return false
    }

    func send(_ line: String) {
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
    }

    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// Waits for the process to end, reading its output meanwhile so a full pipe never stalls it;
    /// kills it after `timeout` seconds (`timedOut` then says so).
    func finish(timeout: Double = 30) -> Outcome {
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        var errorBytes = Data()
        let outputDescriptor = output.fileHandleForReading.fileDescriptor
        var open = [outputDescriptor, errors.fileHandleForReading.fileDescriptor]
        var timedOut = false
        while !open.isEmpty {
            if !timedOut && Date() >= deadline {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
            }
            var pollers = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if poll(&pollers, nfds_t(pollers.count), 50) <= 0 { continue }
            for poller in pollers where poller.revents != 0 {
                var chunk = [UInt8](repeating: 0, count: 65_536)
                let count = read(poller.fd, &chunk, chunk.count)
                if count <= 0 {
                    open.removeAll { $0 == poller.fd }
                } else if poller.fd == outputDescriptor {
                    received.append(contentsOf: chunk[0..<count])
                } else {
                    errorBytes.append(contentsOf: chunk[0..<count])
                }
            }
        }
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            timedOut: timedOut, stdout: String(decoding: received, as: UTF8.self),
            stderr: String(decoding: errorBytes, as: UTF8.self))
    }
}
