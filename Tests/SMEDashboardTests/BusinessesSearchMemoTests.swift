import Foundation
import SMEDashboard
import SMEModel
import TerminalUI
import Testing

/// Typing a search narrows from the previous keystroke's matches and erasing goes back to earlier
/// ones; whatever path the screen took, it must show what a fresh query shows.
@Suite struct BusinessesSearchMemoTests {
    let data = DashboardFixture.data

    private func fresh(_ query: BusinessQuery) -> [Int] {
        query.run(on: data.registry, scores: data.scores)
    }

    @Test func typingErasingAndRetypingShowWhatAFreshQueryShows() {
        var state = DashboardFixture.state()
        state.press([.char("/")])
        var typed = ""
        for letter in "bu siti" {
            state.type(String(letter))
            typed.append(letter)
            #expect(Array(state.businesses.rows) == fresh(BusinessQuery(search: typed)), "typed \(typed)")
        }
        for _ in 0..<4 {
            state.press([.backspace])
            typed.removeLast()
            #expect(Array(state.businesses.rows) == fresh(BusinessQuery(search: typed)), "erased to \(typed)")
        }
        state.type("wx")
        #expect(Array(state.businesses.rows) == fresh(BusinessQuery(search: "bu wx")))
        state.press([.left])
        state.type("a")
        #expect(state.businesses.query.search == "bu waxa" || state.businesses.query.search == "bu wax")
        #expect(Array(state.businesses.rows) == fresh(BusinessQuery(search: state.businesses.query.search)))
    }

    @Test func sidebarCountsFollowTheSearchAndFilters() {
        var state = DashboardFixture.state()
        state.press([.char("/")])
        state.type("a")
        state.press([.enter])
        let all = fresh(BusinessQuery(search: "a"))
        #expect(state.businesses.sidebarCounts.first == all.count)
        for (index, sector) in data.registry.sectors.enumerated() {
            #expect(state.businesses.sidebarCounts[index + 1] == all.count { data.registry.businesses[$0].sector == sector.key })
        }
    }

    @Test func theMemoIsNotPartOfTheStateValue() {
        var memo = SearchMemo()
        #expect(memo.matches(for: BusinessQuery(search: "siti"), in: data.registry)?.isEmpty == false)
        var remembering = DashboardFixture.state()
        remembering.businesses.searchMemo = memo
        #expect(remembering.businesses == DashboardFixture.state().businesses)
    }
}
