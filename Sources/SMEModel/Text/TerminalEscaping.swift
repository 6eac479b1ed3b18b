/// The one decision about what may reach a terminal. Every value in a data file is untrusted:
/// an ESC sequence in a business name could set the window title (OSC 0), write the user's
/// clipboard (OSC 52) or clear the screen (CSI 2J), and a bidi override could make a line read
/// differently from what it holds. The CLI shows such characters escaped, visibly
/// (`visible(_:)`); the dashboard replaces them cell by cell (TerminalUI's `DisplayText`), both
/// from `kind(of:)`.
public enum TerminalEscaping {
    public enum Kind: Sendable, Equatable {
        case printable
        /// Line feed, carriage return and tab: layout, not content.
        case layout
        /// C0 controls, DEL and C1 controls: the start of escape sequences.
        case control
        /// Bidirectional controls and other invisible formatting that changes how text reads.
        case invisible
    }

    public static func kind(of scalar: Unicode.Scalar) -> Kind {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: .layout
        case 0x00..<0x20, 0x7F..<0xA0: .control
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: .invisible
        default: .printable
        }
    }

    /// `text` with every control and bidi character written as a visible escape (`\e`, `\x07`,
    /// `\u{202E}`). Line feeds stay when `keepsLineBreaks` (multi-line messages), else they
    /// become `\n`; tabs and carriage returns always become escapes.
    public static func visible(_ text: String, keepsLineBreaks: Bool = true) -> String {
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || ($0 == 0x0A && keepsLineBreaks) }) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch (kind(of: scalar), scalar.value) {
            case (.printable, _): result.unicodeScalars.append(scalar)
            case (.layout, 0x0A) where keepsLineBreaks: result.unicodeScalars.append(scalar)
            case (_, 0x1B): result += "\\e"
            case (_, 0x09): result += "\\t"
            case (_, 0x0A): result += "\\n"
            case (_, 0x0D): result += "\\r"
            case (_, let value) where value < 0x100:
                result += "\\x" + (value < 0x10 ? "0" : "") + String(value, radix: 16)
            case (_, let value):
                result += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
            }
        }
        return result
    }

    /// Whether `text` holds anything `visible` would escape (tabs and line feeds aside), for
    /// validators that warn about such text.
    public static func containsControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { kind(of: $0) == .control || kind(of: $0) == .invisible }
    }
}
