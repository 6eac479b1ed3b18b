/// Where frames go and keys come from: ncurses on a real terminal, a recording in tests.
public protocol TerminalBackend: AnyObject {
    /// The current screen size; changes after a `.resize` key.
    var size: Size { get }

    /// Shows a frame, sending only what changed since the last one, and parks the hardware
    /// cursor at `grid.cursor`.
    func draw(_ grid: Grid)

    /// The next key, waiting at most `timeout` (nil waits until a key or signal arrives).
    /// Returns nil on timeout or when a signal is pending; throws when input is gone.
    func readKey(timeout: Duration?) throws(TerminalError) -> Key?

    /// A SIGINT, SIGTERM or SIGHUP that arrived since the last call; the app should save and quit.
    func takePendingSignal() -> TerminalSignal?

    /// Repaints everything on the next draw (Ctrl+L, or after something else wrote to the screen).
    func invalidate()

    /// Gives the terminal back to the shell until the user resumes the job (Ctrl+Z).
    func suspend()

    /// Puts text on the clipboard of the terminal the user sits at (OSC 52: it works over SSH).
    func copyToClipboard(_ text: String)

    /// Restores the terminal; later calls do nothing.
    func shutdown()
}
