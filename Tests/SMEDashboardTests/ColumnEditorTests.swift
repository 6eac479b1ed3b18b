import SMEDashboard
import SMEModel
import TerminalUI
import Testing

/// C opens the column list: Space shows or hides, K/J reorder, the table follows at once and
/// the choice is what the settings remember.
@Suite struct ColumnEditorTests {
    @Test func showHideAndReorderColumns() {
        var state = DashboardFixture.state(.en, width: 120, height: 36)
        state.press(.char("C"))
        #expect(state.screenLines.contains { $0.contains("[x] Business") })
        #expect(state.screenLines.contains { $0.contains("[ ] Founded") })
        // Down to Scale (ID, Business, Scale), hide it.
        state.press(.down, .down, .char(" "))
        #expect(!state.businesses.columns.contains(.scale))
        #expect(!state.screenLines[2].contains("Scale"))
        // The last entry is Founded: show it and move it up to sit after Business.
        state.press(.end, .char(" "))
        for _ in 0..<6 { state.press(.char("K")) }
        #expect(state.businesses.columns.prefix(3) == [.id, .name, .yearFounded], "\(state.businesses.columns)")
        state.press(.escape)
        #expect(state.businesses.columnEditor == nil)
        let header = state.screenLines[2]
        #expect(header.contains("Founded"))
        let founded = header.range(of: "Founded")!.lowerBound, region = header.range(of: "Region")!.lowerBound
        #expect(founded < region)
        let first = state.data.registry.businesses[state.businesses.rows[0]]
        #expect(state.screenLines[3].contains(String(first.yearFounded)))
        #expect(state.settings.columns == state.businesses.columns)
    }

    @Test func theNameAlwaysStaysAndTheKeysSayWhenTheListIsClosed() {
        var state = DashboardFixture.state(.en, width: 120, height: 36)
        state.press(.char(" "))
        #expect(state.status?.text.en == "C opens the column list first")
        state.press(.char("C"), .down, .char(" "))
        #expect(state.businesses.columns.contains(.name))
        #expect(state.status?.text.en == "The business name column always shows")
    }
}
