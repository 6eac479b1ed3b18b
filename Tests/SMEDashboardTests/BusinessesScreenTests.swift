import Foundation
import SMEDashboard
import SMEModel
import TerminalUI
import Testing

@Suite struct BusinessesScreenTests {
    let registry = DashboardFixture.data.registry

    @Test func startsOnAllBusinessesSortedByName() {
        let state = DashboardFixture.state()
        #expect(state.screen == .businesses)
        #expect(state.businesses.rows.count == registry.businesses.count)
        #expect(Array(state.businesses.rows) == BusinessQuery().run(on: registry, scores: DashboardFixture.data.scores))
        #expect(state.businesses.selection == 0)
    }

    @Test func incrementalSearchNarrowsAndEscClears() {
        var state = DashboardFixture.state()
        state.press([.char("/")])
        #expect(state.businesses.search != nil)
        state.type("bu s")
        let expected = BusinessQuery(search: "bu s").run(on: registry)
        #expect(Set(state.businesses.rows) == Set(expected))
        #expect(state.businesses.rows.count == expected.count)
        // q is typed into the search, it does not quit.
        let effects = state.press([.char("q")])
        #expect(effects.isEmpty)
        #expect(state.businesses.query.search == "bu sq")
        state.press([.escape])
        #expect(state.businesses.search == nil)
        #expect(state.businesses.query.search == "")
        #expect(state.businesses.rows.count == registry.businesses.count)
    }

    @Test func sidebarPicksASectorAndShowsCounts() {
        var state = DashboardFixture.state()
        state.press([.left, .down])
        #expect(state.businesses.focus == .sidebar)
        #expect(state.businesses.query.sector == "food")
        let food = registry.businesses.filter { $0.sector == "food" }.count
        #expect(state.businesses.rows.count == food)
        #expect(state.businesses.sidebarCounts.first == registry.businesses.count)
        #expect(state.businesses.sidebarCounts[1] == food)
    }

    @Test func regionPickerFiltersByTypedName() {
        var state = DashboardFixture.state()
        state.press([.char("r")])
        state.type("kota bandung")
        state.press([.enter])
        #expect(state.modals.isEmpty)
        #expect(state.businesses.query.region == "3273")
        #expect(state.businesses.rows.allSatisfy { registry.businesses[$0].region == "3273" })
        #expect(state.screenLines[1].contains("region Bandung City"))
    }

    @Test func sortPickerAndReverse() {
        var state = DashboardFixture.state()
        state.press([.char("s")])
        // Options: name, scale, region, employees, ...
        state.press([.down, .down, .down, .enter])
        #expect(state.businesses.query.sort == .employees)
        let first = registry.businesses[state.businesses.rows[0]].employees
        state.press([.char("S")])
        #expect(state.businesses.query.descending)
        let top = registry.businesses[state.businesses.rows[0]].employees
        #expect(top >= first)
        #expect(top == registry.businesses.map(\.employees).max())
    }

    @Test func enterOpensDetailsWithMaskedPersonalDataAndEscReturns() {
        var state = DashboardFixture.state()
        state.press([.enter])
        let index = state.businesses.rows[0]
        #expect(state.businesses.detail == index)
        let business = registry.businesses[index]
        let text = state.screenLines.joined(separator: "\n")
        #expect(text.contains(business.id))
        if let nik = business.ownerNIK {
            #expect(!text.contains(nik))
            #expect(text.contains(PersonalData.maskNIK(nik)))
        }
        state.press([.char("P")])
        if let nik = business.ownerNIK { #expect(state.screenLines.joined().contains(nik)) }
        state.press([.escape])
        #expect(state.businesses.detail == nil)
    }

    @Test func pagingKeepsTheSelectionVisible() {
        var state = DashboardFixture.state(width: 80, height: 24)
        state.press([.pageDown, .pageDown, .down])
        let page = 24 - 3 - 2
        #expect(state.businesses.selection == page * 2 + 1)
        #expect(state.businesses.offset <= state.businesses.selection)
        #expect(state.businesses.selection < state.businesses.offset + page)
        state.press([.end])
        #expect(state.businesses.selection == registry.businesses.count - 1)
        let name = registry.businesses[state.businesses.rows.last ?? 0].name
        #expect(state.screenLines.contains { $0.contains(String(name.prefix(10))) })
    }

    @Test func cooperativesAreTheirOwnEntry() {
        var state = DashboardFixture.state()
        state.press([.left, .end])
        #expect(state.businesses.isShowingCooperatives)
        #expect(state.businesses.rows.count == registry.cooperatives.count)
        #expect(state.screenLines[2].contains("Cooperative"))
    }

    @Test func clearFiltersRestoresEverything() {
        var state = DashboardFixture.state()
        state.press([.char("o"), .down, .enter])
        #expect(state.businesses.query.online == true)
        state.press([.char("x")])
        #expect(state.businesses.query.isFiltered == false)
        #expect(state.businesses.rows.count == registry.businesses.count)
    }
}

@Suite struct AppShellTests {
    @Test func numberKeysAndTabSwitchScreens() {
        var state = DashboardFixture.state()
        state.press([.char("3")])
        #expect(state.screen == .checklists)
        state.press([.tab])
        #expect(state.screen == .assess)
        state.press([.backTab, .backTab])
        #expect(state.screen == .survey)
    }

