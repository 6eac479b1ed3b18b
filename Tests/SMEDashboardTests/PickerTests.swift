@testable import SMEDashboard
import SMEModel
import TerminalUI
import Testing

/// Pickers: sized to their entries, saying when nothing matches, moving with Ctrl+N/Ctrl+P
/// while letters (j and k too) narrow, and marking several regions with Tab.
@Suite struct PickerTests {
    private func pickerFrame(_ lines: [String], title: String) -> [String] {
        guard let top = lines.firstIndex(where: { $0.contains("┌ " + title) }) else { return [] }
        let bottom = lines[top...].firstIndex { $0.contains("└") && $0.contains("┘") } ?? top
        return Array(lines[top...bottom])
    }

    @Test func aPickerIsAsWideAsItsLongestEntryNotAFixedWidth() {
        var state = DashboardFixture.state(.en, width: 120, height: 36)
        state.press(.char("z"))
        let frame = pickerFrame(state.screenLines, title: "Filter by scale")
        // "All scales" is the longest entry: the box is a little wider than the title, not 60 columns.
        let width = TextWidth.of(String(frame.first?.drop { $0 != "┌" }.prefix { $0 != "┐" } ?? "")) + 1
        #expect(width < 40, "\(frame)")
        var regions = DashboardFixture.state(.en, width: 120, height: 36)
        regions.press(.char("r"))
        let regionFrame = pickerFrame(regions.screenLines, title: "Filter by region")
        #expect(regionFrame.contains { $0.contains("Bandung Barat Regency") })
    }

    @Test func aFilterWithNoMatchesSaysSoAndBackspaceBringsTheListBack() {
        var state = DashboardFixture.state(.en, width: 80, height: 24)
        state.press(.char("r"))
        state.type("zzq")
        #expect(state.screenLines.contains { $0.contains("Nothing matches \"zzq\"") })
        #expect(state.screenLines.contains { $0.contains("Backspace deletes a letter") })
        state.press(.enter)
        #expect(!state.modals.isEmpty, "Enter on an empty list keeps the picker open")
        state.press(.backspace, .backspace, .backspace)
        #expect(state.screenLines.contains { $0.contains("All regions") })
        var indonesian = DashboardFixture.state(.id, width: 80, height: 24)
        indonesian.press(.char("r"))
        indonesian.type("zzq")
        #expect(indonesian.screenLines.contains { $0.contains("Tidak ada yang cocok dengan \"zzq\"") })
    }

    @Test func lettersNarrowAndCtrlNAndCtrlPMove() {
        var state = DashboardFixture.state(.en, width: 100, height: 30)
        state.press(.char("r"))
        state.type("kota")
        state.press(.ctrl("n"), .ctrl("n"), .ctrl("p"))
        state.press(.enter)
        // Kota entries in registry order: the second is chosen.
        let cities = state.data.registry.regions.filter { $0.displayName(.id).hasPrefix("Kota") }
        #expect(state.businesses.query.region == cities[1].code)
        // j and k are letters in a picker: they narrow the list, they do not move.
        var typing = DashboardFixture.state(.en, width: 100, height: 30)
        typing.press(.char("r"), .char("j"))
        guard case .picker(let picker)? = typing.modals.last else { Issue.record("no picker"); return }
        #expect(picker.filter.value == "j")
        // Help says so.
        typing.press(.escape)
        #expect(HelpView(state: typing).lines().contains { $0.contains("j and k too") })
    }

    @Test func tabMarksSeveralRegionsAndTheListShowsAllOfThem() throws {
        var state = DashboardFixture.state(.en, width: 100, height: 30)
        let regions = state.data.registry.regions
        let bogor = try #require(regions.firstIndex { $0.code == "3201" })
        let kotaBogor = try #require(regions.firstIndex { $0.code == "3271" })
        state.press(.char("r"))
        state.type("bogor")
        state.press(.tab, .tab)
        #expect(state.screenLines.contains { $0.contains("[x] Bogor Regency") })
        #expect(state.screenLines.contains { $0.contains("(2 marked)") })
        state.press(.enter)
        #expect(state.businesses.query.regions == [regions[bogor].code, regions[kotaBogor].code])
        let expected = state.data.registry.businesses.filter { $0.region == "3201" || $0.region == "3271" }.count
        #expect(state.businesses.rows.count == expected)
        #expect(expected > state.data.registry.businesses.filter { $0.region == "3201" }.count)
        #expect(state.screenLines[1].contains("region Bogor Regency + Bogor City"), "\(state.screenLines[1])")
        // Reopened, the picker shows both marked; Tab on one unmarks it.
        state.press(.char("r"))
        #expect(state.screenLines.contains { $0.contains("[x] Bogor City") })
    }
}
