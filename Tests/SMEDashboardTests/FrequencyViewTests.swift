import SMEDashboard
import SMEModel
import SMEReportRequest
import TerminalUI
import Testing

/// Shift+F: counts and shares by a column, a pivot of two, sorted by count, drilling into a
/// row's records, exported through the report module.
@Suite struct FrequencyViewTests {
    private var registry: Registry { DashboardFixture.data.registry }

    @Test func countsAreKnownAnswersOverTheRows() {
        let all = Array(registry.businesses.indices)
        let byRegion = FrequencyTable.businesses(registry, rows: all, by: [.region])
        #expect(byRegion.total == registry.businesses.count)
        #expect(byRegion.rowTotals.reduce(0, +) == registry.businesses.count)
        for (index, value) in byRegion.rows.enumerated() {
            #expect(byRegion.rowTotals[index] == registry.businesses.filter { $0.region == value.key }.count)
        }
        let pivot = FrequencyTable.businesses(registry, rows: all, by: [.region, .sector])
        #expect(pivot.columns.map(\.key) == registry.sectors.map(\.key))
        for (r, region) in pivot.rows.enumerated() {
            for (c, sector) in pivot.columns.enumerated() {
                #expect(pivot.counts[r][c] == registry.businesses.filter { $0.region == region.key && $0.sector == sector.key }.count)
            }
        }
        #expect(pivot.columnTotals.reduce(0, +) == registry.businesses.count)
        // A business with several channels counts under each: the channel counts exceed the records.
        let channels = FrequencyTable.businesses(registry, rows: all, by: [.channel])
        #expect(channels.rowTotals.reduce(0, +) > channels.total)
        let types = FrequencyTable.cooperatives(registry, rows: Array(registry.cooperatives.indices), by: [.type])
        #expect(types.rowTotals == CooperativeType.allCases.map { t in registry.cooperatives.filter { $0.type == t }.count })
    }

    private func regionFrequency(_ width: Int = 100, _ height: Int = 30) -> AppState {
        var state = DashboardFixture.state(.en, width: width, height: height)
        state.press(.char("F"))
        state.type("region")
        state.press(.enter)
        return state
    }

    @Test func aFrequencyListIsSortedByCountWithSharesAndBars() throws {
        let state = regionFrequency()
        let view = try #require(state.businesses.frequency)
        let counts = view.order.map { view.table.rowTotals[$0] }
        #expect(counts == counts.sorted(by: >))
        let lines = state.screenLines
        #expect(lines[2].contains("Region · 800 businesses · by count"), "\(lines[2])")
        let top = view.table.rows[view.order[0]]
        let topLine = try #require(lines.first { $0.contains("> " + top.label.en) })
        #expect(topLine.contains(NumberStyle(.en).percent(Double(counts[0]) / 800, decimals: 1)))
        #expect(topLine.contains("█"))
        var byValue = state
        byValue.press(.char("s"))
        #expect(byValue.businesses.frequency?.order == Array(view.table.rows.indices))
    }

    @Test func aPivotRegionBySectorDrillsIntoItsRecords() throws {
        var state = regionFrequency(80, 24)
        state.press(.char("F"))
        state.type("sector")
        state.press(.enter)
        let view = try #require(state.businesses.frequency)
        #expect(view.table.dimensions == [.region, .sector])
        let header = state.screenLines[3]
        #expect(header.contains("[Total]") && header.contains("Food"), "\(header)")
        // → → puts the cursor on the second sector; Enter narrows the list to that region and sector.
        state.press(.right, .right, .enter)
        let region = view.table.rows[view.order[0]], sector = view.table.columns[1]
        let expected = registry.businesses.indices.filter {
            registry.businesses[$0].region == region.key && registry.businesses[$0].sector == sector.key
        }
        #expect(state.businesses.frequency == nil)
        #expect(Set(state.businesses.rows) == Set(expected))
        #expect(state.businesses.rows.count == view.table.counts[view.order[0]][1])
        #expect(state.screenLines[1].contains("Region = \(region.label.en)"), "\(state.screenLines[1])")
        #expect(state.status?.text.en.hasPrefix("\(expected.count) records: Region = \(region.label.en), Sector = \(sector.label.en)") == true)
        state.press(.char("x"))
        #expect(state.businesses.rows.count == registry.businesses.count)
    }

