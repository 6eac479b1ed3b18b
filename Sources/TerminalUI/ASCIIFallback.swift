/// What a terminal that shows only ASCII gets instead of the symbols the screens write (`·`,
/// `–`, `↑`, box corners …), one cell for one cell so no layout moves. Applied by the backend as
/// the last step, so no screen can forget it. Letters outside ASCII are replaced only when the
/// locale cannot show them at all (LANG=C), not for `--ascii` in a UTF-8 terminal.
public enum ASCIIFallback {
    static let symbols: [Unicode.Scalar: String] = [
        "·": ".", "•": "*", "●": "*", "○": "o", "◆": "*", "–": "-", "—": "-", "−": "-", "…": "~",
        "↑": "^", "↓": "v", "→": ">", "←": "<", "▲": "^", "▼": "v", "▸": ">", "▶": ">", "◂": "<",
        "✓": "v", "✔": "v", "✗": "x", "✘": "x", "×": "x", "≥": ">", "≤": "<", "±": "+", "≈": "~",
        "“": "\"", "”": "\"", "‘": "'", "’": "'", "«": "<", "»": ">", "°": "o", "\u{00A0}": " ",
        "─": "-", "━": "-", "│": "|", "┃": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+",
        "┤": "|", "┬": "+", "┴": "+", "┼": "+", "╭": "+", "╮": "+", "╰": "+", "╯": "+",
        "▏": "#", "▎": "#", "▍": "#", "▌": "#", "▋": "#", "▊": "#", "▉": "#", "█": "#", "░": ".", "▒": ":",
    ]

    /// `text` with the symbols above made ASCII; with `letters`, every other non-ASCII character
    /// too, as `?` per cell it takes.
    public static func text(_ text: String, letters: Bool) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                result.unicodeScalars.append(scalar)
            } else if let replacement = symbols[scalar] {
                result += replacement
            } else if letters {
                // A combining mark takes no cell; anything else at least one.
                let isMark = [.nonspacingMark, .enclosingMark, .spacingMark].contains(scalar.properties.generalCategory)
                result += isMark ? "" : String(repeating: "?", count: max(1, TextWidth.of(scalar)))
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
