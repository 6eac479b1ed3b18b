import Testing
import TerminalUI

@Suite struct GridTests {
    init() { TextWidth.useUTF8Locale() }

    @Test func mixedScriptsLineUp() {
        var grid = Grid(width: 12, height: 5)
        let names = ["Müller", "Mu\u{308}ller", "中文", "😀", "Sülü"]
        for (y, name) in names.enumerated() {
            grid.put("|" + DisplayText.padded(name, toWidth: 6) + "|", x: 0, y: y)
        }
        #expect(grid.lines() == ["|Müller|", "|Müller|", "|中文  |", "|😀    |", "|Sülü  |"])
        for y in 0..<5 { #expect(grid[7, y].text == "|", "row \(y): \(grid.lines()[y])") }
        // The wide character's right half is a continuation cell.
        #expect(grid[1, 2] == Cell("中", width: 2))
        #expect(grid[2, 2].isContinuation)
    }

    @Test func putReturnsColumnsAndStopsAtMaxWidth() {
        var grid = Grid(width: 30, height: 1)
        let used = grid.put("Koperasi Simpan Pinjam", x: 0, y: 0, maxWidth: 12)
        #expect(used == 12)
        #expect(grid.lines() == ["Koperasi Sim"])
    }

    @Test func ellipsisEndsCutText() {
        var grid = Grid(width: 30, height: 2)
        let used = grid.put("Koperasi Simpan Pinjam Sejahtera", x: 1, y: 0, maxWidth: 12, ellipsis: "…")
        #expect(used == 12)
        grid.put("Pendek", x: 1, y: 1, maxWidth: 12, ellipsis: "…")
        #expect(grid.lines() == [" Koperasi Si…", " Pendek"])
    }

    @Test func wideCharacterIsNeverSplitAtTheRightEdge() {
        var grid = Grid(width: 5, height: 3)
        #expect(grid.put("ab中文", x: 0, y: 0) == 4)
        #expect(grid.lines() == ["ab中", "", ""])
        #expect(grid[4, 0] == .blank)
        #expect(grid.put("ab中文", x: 0, y: 1, ellipsis: "…") == 5)
        #expect(grid.put("中文", x: 0, y: 2, maxWidth: 3) == 2)
        #expect(grid.lines() == ["ab中", "ab中…", "中"])
    }

    @Test func controlCharactersAreReplaced() {
        var grid = Grid(width: 20, height: 1)
        grid.put("a\tb\u{1B}[31mc\u{7}\u{85}", x: 0, y: 0)
        #expect(grid.lines() == ["a b\u{FFFD}[31mc\u{FFFD}\u{FFFD}"])
    }

    @Test func emojiJoinersAndVariationSelectorsAreDropped() {
        var grid = Grid(width: 20, height: 2)
        #expect(grid.put("❤️|", x: 0, y: 0) == 2)
        #expect(grid.put("👨‍👩‍👧|", x: 0, y: 1) == 7)
        #expect(grid.lines() == ["❤|", "👨👩👧|"])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(width: 6, height: 2)
        grid.put("中文", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)
        #expect(grid.lines() == [" x文", ""])
        grid.put("中文", x: 0, y: 1)
        grid.put("y", x: 2, y: 1)
        #expect(grid.lines()[1] == "中y")
        #expect(grid.lines(trimmingTrailingSpaces: false)[1] == "中y   ")
    }

    @Test func clipsAtEveryEdgeWithoutTrapping() {
        var grid = Grid(width: 3, height: 1)
        // The result is the columns advanced, so `x += put(...)` works when text starts off-grid.
        #expect(grid.put("abc", x: -1, y: 0) == 3)
        #expect(grid.put("中x", x: -1, y: 0) == 3)
        #expect(grid.put("abc", x: 5, y: 0) == 0)
        #expect(grid.put("abc", x: 0, y: 3) == 0)
        #expect(grid.put("abc", x: 0, y: -1) == 0)
        #expect(grid.lines() == [" x"])
        var empty = Grid(width: 0, height: 0)
        #expect(empty.put("abc", x: 0, y: 0) == 0)
        empty.fill(Rect(x: 0, y: 0, width: 5, height: 5))
        #expect(empty.lines() == [])
    }

    @Test func fillAndClear() {
        var grid = Grid(width: 4, height: 2)
        grid.fill(Rect(x: 1, y: 0, width: 9, height: 1), style: Style(.selected), with: "-")
        #expect(grid.lines() == [" ---", ""])
        #expect(grid[3, 0].style == Style(.selected))
        grid.cursor = Point(x: 1, y: 1)
        grid.clear()
        #expect(grid.lines() == ["", ""])
        #expect(grid.cursor == nil)
    }

    @Test func diffFindsChangedRunsPerStyle() {
        let old = Grid(width: 10, height: 2)
        var new = old
        new.put("abc", x: 2, y: 0)
        new.put("de", x: 5, y: 0, style: Style(.warning))
        new.put("中", x: 0, y: 1)
        #expect(new.diff(from: old) == [
            Grid.Run(x: 2, y: 0, width: 3, text: "abc", style: .normal),
            Grid.Run(x: 5, y: 0, width: 2, text: "de", style: Style(.warning)),
            Grid.Run(x: 0, y: 1, width: 2, text: "中", style: .normal),
        ])
        #expect(new.diff(from: new).isEmpty)
        var changed = new
        changed.put("X", x: 3, y: 0)
        #expect(changed.diff(from: new) == [Grid.Run(x: 3, y: 0, width: 1, text: "X", style: .normal)])
    }

    @Test func diffAgainstAnotherSizeRepaintsEverything() {
        var new = Grid(width: 3, height: 2)
        new.put("ab", x: 0, y: 0)
        let runs = new.diff(from: Grid(width: 0, height: 0))
        #expect(runs == [
            Grid.Run(x: 0, y: 0, width: 3, text: "ab ", style: .normal),
            Grid.Run(x: 0, y: 1, width: 3, text: "   ", style: .normal),
        ])
    }

    @Test func diffReplacingWideByNarrowCoversBothColumns() {
        var old = Grid(width: 4, height: 1)
        old.put("中", x: 1, y: 0)
        var new = Grid(width: 4, height: 1)
        new.put("ab", x: 1, y: 0)
        #expect(new.diff(from: old) == [Grid.Run(x: 1, y: 0, width: 2, text: "ab", style: .normal)])
        #expect(old.diff(from: new) == [Grid.Run(x: 1, y: 0, width: 2, text: "中", style: .normal)])
    }
}
