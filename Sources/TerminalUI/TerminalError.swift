/// Why the full-screen UI cannot start or go on. Each message names the check that failed and
/// what to do instead; `indonesian` carries the same message for the Indonesian interface.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, CI).
    case notATerminal(stream: String)
    /// TERM is unset, empty or "dumb": no cursor addressing.
    case unsupportedTerminal(term: String)
    /// ncurses has no terminfo entry for TERM.
    case unknownTerminalType(term: String)
    /// A second backend was started while one is active (ncurses has one screen per process).
    case alreadyActive
    /// The terminal went away while reading keys (closed window, lost SSH connection).
    case inputClosed

    public var description: String {
        switch self {
        case .notATerminal(let stream):
            return "terminal check: \(stream) is not a terminal, so the full-screen interface cannot start; "
                + "use the command-line subcommands instead (see --help)"
        case .unsupportedTerminal(let term):
            return "terminal check: TERM=\(term.isEmpty ? "(unset)" : term) cannot run a full-screen interface; "
                + "set TERM (for example xterm-256color) or use the command-line subcommands"
        case .unknownTerminalType(let term):
            return "terminal setup: unknown terminal type: TERM=\(term) (no terminfo entry); "
                + "try TERM=xterm-256color or install ncurses-term"
        case .alreadyActive:
            return "terminal setup: the full-screen interface is already running in this process"
        case .inputClosed:
            return "reading keys: the terminal closed (window closed or connection lost)"
        }
    }

    public var indonesian: String {
        switch self {
        case .notATerminal(let stream):
            return "pemeriksaan terminal: \(stream) bukan terminal, jadi antarmuka layar penuh tidak bisa dimulai; "
                + "gunakan subperintah baris perintah (lihat --help)"
        case .unsupportedTerminal(let term):
            return "pemeriksaan terminal: TERM=\(term.isEmpty ? "(kosong)" : term) tidak mendukung antarmuka layar penuh; "
                + "atur TERM (misalnya xterm-256color) atau gunakan subperintah baris perintah"
        case .unknownTerminalType(let term):
            return "penyiapan terminal: jenis terminal tidak dikenal: TERM=\(term) (tidak ada entri terminfo); "
                + "coba TERM=xterm-256color atau pasang ncurses-term"
        case .alreadyActive:
            return "penyiapan terminal: antarmuka layar penuh sudah berjalan dalam proses ini"
        case .inputClosed:
            return "membaca tombol: terminal tertutup (jendela ditutup atau koneksi terputus)"
        }
    }
}
