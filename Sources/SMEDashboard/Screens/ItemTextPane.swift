import SMEModel
import TerminalUI

/// The pane under an SOP or assessment item list: the selected item's whole text, wrapped, in
/// the language shown and then the other one, followed by the screen's own lines (source and
/// marks, or the note and action). Long item texts are read here in full.
struct ItemTextPane {
    var item: ChecklistItem
    var language: Language
    var extra: [(String, Style)]

    /// Wrapped lines for a pane `width` columns wide.
    func lines(width: Int) -> [(String, Style)] {
        let width = max(width, 1)
        let shown = "\(item.key)  " + item.text(language)
        let other = (language == .id ? "EN: " + item.textEn : "ID: " + item.text)
        let texts: [(String, Style)] = [(shown, Style.normal), (other, Style(.dim))] + extra
        return texts.flatMap { text, style in DisplayText.wrapped(text, toWidth: width).map { ($0, style) } }
    }

    /// Rows the pane takes (its rule included) out of `available`: what the text needs, at least
    /// three and at most half, so the list keeps its room.
    static func height(lines: Int, available: Int) -> Int {
        guard available >= 8 else { return 0 }
        return min(max(lines + 1, 3), available / 2)
    }

    func render(in area: Rect, glyphs: Glyphs, into grid: inout Grid) {
        guard area.height >= 2 else { return }
        grid.put(String(repeating: glyphs.horizontal, count: area.width), x: area.x, y: area.y, style: Style(.border))
        let all = lines(width: area.width)
        let room = area.height - 1
        for (row, line) in all.prefix(room).enumerated() {
            // A pane too short for everything ends its last line with the ellipsis.
            let text = row == room - 1 && all.count > room ? DisplayText.truncated(line.0 + " " + glyphs.ellipsis, toWidth: area.width, ellipsis: glyphs.ellipsis) : line.0
            grid.put(text, x: area.x, y: area.y + 1 + row, style: line.1, maxWidth: area.width, ellipsis: glyphs.ellipsis)
        }
    }
}
