import Testing
import TerminalUI

@Suite struct BarChartTests {
    init() { TextWidth.useUTF8Locale() }

    private func render(_ chart: BarChart, width: Int, height: Int) -> [String] {
        var grid = Grid(width: width, height: height)
        chart.render(in: grid.bounds, into: &grid)
        return grid.lines()
    }

    let bars = [
        BarChart.Bar("Online", value: 60, valueText: "60%"),
        BarChart.Bar("Offline", value: 25, valueText: "25%"),
        BarChart.Bar("Campuran", value: 15.625, valueText: "15,6%"),
    ]

    @Test func drawsEighthBlocksAgainstTheMaximum() {
        // Label column 8, bar 16 columns wide (8 + 1 + 16 + 1 + 5 = 31); 100% is 16 cells.
        let chart = BarChart(bars: bars, maxValue: 100)
        #expect(render(chart, width: 31, height: 3) == [
            "Online   █████████▋         60%",
            "Offline  ████               25%",
            "Campuran ██▌              15,6%",
        ])
    }

    @Test func asciiFallbackUsesWholeHashes() {
        let chart = BarChart(bars: bars, maxValue: 100, glyphs: .ascii)
        #expect(render(chart, width: 31, height: 3) == [
            "Online   ##########         60%",
            "Offline  ####               25%",
            "Campuran ###              15,6%",
        ])
    }

    @Test func defaultsToTheLargestValue() {
        let chart = BarChart(bars: [BarChart.Bar("A", value: 4, valueText: "4"), BarChart.Bar("B", value: 2, valueText: "2")])
        // Bar area: 10 - 1 - 1 - 1 - 1 = 6 cells.
        #expect(render(chart, width: 10, height: 2) == ["A ██████ 4", "B ███    2"])
    }

    @Test func intervalWhiskerStartsPastTheBar() {
        let chart = BarChart(bars: [BarChart.Bar("A", value: 50, valueText: "50", interval: 40...75)], maxValue: 100)
        // Bar area 20 - (1 + 1) - (2 + 1) = 15 cells: the bar fills 7.5, the whisker runs from
        // cell 8 up to the upper bound at cell 11 (75% of 15, rounded down).
        let lines = render(chart, width: 20, height: 1)
        #expect(lines == ["A ███████▌───┤    50"])
        var grid = Grid(width: 20, height: 1)
        chart.render(in: grid.bounds, into: &grid)
        #expect(grid[11, 0].style == Style(.barInterval))
        #expect(grid[2, 0].style == Style(.barFill))
    }

    @Test func narrowAreasDropTheValueThenTheBar() {
        let chart = BarChart(bars: bars, maxValue: 100)
        // Label column limited to a third of the width; the value goes before the bar does.
        #expect(render(chart, width: 6, height: 1) == ["O… █▊"])
        for width in 0...8 {
            for height in 0...3 {
                var grid = Grid(width: 10, height: 4)
                chart.render(in: Rect(x: 0, y: 0, width: width, height: height), into: &grid)
                for (y, line) in grid.lines().enumerated() {
                    #expect(DisplayText.width(line) <= width && (line.isEmpty || y < height), "\(width)x\(height)")
                }
            }
        }
    }

    @Test func glyphBarRounding() {
        #expect(Glyphs.unicode.bar(cells: 0) == "")
        #expect(Glyphs.unicode.bar(cells: 0.06) == "")
        #expect(Glyphs.unicode.bar(cells: 0.125) == "▏")
        #expect(Glyphs.unicode.bar(cells: 2.5) == "██▌")
        #expect(Glyphs.ascii.bar(cells: 2.5) == "###")
        #expect(Glyphs.ascii.bar(cells: 2.4) == "##")
    }
}
