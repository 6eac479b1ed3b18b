import Testing
import TerminalUI

@Suite struct TableTests {
    init() { TextWidth.useUTF8Locale() }

    let columns = [
        Table.Column("Nama", width: .flexible(1)),
        Table.Column("Kota", width: .fixed(8)),
        Table.Column("Karyawan", width: .fixed(8), alignment: .right),
    ]
    let rows = [
        ["Koperasi Sejahtera Bersama", "Bandung", "12"],
        ["Warung Bu Sri", "Bogor", "3"],
        ["中文商店", "Depok", "1.250"],
        ["Toko 😀 Jaya", "Bekasi", "7"],
        ["KUD Makmur", "Garut", "41"],
    ]

    private func render(_ table: Table, width: Int, height: Int) -> [String] {
        var grid = Grid(width: width, height: height)
        table.render(in: grid.bounds, into: &grid)
        return grid.lines()
    }

    @Test func rendersHeaderRowsAndMarker() {
        let table = Table(columns: columns, rows: rows, selection: 1)
        #expect(render(table, width: 40, height: 6) == [
            "  Nama                 Kota     Karyawan",
            "  Koperasi Sejahtera … Bandung        12",
            "> Warung Bu Sri        Bogor           3",
            "  中文商店             Depok       1.250",
            "  Toko 😀 Jaya         Bekasi          7",
            "  KUD Makmur           Garut          41",
        ])
    }

    @Test func selectionIsStyledAndParksTheCursor() {
        var grid = Grid(width: 40, height: 6)
        Table(columns: columns, rows: rows, selection: 1).render(in: grid.bounds, into: &grid)
        #expect(grid[0, 2].style == Style(.selected))
        #expect(grid[39, 2].style == Style(.selected))
        #expect(grid[0, 0].style == Style(.header))
        #expect(grid[5, 1].style == .normal)
        #expect(grid.cursor == Point(x: 0, y: 2))

        var unfocused = Grid(width: 40, height: 6)
        Table(columns: columns, rows: rows, selection: 1, isFocused: false).render(in: unfocused.bounds, into: &unfocused)
        #expect(unfocused[0, 2].style == Style(.selectedInactive))
        #expect(unfocused.lines()[2].hasPrefix("> Warung"))
        #expect(unfocused.cursor == nil)
    }

    @Test func scrollsToKeepTheSelectionVisible() {
        let table = Table(columns: columns, rows: rows, selection: 4, offset: 0)
        let lines = render(table, width: 40, height: 3)
        #expect(lines == [
            "  Nama                 Kota     Karyawan",
            "  Toko 😀 Jaya         Bekasi          7",
            "> KUD Makmur           Garut          41",
        ])
        #expect(table.effectiveOffset(in: Rect(x: 0, y: 0, width: 40, height: 3)) == 3)
    }

    @Test func scrollOffsetMovesAsLittleAsPossible() {
        #expect(Table.scrollOffset(selection: 5, current: 0, visibleRows: 10) == 0)
        #expect(Table.scrollOffset(selection: 12, current: 0, visibleRows: 10) == 3)
        #expect(Table.scrollOffset(selection: 2, current: 5, visibleRows: 10) == 2)
        #expect(Table.scrollOffset(selection: 7, current: 5, visibleRows: 10) == 5)
        #expect(Table.scrollOffset(selection: 14, current: 5, visibleRows: 10) == 5)
        #expect(Table.scrollOffset(selection: 15, current: 5, visibleRows: 10) == 6)
        #expect(Table.scrollOffset(selection: 19, current: 15, visibleRows: 10, rowCount: 20) == 10)
        #expect(Table.scrollOffset(selection: 0, current: 3, visibleRows: 0) == 0)
        // Every selection stays visible for every starting offset.
        for selection in 0..<30 {
            for current in 0..<30 {
                let offset = Table.scrollOffset(selection: selection, current: current, visibleRows: 7, rowCount: 30)
                #expect(offset <= selection && selection < offset + 7 && offset + 7 <= 30)
            }
        }
    }

    @Test func asksOnlyForVisibleRows() {
        final class Counter { var asked: [Int] = [] }
        let counter = Counter()
        let table = Table(columns: [Table.Column("No", width: .fixed(8))], rowCount: 1_000_000,
                          selection: 500_000) { index in
            counter.asked.append(index)
            return ["\(index)"]
        }
        let lines = render(table, width: 12, height: 4)
        #expect(lines == ["  No", "  499998", "  499999", "> 500000"])
        #expect(counter.asked == [499_998, 499_999, 500_000])
    }

    @Test func emptyTableShowsItsMessage() {
        var table = Table(columns: columns, rows: [])
        table.emptyMessage = "Tidak ada data"
        #expect(render(table, width: 30, height: 3) == ["  Nama       Kota     Karyawan", "  Tidak ada data", ""])
    }

    @Test func survivesTinyAreas() {
        let table = Table(columns: columns, rows: rows, selection: 2)
        for width in 0...12 {
            for height in 0...4 {
                var grid = Grid(width: 14, height: 6)
                table.render(in: Rect(x: 1, y: 1, width: width, height: height), into: &grid)
                let outside = grid.lines().enumerated().filter { y, line in
                    (y == 0 || y > height) && !line.isEmpty
                }
                #expect(outside.isEmpty, "\(width)x\(height): \(grid.lines())")
            }
        }
        #expect(render(table, width: 1, height: 1) == [""])
    }

    @Test func asciiGlyphsTruncateWithTilde() {
        let table = Table(columns: columns, rows: rows, selection: 0, glyphs: .ascii)
        #expect(render(table, width: 40, height: 2)[1] == "> Koperasi Sejahtera ~ Bandung        12")
    }
}
