import SMEModel
import TerminalUI
import Testing
@testable import SMEDashboard

/// The cooperative view has its own filters (region, type, active), says so when a business
/// filter is pressed, and shows what is applied; regions are shown unambiguously.
@Suite struct CooperativeFilterTests {
    private var registry: Registry { DashboardFixture.data.registry }

    private func cooperatives() -> AppState {
        var state = DashboardFixture.state()
        state.press([.left, .end, .right])
        return state
    }

    @Test func businessFiltersAreNotAppliedHiddenToCooperatives() {
        var state = cooperatives()
        let before = state.businesses
        state.press([.char("z")])
        #expect(state.modals.isEmpty)
        #expect(state.businesses == before)
        #expect(state.status?.text.en == "This filter is for businesses; cooperatives filter by region (r), type (t) and active (a)")
    }

    @Test func typeAndActiveFiltersNarrowTheListAndShowInTheFilterLine() throws {
        var state = cooperatives()
        state.press([.char("t")])
        guard case .picker(let picker)? = state.modals.last else {
            Issue.record("no type picker")
            return
        }
        #expect(picker.question == .businesses(.cooperativeType))
        let type = CooperativeType.allCases[0]
        state.press([.down, .enter, .char("a"), .down, .enter])
        let expected = registry.cooperatives.indices.filter { registry.cooperatives[$0].type == type && registry.cooperatives[$0].active }
        #expect(Set(state.businesses.rows) == Set(expected))
        #expect(state.businesses.isFiltered)
        let line = state.screenLines[1]
        #expect(line.contains("Filters: type \(type.label.en) · active"), "\(line)")
        #expect(line.contains("\(expected.count) of \(registry.cooperatives.count)"))
        state.press([.char("x")])
        #expect(state.businesses.rows.count == registry.cooperatives.count)
        #expect(state.businesses.cooperativeType == nil && state.businesses.cooperativeActive == nil)
    }

    @Test func cooperativeFiltersOnTheBusinessListAreExplained() {
        var state = DashboardFixture.state()
        state.press([.char("t")])
        #expect(state.modals.isEmpty)
        #expect(state.status?.text.en == "This filter is for cooperatives: choose Cooperatives in the left list")
    }

    @Test func regionsAreShownAsRegencyOrCity() throws {
        var state = DashboardFixture.state(width: 120, height: 30)
        let bogorCity = try #require(registry.businesses.firstIndex { $0.region == "3271" })
        state.businesses.query.search = registry.businesses[bogorCity].id
        state.businesses.recompute(state.data)
        #expect(state.screenLines.contains { $0.contains("Bogor City") })
        #expect(!state.screenLines.contains { $0.contains(" Bogor ") && !$0.contains("Bogor City") && !$0.contains("Bogor Regency") })
    }
}
