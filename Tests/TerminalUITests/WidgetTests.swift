import Testing
import TerminalUI

@Suite struct WidgetTests {
    init() { TextWidth.useUTF8Locale() }

    private func render(_ widget: some Widget, width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        widget.render(in: grid.bounds, into: &grid)
        return grid
    }

    @Test func blockDrawsBordersAndTitle() {
        let lines = render(Block(title: "Usaha"), width: 12, height: 3).lines()
        #expect(lines == ["┌ Usaha ───┐", "│          │", "└──────────┘"])
        let ascii = render(Block(title: "Koperasi Simpan", glyphs: .ascii), width: 10, height: 2).lines()
        #expect(ascii == ["+ Kope~ -+", "+--------+"])
        #expect(Block().inner(Rect(x: 0, y: 0, width: 12, height: 3)) == Rect(x: 1, y: 1, width: 10, height: 1))
        #expect(render(Block(title: "X"), width: 1, height: 1).lines() == ["│"])
    }

    @Test func tabsBracketTheSelection() {
        let tabs = Tabs(titles: ["Ringkasan", "Usaha", "Koperasi"], selection: 1)
        #expect(render(tabs, width: 40, height: 1).lines() == [" Ringkasan  │ [Usaha] │  Koperasi"])
        // Too narrow: tabs before the selection are dropped so it stays visible.
        let narrow = Tabs(titles: ["Ringkasan", "Usaha", "Koperasi"], selection: 2)
        #expect(render(narrow, width: 20, height: 1).lines() == [" Usaha  │ [Koperasi]"])
        #expect(render(narrow, width: 12, height: 1).lines() == ["[Koperasi]"])
        #expect(render(narrow, width: 6, height: 1).lines() == ["[Kope…"])
        let grid = render(tabs, width: 40, height: 1)
        #expect(grid[14, 0].style == Style(.selected))
    }

    @Test func listViewMarksAndScrolls() {
        let list = ListView(items: ["Kuliner", "Fesyen", "Kriya", "Pertanian", "Jasa"], selection: 3)
        let grid = render(list, width: 10, height: 3)
        #expect(grid.lines() == ["  Fesyen", "  Kriya", "> Pertani…"])
        #expect(grid.cursor == Point(x: 0, y: 2))
        #expect(list.effectiveOffset(height: 3) == 1)
        #expect(render(ListView(items: []), width: 5, height: 2).lines() == ["", ""])
    }

    @Test func statusLineKeepsTheRightSide() {
        let status = StatusLine(left: "Tersimpan ke data/sop/salon.json", right: "[diubah] 12/40")
        #expect(render(status, width: 40, height: 1).lines() == ["Tersimpan ke data/sop/sa… [diubah] 12/40"])
        #expect(render(status, width: 14, height: 1).lines() == ["[diubah] 12/40"])
        #expect(render(status, width: 5, height: 1).lines() == ["[diu…"])
        let error = StatusLine(left: "Gagal menyimpan", style: Style(.error))
        #expect(render(error, width: 20, height: 1)[19, 0].style == Style(.error))
    }

    @Test func keyHintBarDropsWholeItems() {
        let bar = KeyHintBar(items: [
            KeyHintBar.Item(key: "q", label: "Keluar"),
            KeyHintBar.Item(key: "?", label: "Bantuan"),
            KeyHintBar.Item(key: "/", label: "Cari"),
            KeyHintBar.Item(key: "Enter", label: "Buka"),
        ])
        #expect(render(bar, width: 60, height: 1).lines() == ["q Keluar  ? Bantuan  / Cari  Enter Buka"])
        #expect(render(bar, width: 39, height: 1).lines() == ["q Keluar  ? Bantuan  / Cari  Enter Buka"])
        #expect(render(bar, width: 38, height: 1).lines() == ["q Keluar  ? Bantuan  / Cari …"])
        #expect(render(bar, width: 10, height: 1).lines() == ["q Keluar …"])
        #expect(render(bar, width: 3, height: 1).lines() == ["…"])
        let grid = render(bar, width: 60, height: 1)
        #expect(grid[0, 0].style == Style(.hintKey))
        #expect(grid[2, 0].style == Style(.hint))
    }

    @Test func pinnedHintsStayWhenTheScreensOwnGiveWay() {
        let bar = KeyHintBar(items: [KeyHintBar.Item(key: "/", label: "Cari"), KeyHintBar.Item(key: "r", label: "wilayah")],
                             pinned: [KeyHintBar.Item(key: "?", label: "bantuan"), KeyHintBar.Item(key: "q", label: "keluar")])
        #expect(render(bar, width: 60, height: 1).lines() == ["/ Cari  r wilayah  ? bantuan  q keluar"])
        #expect(render(bar, width: 37, height: 1).lines() == ["/ Cari  …  ? bantuan  q keluar"])
        #expect(render(bar, width: 23, height: 1).lines() == ["…  ? bantuan  q keluar"])
        // Narrower than the pinned hints themselves: whole items from the start, as without pins.
        #expect(render(bar, width: 12, height: 1).lines() == ["/ Cari …"])
    }

    @Test func paragraphWrapsAndScrolls() {
        let text = Paragraph("Tekan Enter untuk membuka rincian usaha yang dipilih.", scroll: 1)
        #expect(render(text, width: 16, height: 2).lines() == ["untuk membuka", "rincian usaha"])
        #expect(text.lineCount(width: 16) == 4)
    }
}
