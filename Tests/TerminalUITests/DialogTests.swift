import Testing
import TerminalUI

@Suite struct DialogTests {
    init() { TextWidth.useUTF8Locale() }

    let dialog = Dialog(title: "Keluar", message: ["Simpan perubahan sebelum keluar?"],
                        buttons: ["Simpan", "Buang", "Batal"], selectedButton: 0)

    @Test func centresTitleMessageAndButtons() {
        var grid = Grid(width: 40, height: 9)
        dialog.render(in: grid.bounds, into: &grid)
        let dashes = { (n: Int) in String(repeating: "─", count: n) }
        #expect(grid.lines() == [
            "",
            "",
            "  ┌ Keluar " + dashes(26) + "┐",
            "  │ Simpan perubahan sebelum keluar? │",
            "  │                                  │",
            "  │    [Simpan]   Buang    Batal     │",
            "  └" + dashes(34) + "┘",
            "",
            "",
        ])
        #expect(grid[7, 5].style == Style(.selected))
        #expect(grid.cursor == Point(x: 7, y: 5))
    }

    @Test func wrapsTheMessageInANarrowArea() {
        var grid = Grid(width: 16, height: 10)
        Dialog(title: "Hapus", message: ["Hapus butir ini dari daftar?"], buttons: ["Ya", "Tidak"], selectedButton: 1)
            .render(in: grid.bounds, into: &grid)
        #expect(grid.lines() == [
            "",
            "┌ Hapus ───────┐",
            "│ Hapus butir  │",
            "│ ini dari     │",
            "│ daftar?      │",
            "│              │",
            "│  Ya  [Tidak] │",
            "└──────────────┘",
            "",
            "",
        ])
    }

    @Test func buttonsKeepTheirRowWhenHeightRunsOut() {
        var grid = Grid(width: 40, height: 4)
        dialog.render(in: grid.bounds, into: &grid)
        #expect(grid.lines()[2].contains("[Simpan]"))
        #expect(!grid.text.contains("Simpan perubahan"))
    }

    @Test func neverTrapsOrDrawsOutsideItsArea() {
        for width in 0...24 {
            for height in 0...9 {
                var grid = Grid(width: 30, height: 12)
                let area = Rect(x: 3, y: 2, width: width, height: height)
                dialog.render(in: area, into: &grid)
                for y in 0..<grid.height {
                    for x in 0..<grid.width where !area.contains(Point(x: x, y: y)) {
                        #expect(grid[x, y] == .blank, "\(width)x\(height) drew at (\(x), \(y))")
                    }
                }
            }
        }
        var tiny = Grid(width: 1, height: 1)
        dialog.render(in: tiny.bounds, into: &tiny)
        var none = Grid(width: 0, height: 0)
        dialog.render(in: none.bounds, into: &none)
        #expect(none.lines() == [])
    }
}