    @Test func quitWithoutChangesQuitsAtOnce() {
        var state = DashboardFixture.state()
        #expect(state.press([.char("q")]) == [.quit])
    }

    @Test func helpListsThisScreensKeysInTheChosenLanguage() {
        var state = DashboardFixture.state(.id)
        state.press([.char("?")])
        let text = state.screenLines.joined(separator: "\n")
        #expect(text.contains("Bantuan"))
        #expect(text.contains("Saring menurut wilayah"))
        state.press([.escape])
        #expect(state.modals.isEmpty)
    }

    @Test func commandMenuFindsAndRunsACommandByName() {
        var state = DashboardFixture.state()
        state.press([.char(":")])
        state.type("region")
        state.press([.enter])
        guard case .picker(let picker) = state.modals.last else {
            Issue.record("expected the region picker")
            return
        }
        #expect(picker.question == .businesses(.region))
    }

    @Test func tooSmallTerminalSaysWhatItNeeds() {
        var state = DashboardFixture.state(width: 40, height: 12)
        let text = state.screenLines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(text.contains("Terminal too small: need 60×18, have 40×12"))
        state.update(.resized(Size(width: 100, height: 30)))
        #expect(state.screenLines[0].contains("Businesses"))
        var indonesian = DashboardFixture.state(.id, width: 40, height: 12)
        let indonesianText = indonesian.screenLines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(indonesianText.contains("Terminal terlalu kecil: perlu 60×18, ada 40×12"))
        #expect(indonesian.press([.char("q")]) == [.quit])
    }

    @Test func languageToggleSwitchesEveryLabel() {
        var state = DashboardFixture.state(.en)
        #expect(state.screenLines[0].contains("Businesses"))
        state.press([.char("L")])
        #expect(state.language == .id)
        #expect(state.screenLines[0].contains("Usaha"))
        #expect(state.screenLines[1].contains("Sektor"))
    }

    @Test func renderAt80x24HasTitleFilterLineTableAndHints() {
        let lines = DashboardFixture.state(.en, width: 80, height: 24).screenLines
        #expect(lines.count == 24)
        #expect(lines[0].hasPrefix("smedash [1 Businesses]"))
        // The sector list folds into the filter line, so the table keeps readable names and
        // regions; help, the menu and quit stay in the hints.
        #expect(lines[1] == "all sectors · No filters · sort: Business ↑ · h: sectors              800 of 800")
        #expect(lines[2] == "  Business ↑                        Region                 Staff Online      SOP")
        #expect(lines[3] == "> Angklung Abadi                    Bogor Regency              2 no            –")
        #expect(lines[23] == "Enter details  / search  r region  z scale  o online  …  ? help  : menu  q quit")
        #expect(lines.allSatisfy { TextWidth.of($0) <= 80 })
        // h opens the sector list beside the table; choosing a sector folds it again.
        var state = DashboardFixture.state(.en, width: 80, height: 24)
        state.press(.char("h"))
        #expect(state.screenLines[1].hasPrefix("┌ Sectors"))
        state.press(.char("j"), .char("l"))
        #expect(state.screenLines[1].hasPrefix("Filters: sector Food · sort: Business ↑"))
    }

    @Test func noTrapAtAnySizeForEveryBoundKey() {
        let keys = Array(Set(KeyBinding.table.flatMap(\.keys))).filter { $0 != .char("q") && $0 != .ctrl("c") && $0 != .function(10) && $0 != .ctrl("z") }
        for (width, height) in [(1, 1), (2, 3), (10, 5), (59, 17), (60, 18), (80, 24), (120, 40)] {
            var state = DashboardFixture.state(width: width, height: height)
            for key in keys {
                state.press([key])
                _ = state.render()
                state.press([.escape])
            }
        }
    }
}
