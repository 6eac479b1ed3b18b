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

/// The supervision worklist: cooperatives that held no RAT (annual members' meeting) this year or
/// last, longest first, with the reason in their details.
@Suite struct CooperativeWorklistTests {
    @Test func theRuleIsTwoYearsWithoutAMeeting() {
        func cooperative(_ last: Int?) -> Cooperative {
            Cooperative(id: "K1", name: "Koperasi", nik: nil, legalEntityNumber: "1", type: .consumer, sector: "food",
                        region: "3201", membersMale: 1, membersFemale: 1, active: true, lastRATYear: last, assets: 0)
        }
        #expect(!cooperative(2021).needsRATFollowUp(in: 2021))
        #expect(!cooperative(2020).needsRATFollowUp(in: 2021))
        #expect(cooperative(2019).needsRATFollowUp(in: 2021))
        #expect(cooperative(nil).needsRATFollowUp(in: 2021))
    }

    @Test func wListsThemLongestFirstAndTheDetailSaysWhy() throws {
        var state = DashboardFixture.state(.en, width: 100, height: 30)
        state.press([.left, .end, .right, .char("w")])
        let registry = state.data.registry
        // The fixture's today is 2021-11-01.
        let expected = registry.cooperatives.indices.filter { registry.cooperatives[$0].needsRATFollowUp(in: 2021) }
        #expect(!expected.isEmpty && expected.count < registry.cooperatives.count)
        #expect(Set(state.businesses.rows) == Set(expected))
        let years = state.businesses.rows.map { registry.cooperatives[$0].lastRATYear ?? 0 }
        #expect(years == years.sorted())
        #expect(state.screenLines[1].contains("worklist: no RAT 2020–2021"), "\(state.screenLines[1])")
        #expect(state.status?.text.en == "\(expected.count) cooperatives held no RAT in 2020 or 2021: to follow up (w again: all)")
        state.press(.enter)
        #expect(state.screenLines.contains { $0.contains("Last RAT") && $0.contains("to follow up (no RAT for two years)") })
        state.press(.escape, .char("w"))
        #expect(state.businesses.rows.count == registry.cooperatives.count)
        // On the business list w explains itself instead of filtering.
        var businesses = DashboardFixture.state(.en, width: 100, height: 30)
        businesses.press(.char("w"))
        #expect(businesses.status?.text.en == "This filter is for cooperatives: choose Cooperatives in the left list")
    }
}
