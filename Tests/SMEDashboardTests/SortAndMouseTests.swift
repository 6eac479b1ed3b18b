import SMEDashboard
import SMEModel
import TerminalUI
import Testing

/// The sorted column is marked in its header, a header click sorts by it, the sort picker
/// speaks the columns' names, and the tabs are clickable.
@Suite struct SortAndMouseTests {
    private func click(_ state: inout AppState, x: Int, y: Int) {
        _ = state.update(.key(.mouse(MouseEvent(.press(button: 1), at: Point(x: x, y: y)))))
    }

    @Test func theSortPickerUsesTheColumnNamesAndTheHeaderShowsTheOrder() {
        var state = DashboardFixture.state(.en, width: 120, height: 36)
        state.press(.char("s"))
        let lines = state.screenLines
        #expect(lines.contains { $0.contains("Staff") })
        #expect(!lines.contains { $0.contains("employees") })
        state.type("staff")
        state.press(.enter)
        #expect(state.businesses.query.sort == .employees)
        let header = state.screenLines[2]
        #expect(header.contains("Staff ↑"), "\(header)")
        #expect(!header.contains("Business ↑"))
        state.press(.char("S"))
        #expect(state.screenLines[2].contains("Staff ↓"))
    }

    @Test func clickingAHeaderSortsAndClickingAgainReverses() throws {
        var state = DashboardFixture.state(.en, width: 120, height: 36)
        let header = state.screenLines[2]
        let regionX = try #require(header.range(of: "Region")).lowerBound.utf16Offset(in: header)
        // The header line holds box-drawing characters of one cell each; count cells, not bytes.
        let x = TextWidth.of(String(header.prefix(upTo: header.range(of: "Region")!.lowerBound)))
        #expect(x <= regionX)
        click(&state, x: x + 1, y: 2)
        #expect(state.businesses.query.sort == .region)
        #expect(!state.businesses.query.descending)
        #expect(state.screenLines[2].contains("Region ↑"))
        click(&state, x: x + 1, y: 2)
        #expect(state.businesses.query.descending)
        let regions = state.businesses.rows.prefix(5).map { state.data.registry.businesses[$0].region }
        #expect(regions == regions.sorted(by: >) || Set(regions).count == 1)
    }

    @Test func clickingATabOpensItsScreen() throws {
        var state = DashboardFixture.state(.en, width: 120, height: 36)
        let top = state.screenLines[0]
        let x = TextWidth.of(String(top.prefix(upTo: try #require(top.range(of: "3 SOP")).lowerBound)))
        click(&state, x: x + 1, y: 0)
        #expect(state.screen == .checklists)
        // At 60 columns the other tabs are only numbers; they are still targets.
        var narrow = DashboardFixture.state(.en, width: 60, height: 18)
        let line = narrow.screenLines[0]
        let four = TextWidth.of(String(line.prefix(upTo: try #require(line.range(of: " 4 ")).lowerBound)))
        click(&narrow, x: four + 1, y: 0)
        #expect(narrow.screen == .assess, "\(line)")
    }
}
