import CWidth
import Foundation

/// Turns arbitrary text into what a terminal can show safely: NFC, no control characters,
/// no emoji joiners, split into cells by the per-scalar width model that ncurses uses.
public enum DisplayText {
    /// One cell's worth of text: a lead scalar (width 1 or 2) and the width-0 scalars after it.
    public struct Cluster: Hashable, Sendable {
        public var text: String
        public var width: Int
    }

    /// Control characters become U+FFFD (tab and line breaks become a space); VS16, ZWJ and
    /// bidirectional controls are dropped, since terminals disagree about their width or
    /// direction; scalars the C library cannot measure become U+FFFD.
    public static func sanitize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        // NFD input (decomposed Korean, macOS file names) renders wrongly unless composed first.
        let composed = mayCompose(text) ? text.precomposedStringWithCanonicalMapping : text
        var result = String.UnicodeScalarView()
        for scalar in composed.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D:
                result.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0:
                result.append(replacement)
            case 0xFE0F, 0x200D, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                if scalar.value < 0x80 || cw_wcwidth(scalar.value) >= 0 {
                    result.append(scalar)
                } else {
                    result.append(replacement)
                }
            }
        }
        return String(result)
    }

    /// Whether NFC could change the text: only combining marks, Hangul vowel and final jamo, and
    /// the few vowel signs of combining class 0 (NFC_QC=Maybe) compose with what precedes them.
    /// Skipping Foundation otherwise roughly halves the cost of sanitizing a row.
    private static func mayCompose(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case ..<0x300: return false
            case 0x1161...0x1175, 0x11A8...0x11C2: return true
            case 0x09BE, 0x09D7, 0x0B3E, 0x0B56, 0x0B57, 0x0BBE, 0x0BD7, 0x0CC2, 0x0CD5, 0x0CD6,
                 0x0D3E, 0x0D57, 0x0DCF, 0x0DDF, 0x102E, 0x1B35, 0x11127, 0x1133E, 0x11357, 0x114B0,
                 0x114BA, 0x114BD, 0x115AF, 0x11930:
                return true
            default: return scalar.properties.canonicalCombiningClass != .notReordered
            }
        }
    }

    /// U+FFFD, or `?` when the locale cannot show it (wcwidth answers -1 outside UTF-8).
    static var replacement: Unicode.Scalar {
        cw_wcwidth(0xFFFD) == 1 ? "\u{FFFD}" : "?"
    }

    /// The sanitized text split into cells. A width-0 scalar with nothing before it is dropped.
    public static func clusters(_ text: String) -> [Cluster] {
        var clusters: [Cluster] = []
        clusters.reserveCapacity(text.utf8.count)
        for scalar in sanitize(text).unicodeScalars {
            let width = TextWidth.of(scalar)
            if width == 0 {
                if !clusters.isEmpty { clusters[clusters.count - 1].text.unicodeScalars.append(scalar) }
            } else {
                clusters.append(Cluster(text: String(scalar), width: width))
            }
        }
        return clusters
    }

    /// Display width after sanitizing: what `Grid.put` will use.
    public static func width(_ text: String) -> Int {
        clusters(text).reduce(0) { $0 + $1.width }
    }

    /// The longest prefix that fits `width` columns; when text is cut, `ellipsis` ends it.
    public static func truncated(_ text: String, toWidth width: Int, ellipsis: String? = nil) -> String {
        let parts = clusters(text)
        let total = parts.reduce(0) { $0 + $1.width }
        if total <= width { return parts.map(\.text).joined() }
        let mark = ellipsis.map { clusters($0) } ?? []
        let markWidth = mark.reduce(0) { $0 + $1.width }
        let room = markWidth <= width ? width - markWidth : width
        var used = 0
        var result = ""
        for part in parts {
            if used + part.width > room { break }
            result += part.text
            used += part.width
        }
        if markWidth <= width { result += mark.map(\.text).joined() }
        return result
    }

    /// Pads with spaces (or truncates with the ellipsis) to exactly `width` columns.
    public static func padded(_ text: String, toWidth width: Int, alignRight: Bool = false, ellipsis: String? = nil) -> String {
        let cut = truncated(text, toWidth: width, ellipsis: ellipsis)
        let gap = String(repeating: " ", count: max(width - self.width(cut), 0))
        return alignRight ? gap + cut : cut + gap
    }

    /// Word-wraps into lines of at most `width` columns; line breaks in the text are kept and
    /// words longer than a line are split between cells.
    public static func wrapped(_ text: String, toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var pieces = clusters(String(word))
                var wordWidth = pieces.reduce(0) { $0 + $1.width }
                if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                    line += " "
                    lineWidth += 1
                } else if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > width - lineWidth, !pieces.isEmpty {
                    // Hard-split a word that cannot fit on a line of its own.
                    var taken = 0, count = 0
                    while count < pieces.count, taken + pieces[count].width <= width - lineWidth {
                        taken += pieces[count].width
                        count += 1
                    }
                    if count == 0 && lineWidth == 0 { count = 1; taken = pieces[0].width }
                    line += pieces[..<count].map(\.text).joined()
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                    pieces.removeFirst(count)
                    wordWidth -= taken
                }
                line += pieces.map(\.text).joined()
                lineWidth += wordWidth
            }
            lines.append(line)
        }
        return lines
    }
}
