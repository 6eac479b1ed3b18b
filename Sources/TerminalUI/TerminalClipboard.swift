import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// OSC 52: the terminal (or tmux with set-clipboard on) puts the text on the user's clipboard,
/// also over SSH. The text travels base64-encoded, so nothing in it can act as a control.
public enum TerminalClipboard {
    /// Terminals drop longer sequences; xterm's limit is about this.
    public static let limit = 74_994

    /// The escape sequence for `text`, cut to what terminals accept.
    public static func sequence(for text: String) -> String {
        var bytes = Data(text.utf8)
        if bytes.count > limit { bytes = bytes.prefix(limit) }
        return "\u{1B}]52;c;" + bytes.base64EncodedString() + "\u{07}"
    }

    static func write(_ text: String) {
        let bytes = Array(sequence(for: text).utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBufferPointer { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }
}
