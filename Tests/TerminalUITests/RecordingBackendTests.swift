import Testing
import TerminalUI

@Suite struct RecordingBackendTests {
    /// A tiny run loop like the dashboard's: draw, read, update, until q or the script ends.
    private func run(_ backend: some TerminalBackend) -> (selection: Int, reason: String) {
        var selection = 0
        let items = ["Kuliner", "Fesyen", "Kriya"]
        while true {
            var grid = Grid(size: backend.size)
            ListView(items: items, selection: selection).render(in: grid.bounds, into: &grid)
            backend.draw(grid)
            let key: Key?
            do {
                key = try backend.readKey(timeout: .milliseconds(100))
            } catch {
                backend.shutdown()
                return (selection, "\(error)")
            }
            if let signal = backend.takePendingSignal() {
                backend.shutdown()
                return (selection, "\(signal)")
            }
            switch key {
            case .down?: selection = min(selection + 1, items.count - 1)
            case .up?: selection = max(selection - 1, 0)
            case .char("q")?:
                backend.shutdown()
                return (selection, "quit")
            default: break
            }
        }
    }

    @Test func playsKeysAndRecordsFrames() {
        let backend = RecordingBackend(size: Size(width: 12, height: 3), keys: [.down, .down, .up, .char("q")])
        let result = run(backend)
        #expect(result.selection == 1 && result.reason == "quit")
        #expect(backend.frames.count == 4)
        #expect(backend.frames.map { $0.lines()[0] } == ["> Kuliner", "  Kuliner", "  Kuliner", "  Kuliner"])
        #expect(backend.lastFrame?.lines() == ["  Kuliner", "> Fesyen", "  Kriya"])
        #expect(backend.isShutDown)
    }

    @Test func resizeChangesTheSizeOfTheNextFrame() {
        let backend = RecordingBackend(size: Size(width: 12, height: 3),
                                       script: [.resize(Size(width: 8, height: 2)), .timeout, .key(.char("q"))])
        _ = run(backend)
        #expect(backend.frames.map(\.size) == [Size(width: 12, height: 3), Size(width: 8, height: 2),
                                               Size(width: 8, height: 2)])
    }

    @Test func signalsAndEndOfInputStopTheLoop() {
        let signalled = RecordingBackend(size: Size(width: 12, height: 3), script: [.key(.down), .signal(.terminate)])
        #expect(run(signalled) == (1, "SIGTERM"))
        let ended = RecordingBackend(size: Size(width: 12, height: 3), keys: [.down])
        let result = run(ended)
        #expect(result.reason == TerminalError.inputClosed.description)
        #expect(ended.isShutDown)
    }

    @Test func errorsSpeakBothLanguages() {
        let error = TerminalError.unknownTerminalType(term: "xyz")
        #expect(error.description.contains("unknown terminal type: TERM=xyz"))
        #expect(error.indonesian.contains("TERM=xyz"))
        #expect(TerminalError.unsupportedTerminal(term: "").description.contains("TERM=(unset)"))
    }
}
