import Foundation
import SMEModel

/// A one-line progress report on stderr for loads that take longer than half a second, shown only
/// when stderr is a terminal. A timer redraws it, so a long step still shows that work goes on.
final class ProgressLine: @unchecked Sendable {
    private let language: Language
    private let start = Date()
    private let lock = NSLock()
    private var current: LoadProgress?
    private var shown = false
    /// Set by `finish`: a timer tick already under way must not write once curses owns the screen.
    private var finished = false
    private var timer: DispatchSourceTimer?

    /// Nil when stderr is not a terminal: scripts and pipes get no progress noise.
    static func onTerminal(_ language: Language) -> ProgressLine? {
        isatty(STDERR_FILENO) == 1 ? ProgressLine(language: language) : nil
    }

    private init(language: Language) {
        self.language = language
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + 0.5, repeating: 0.2)
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
        self.timer = timer
    }

    /// The handler to pass to `DataFolder.loadRegistry`.
    var handler: LoadProgressHandler {
        { [weak self] progress in self?.update(progress) }
    }

    private func update(_ progress: LoadProgress) {
        lock.lock()
        current = progress
        lock.unlock()
    }

    private func draw() {
        lock.lock()
        defer { lock.unlock() }
        guard !finished, let current, Date().timeIntervalSince(start) >= 0.5 else { return }
        let name = (current.file as NSString).lastPathComponent
        var line = Localized(id: "Memuat", en: "Loading")(language) + " \(name): " + current.step(language)
        if let fraction = current.fraction { line += " \(Int((fraction * 100).rounded()))%" }
        line += String(format: " (%.1f s)", Date().timeIntervalSince(start))
        // The line's own escape (erase to the end of the line) is written raw, the text escaped.
        TerminalOutput.write(Array(("\r\u{1B}[K" + TerminalEscaping.visible(line, keepsLineBreaks: false)).utf8), to: STDERR_FILENO)
        shown = true
    }

    /// Stops the timer and clears the line.
    func finish() {
        timer?.cancel()
        timer = nil
        lock.lock()
        defer { lock.unlock() }
        if shown { TerminalOutput.write(Array("\r\u{1B}[K".utf8), to: STDERR_FILENO) }
        shown = false
        finished = true
    }
}