    @Test func theViewCountsWhatTheListShowsAndExportsThatTable() throws {
        var state = DashboardFixture.state(.en)
        state.press(.char("o"), .down, .enter, .char("F"))
        state.type("scale")
        state.press(.enter)
        let view = try #require(state.businesses.frequency)
        #expect(view.table.total == registry.businesses.filter(\.online).count)
        state.press(.char("E"))
        guard case .prompt(let prompt)? = state.modals.last else { Issue.record("no prompt"); return }
        #expect(prompt.field.value.hasSuffix("/frequency-scale-2021-11-01.xlsx"))
        let effects = state.press(.enter)
        guard case .export(let request, let path, let replacing)? = effects.first else { Issue.record("no export: \(effects)"); return }
        #expect(path == prompt.field.value && !replacing)
        #expect(request.kind == .frequency && request.format == .xlsx)
        #expect(request.frequencyTable == view.table)
        #expect(request.frequencyFilters?.contains("online") == true)
    }

    @Test func cooperativesAreCountedByTheirOwnColumns() throws {
        var state = DashboardFixture.state(.en)
        state.press(.left, .end, .right, .char("F"))
        guard case .picker(let picker)? = state.modals.last else { Issue.record("no picker"); return }
        #expect(picker.options.map(\.en) == FrequencyDimension.cooperatives.map(\.title.en))
        state.type("active")
        state.press(.enter)
        let view = try #require(state.businesses.frequency)
        #expect(view.countsCooperatives)
        #expect(view.table.rowTotals.reduce(0, +) == registry.cooperatives.count)
        state.press(.enter)
        let wanted = view.table.rows[view.order[0]].key == "yes"
        #expect(state.businesses.rows.allSatisfy { registry.cooperatives[$0].active == wanted })
    }

    @Test func theViewFitsAt60x18() {
        var state = regionFrequency(60, 18)
        state.press(.char("F"))
        state.type("sector")
        state.press(.enter)
        let lines = state.screenLines
        #expect(lines.allSatisfy { TextWidth.of($0) <= 60 })
        #expect(lines.contains { $0.contains("Total") })
    }
}

/// Shift+F on the Survey screen: the shown wave's responses by a column or two; Enter lists the
/// row's responses.
@Suite struct ResponseFrequencyTests {
    @Test func aWavesResponsesByOnlineNowAndSectorWithTheirRecords() throws {
        var state = DashboardFixture.state(.en)
        state.press(.char("2"), .char("F"))
        state.type("online now")
        state.press(.enter)
        let view = try #require(state.survey.frequency)
        let wave = try #require(state.data.registry.waves.last)
        let responses = state.data.registry.responses.filter { $0.wave == wave.id }
        #expect(view.table.total == responses.count)
        #expect(view.table.rowTotals == YesNo.allCases.map { v in responses.filter { $0.onlineNow == v }.count })
        #expect(state.screenLines.contains { $0.contains("Online now · \(responses.count) survey responses") })
        state.press(.char("F"))
        state.type("sector")
        state.press(.enter)
        #expect(state.survey.frequency?.table.dimensions == [.onlineNow, .sector])
        state.press(.right, .enter)
        guard case .document(let title, let lines, _)? = state.modals.last else { Issue.record("no list"); return }
        let top = view.order[0]
        let sector = try #require(state.survey.frequency?.table.columns.first)
        let expected = responses.filter { $0.onlineNow.rawValue == view.table.rows[top].key && $0.sector == sector.key }
        #expect(title.en.hasPrefix("\(expected.count) responses: Online now = \(view.table.rows[top].label.en), Sector = \(sector.label.en)"))
        #expect(lines.count == expected.count)
        state.press(.escape, .escape)
        #expect(state.survey.frequency == nil)
    }
}
