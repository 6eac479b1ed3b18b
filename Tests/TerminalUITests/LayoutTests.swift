import Testing
import TerminalUI

@Suite struct LayoutTests {
    @Test func fixedAndFlexibleSplit() {
        #expect(Constraint.split(10, into: [.fixed(3), .flexible(1)]) == [3, 7])
        #expect(Constraint.split(10, into: [.flexible(1), .flexible(1), .flexible(1)]) == [3, 3, 4])
        #expect(Constraint.split(10, into: [.flexible(1), .flexible(3)]) == [2, 8])
        #expect(Constraint.split(12, into: [.min(4), .fixed(2), .flexible(1)], spacing: 1) == [6, 2, 2])
    }

    @Test func shortageShrinksTheLastParts() {
        #expect(Constraint.split(5, into: [.fixed(3), .fixed(4), .min(2)]) == [3, 2, 0])
        #expect(Constraint.split(0, into: [.fixed(3), .flexible(1)]) == [0, 0])
        #expect(Constraint.split(2, into: [.fixed(1), .fixed(1)], spacing: 5) == [0, 0])
        #expect(Constraint.split(7, into: []) == [])
    }

    @Test func rectRowsAndColumns() {
        let screen = Rect(x: 0, y: 0, width: 80, height: 24)
        let rows = screen.rows([.fixed(1), .flexible(1), .fixed(1)])
        #expect(rows == [
            Rect(x: 0, y: 0, width: 80, height: 1),
            Rect(x: 0, y: 1, width: 80, height: 22),
            Rect(x: 0, y: 23, width: 80, height: 1),
        ])
        let columns = rows[1].columns([.fixed(20), .flexible(1)], spacing: 1)
        #expect(columns == [Rect(x: 0, y: 1, width: 20, height: 22), Rect(x: 21, y: 1, width: 59, height: 22)])
    }

    @Test func insetCentreAndIntersect() {
        let area = Rect(x: 2, y: 1, width: 10, height: 5)
        #expect(area.inset(by: 1) == Rect(x: 3, y: 2, width: 8, height: 3))
        #expect(area.inset(by: 9) == Rect(x: 7, y: 3, width: 0, height: 1))
        #expect(area.centered(width: 4, height: 3) == Rect(x: 5, y: 2, width: 4, height: 3))
        #expect(area.centered(width: 40, height: 30) == area)
        #expect(area.intersection(Rect(x: 0, y: 0, width: 4, height: 2)) == Rect(x: 2, y: 1, width: 2, height: 1))
        #expect(area.intersection(Rect(x: 50, y: 50, width: 4, height: 2)).isEmpty)
        #expect(Rect(x: 0, y: 0, width: -3, height: 2).isEmpty)
        #expect(area.contains(Point(x: 11, y: 5)))
        #expect(!area.contains(Point(x: 12, y: 5)))
    }
}
