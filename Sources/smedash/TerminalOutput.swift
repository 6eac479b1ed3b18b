import Foundation
import Glibc
import SMEModel

/// Everything the CLI writes. Human text (tables, `sop show`, messages) goes through
/// `TerminalEscaping.visible`, so a hostile value in a data file cannot send escape sequences to
/// the user's terminal; machine formats (CSV, JSON) are written byte for byte, already escaped by
/// their own rules. A closed pipe (`| head`) ends the program quietly, as other Unix tools do; any
/// other write failure (a full disk) is one line on stderr and exit status 1, never a trap.
enum TerminalOutput {
    /// Writes all of `bytes` to `descriptor`, retrying short writes and EINTR.
    static func write(_ bytes: [UInt8], to descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBufferPointer { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count > 0 {
                offset += count
                continue
            }
            let code = count < 0 ? errno : EIO
            if code == EINTR { continue }
            if code == EPIPE { exit(0) }
            if descriptor != STDERR_FILENO {
                let reason = String(cString: strerror(code))
                let line = Localized(id: "smedash: tidak dapat menulis keluaran: \(reason)", en: "smedash: cannot write output: \(reason)")
                write(Array((line(GlobalOptions.messageLanguage) + "\n").utf8), to: STDERR_FILENO)
            }
            exit(1)
        }
    }
}

/// Human-readable text on stdout, control characters shown escaped.
func emit(_ text: String) {
    TerminalOutput.write(Array(TerminalEscaping.visible(text).utf8), to: STDOUT_FILENO)
}

/// A machine format (CSV, JSON, a report's bytes) on stdout, unchanged.
func emitData(_ text: String) {
    TerminalOutput.write(Array(text.utf8), to: STDOUT_FILENO)
}

func emitData(_ data: Data) {
    TerminalOutput.write([UInt8](data), to: STDOUT_FILENO)
}

/// A message on stderr, control characters shown escaped.
func emitError(_ text: String) {
    TerminalOutput.write(Array(TerminalEscaping.visible(text).utf8), to: STDERR_FILENO)
}
