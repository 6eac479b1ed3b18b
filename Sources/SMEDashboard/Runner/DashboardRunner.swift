import Foundation
import SMEModel
import TerminalUI

/// The loop: key → action → update → effects performed here → result actions → render → draw.
/// The only place that talks to the terminal backend.
public final class DashboardRunner {
    public private(set) var state: AppState
    private let backend: TerminalBackend
    private let performer: EffectPerformer
    private var isDone = false
    /// Update and render time of the last keystroke, in milliseconds (for benchmarks and the log).
    public private(set) var lastFrameMilliseconds: Double = 0
    /// Copies of unsaved work written at a signal because the normal save was refused; the caller
    /// names them on stderr once the terminal is restored.
    public private(set) var recoveredFiles: [String] = []
    /// What the performer reported back during the last `dispatch`, in order.
    public private(set) var lastResults: [Action] = []
    /// Called with every frame drawn (SMEDASH_FRAME_LOG: end-to-end tests compare it with the terminal).
    public var frameObserver: ((Grid) -> Void)?
    /// Where settings are remembered; written after a key changes one.
    public var settingsFile: SettingsFile?
    /// Results of work started before the loop (the survey read after the first frame).
    public let inbox = BackgroundInbox()
    /// Runs once the first frame is on the screen: work that would slow it down starts here.
    public var afterFirstFrame: (() -> Void)?

    public init(state: AppState, backend: TerminalBackend, performer: EffectPerformer = EffectPerformer()) {
        self.state = state
        self.backend = backend
        self.performer = performer
    }

    /// Runs until the user quits or input ends. Returns the process exit status.
    public func run() -> Int32 {
        state.size = backend.size
        backend.draw(state.render())
        afterFirstFrame?()
        afterFirstFrame = nil
        while !isDone {
            if let signal = backend.takePendingSignal() {
                dispatch(.signal(signal), duringSignal: true)
                break
            }
            let arrived = inbox.take()
            if !arrived.isEmpty {
                for action in arrived { dispatch(action) }
                draw(state.render())
            }
            let key: Key?
            do {
                // While something is on its way, look again soon so it shows as it arrives.
                key = try backend.readKey(timeout: inbox.isExpecting ? .milliseconds(100) : .seconds(1))
            } catch {
                // The terminal went away (SSH dropped without a signal): save like a SIGHUP.
                dispatch(.signal(.hangUp), duringSignal: true)
                break
            }
            guard let key else {
                // A quiet second: tell the official what others changed in the shared store.
                if let notices = performer.sync?.takeChanges(), !notices.isEmpty {
                    dispatch(.storeChanged(notices))
                    backend.draw(state.render())
                }
                continue
            }
            let start = DispatchTime.now().uptimeNanoseconds
            if key == .resize { dispatch(.resized(backend.size)) }
            dispatch(.key(key))
            saveSettings()
            if isDone { break }
            let frame = state.render()
            lastFrameMilliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            draw(frame)
        }
        backend.shutdown()
        return 0
    }

    private func draw(_ frame: Grid) {
        backend.draw(frame)
        frameObserver?(frame)
    }

    private func saveSettings() {
        guard var file = settingsFile, file.isWritable, file.saved != state.settings else { return }
        do {
            try file.save(state.settings)
            settingsFile = file
        } catch {
            // Said once; the dashboard goes on with the settings in memory.
            state.status = .error(Localized(id: "Pengaturan tidak dapat disimpan ke \(file.path)", en: "Settings could not be saved to \(file.path)"))
            settingsFile = nil
        }
    }

    /// Applies an action and every follow-up action its effects produce.
    public func dispatch(_ action: Action, duringSignal: Bool = false) {
        lastResults = []
        var queue = [action]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in state.update(next) {
                switch effect {
                case .quit:
                    isDone = true
                case .redraw:
                    backend.invalidate()
                case .copy(let text):
                    backend.copyToClipboard(text)
                case .suspend:
                    backend.suspend()
                    state.size = backend.size
                case .reloadData:
                    let performer = performer, folder = state.data.folder, inbox = inbox
                    inbox.expect()
                    DispatchQueue.global(qos: .userInitiated).async { inbox.post(performer.reloadData(folder)) }
                default:
                    let result = performer.perform(effect, data: state.data)
                    if duringSignal, result?.isSaveFailure == true {
                        if let copy = performer.writeRecoveryCopy(of: effect) { recoveredFiles.append(copy) }
                    }
                    if let result {
                        lastResults.append(result)
                        queue.append(result)
                    }
                }
            }
        }
    }
}

extension Action {
    /// A save the performer could not make, on whichever screen.
    var isSaveFailure: Bool {
        switch self {
        case .checklists(.saveFailed), .assess(.saveFailed): true
        default: false
        }
    }
}
