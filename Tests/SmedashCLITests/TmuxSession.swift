import Foundation
import Glibc

/// A private tmux server running the real binary in a fixed-size pane, for end-to-end tests.
/// Each session has its own socket (`-L`), so a developer's own tmux is never touched.
final class TmuxSession {
    let socket: String
    let folder: String

    /// Starts `command` (run by `sh -c`) in a new pane of `width`×`height`.
    init(width: Int = 100, height: Int = 30, command: String, environment: [String: String] = [:]) throws {
        socket = "smedash-e2e-\(UUID().uuidString.prefix(8))"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(socket).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let config = folder + "/tmux.conf"
        try """
        set -g remain-on-exit on
        set -g default-terminal tmux-256color
        set -g escape-time 0
        set -g status off
        """.write(toFile: config, atomically: true, encoding: .utf8)
        // Settings go to the session's own folder, never the developer's ~/.config.
        var env = ["LANG": "C.UTF-8", "SWIFT_BACKTRACE": "interactive=no,preset=friendly", "NO_COLOR": "",
                   "XDG_CONFIG_HOME": folder + "/config", "XDG_CACHE_HOME": folder + "/cache"]
        for (key, value) in environment { env[key] = value }
        var arguments = ["-f", config, "new-session", "-d", "-s", "main", "-x", String(width), "-y", String(height)]
        for (key, value) in env.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        // The wrapper prints the exit status and keeps the pane, so the test can read both.
        arguments += ["sh", "-c", "\(command); echo \"[exit $?]\"; stty -a | tr '\\n' ' ' | head -c 2000; echo; exec sleep 600"]
        _ = try tmux(arguments, wait: true)
    }

    deinit {
        _ = try? tmux(["kill-server"], wait: true)
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The visible text of the pane.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "main"], wait: true)
    }

    func send(_ keys: String...) throws {
        try send(keys)
    }

    func send(_ keys: [String]) throws {
        _ = try tmux(["send-keys", "-t", "main"] + keys, wait: true)
    }

    func type(_ text: String) throws {
        _ = try tmux(["send-keys", "-t", "main", "-l", text], wait: true)
    }

    func resize(width: Int, height: Int) throws {
        _ = try tmux(["resize-window", "-t", "main", "-x", String(width), "-y", String(height)], wait: true)
    }

    /// The pid of the process running in the pane (the `sh` wrapper's child is the app).
    func panePID() throws -> Int32 {
        Int32(try tmux(["display-message", "-p", "-t", "main", "#{pane_pid}"], wait: true).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    func isAlternateScreenOn() throws -> Bool {
        try tmux(["display-message", "-p", "-t", "main", "#{alternate_on}"], wait: true).hasPrefix("1")
    }

    /// Polls the screen until `text` shows up; fails with the last screen after `timeout`.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) {
                // A frame larger than one write can be captured while tmux has read only part of
                // it (seen under load: the top of a new dialog over the bottom of the old one).
                // The screen counts once it stays the same.
                usleep(30_000)
                let again = try screen()
                if again == last { return last }
                continue
            }
            usleep(20_000)
        }
        throw TmuxError.timeout(waitingFor: text, screen: last)
    }

    /// Held while a pipe is made close-on-exec and while tmux is spawned: no child of another
    /// test can start between the two.
    private static let spawnLock = NSLock()

    /// Runs tmux with an empty signal mask (a process started from a test thread inherits a
    /// blocked one, and tmux would then never reap the app), reading its output through a pipe.
    private func tmux(_ arguments: [String], wait: Bool) throws -> String {
        var pipe: [Int32] = [0, 0]
        // Tests run in parallel, and a tmux server another test starts must not inherit this
        // pipe's write end, or the read below waits for that server to end (two tests once
        // waited on each other for good). So the pipe is close-on-exec (the child's own stdout
        // is a dup, which is not), made under a lock that spawning holds too.
        Self.spawnLock.lock()
        guard Glibc.pipe(&pipe) == 0 else {
            Self.spawnLock.unlock()
            throw TmuxError.spawn("pipe")
        }
        _ = fcntl(pipe[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(pipe[1], F_SETFD, FD_CLOEXEC)
        Self.spawnLock.unlock()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Only short commands keep their stdout; the server-starting one must not hold the pipe.
        let isServerStart = arguments.contains("new-session")
        if isServerStart {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        // Close the write end in the child too, or a daemonised tmux server would keep the pipe
        // open and the read below would never see end of file.
        posix_spawn_file_actions_addclose(&actions, pipe[1])
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGCHLD, SIGWINCH] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TMUX")
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in envp + argv { free(pointer) } }
        var pid: pid_t = 0
        Self.spawnLock.lock()
        let result = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, envp)
        Self.spawnLock.unlock()
        close(pipe[1])
        defer { close(pipe[0]) }
        guard result == 0 else { throw TmuxError.spawn("posix_spawnp: \(result)") }
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(pipe[0], &buffer, buffer.count)
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return String(decoding: output, as: UTF8.self)
    }
}

enum TmuxError: Error, CustomStringConvertible {
    case spawn(String)
    case timeout(waitingFor: String, screen: String)

    var description: String {
        switch self {
        case .spawn(let what): "cannot start tmux: \(what)"
        case .timeout(let text, let screen): "timed out waiting for \"\(text)\"; the screen was:\n\(screen)"
        }
    }
}

extension TmuxSession {
    /// From the start to the SOP screen with the first template's items focused.
    func openSOPTemplates() throws {
        try waitFor("Businesses")
        try send("3")
        try waitFor("SOP templates")
        try send("l")
    }

    /// Adds an item to the published food template (starting revision 4) with both texts.
    func addFoodItem(_ indonesian: String, _ english: String) throws {
        try openSOPTemplates()
        try editStartingRevision("a")
        try waitFor("Indonesian")
        try type(indonesian)
        try send("Enter")
        try waitFor("English")
        try type(english)
        try send("Enter")
        try waitFor("[modified]")
    }

    /// An edit (`a` add, `J` move down, ...) on the published food template, which first asks to
    /// start revision 4; the question is answered yes.
    func editStartingRevision(_ key: String) throws {
        try send(key)
        try waitFor("Start revision 4")
        try send("Enter")
    }
}

