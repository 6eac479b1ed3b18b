import SMEModel
import Testing
import TerminalUI
@testable import SMEDashboard

/// Key sequences on the Survey screen, checked against the whole screen state.
@Suite struct SurveyScreenUpdateTests {
    @Test func startsOnTheLatestWaveBySectorWithoutComparison() {
        let state = SurveyExportFixture.small()
        var expected = SurveyScreen(data: state.data)
        expected.waveID = "2021-10"
        #expect(state.survey == expected)
        #expect(state.survey.breakdown == .sector)
        #expect(state.survey.compareID == nil)
    }

    @Test func wavePickerListsLabelDatesSamplingAndResponses() throws {
        var state = SurveyExportFixture.small(.en)
        #expect(state.press(.char("w")) == [])
        guard case .picker(let picker) = try #require(state.modals.last) else { Issue.record("no picker"); return }
        #expect(picker.question == .survey(.wave))
        #expect(picker.selection == 1)
        #expect(picker.options.map { $0(.en) } == [
            "July 2020 · 6 responses · probability sample · 2020-07-10 – 2020-07-26",
            "October 2021 · INDICATIVE · 7 responses · open link (opt-in) · 2021-10-08 – 2021-10-24",
        ])
        #expect(picker.options.map { $0(.id) }[1]
            == "Oktober 2021 · INDIKATIF · 7 responden · tautan terbuka (opt-in) · 2021-10-08 – 2021-10-24")
    }

    @Test func wDownEnterChangesTheWave() {
        var state = SurveyExportFixture.small()
        state.press(.char("w"), .home, .enter)
        var expected = SurveyScreen(data: state.data)
        expected.waveID = "2020-07"
        #expect(state.survey == expected)
        #expect(state.modals.isEmpty)

        #expect(state.press(.char("w"), .down, .enter) == [])
        expected.waveID = "2021-10"
        #expect(state.survey == expected)
        #expect(state.modals.isEmpty)
    }

    @Test func escapeLeavesTheWaveAlone() {
        var state = SurveyExportFixture.small()
        state.press(.char("w"), .home, .escape)
        #expect(state.survey == SurveyScreen(data: state.data))
        #expect(state.modals.isEmpty)
    }

    @Test func nStepsThroughEveryBreakdownAndBack() {
        var state = SurveyExportFixture.small()
        var seen: [SurveyBreakdown] = [state.survey.breakdown]
        for _ in 0..<7 {
            state.press(.char("n"))
            seen.append(state.survey.breakdown)
        }
        #expect(seen == [.sector, .region, .scale, .channel, .channelKind, .dependency, .revenue, .sector])
    }

    @Test func breakdownPickerResetsTheSelection() {
        var state = SurveyExportFixture.small()
        state.press(.down, .down)
        #expect(state.survey.selection == 2)
        state.press(.char("b"), .down, .down, .enter)
        var expected = SurveyScreen(data: state.data)
        expected.breakdown = .scale
        #expect(state.survey == expected)
    }

    @Test func compareWithAnotherWaveAndBackToNone() throws {
        var state = SurveyExportFixture.small(.en)
        state.press(.char("c"))
        guard case .picker(let picker) = try #require(state.modals.last) else { Issue.record("no picker"); return }
        #expect(picker.options.map { $0(.en) } == [
            "No comparison", "July 2020 · 6 responses · probability sample · 2020-07-10 – 2020-07-26",
        ])
        state.press(.down, .enter)
        var expected = SurveyScreen(data: state.data)
        expected.compareID = "2020-07"
        #expect(state.survey == expected)
        #expect(state.survey.isComparing)
        #expect(state.scope(\.survey).surveyFigures?.comparedWith?.id == "2020-07")

        state.press(.char("c"), .home, .enter)
        #expect(state.survey == SurveyScreen(data: state.data))
    }

    @Test func choosingTheComparedWaveDropsTheComparison() {
        var state = SurveyExportFixture.small()
        state.press(.char("c"), .down, .enter, .char("w"), .home, .enter)
        var expected = SurveyScreen(data: state.data)
        expected.waveID = "2020-07"
        #expect(state.survey == expected)
    }

    @Test func comparisonWaitsOnBreakdownsWithoutOne() {
        var state = SurveyExportFixture.small()
        state.press(.char("c"), .down, .enter)
        state.press(.char("n"), .char("n"), .char("n"))
        #expect(state.survey.breakdown == .channel)
        #expect(state.survey.compareID == "2020-07")
        #expect(!state.survey.isComparing)
        #expect(state.scope(\.survey).surveyFigures?.comparedWith == nil)
    }

    @Test func selectionStopsAtTheEnds() {
        var state = SurveyExportFixture.small()
        state.press(.up)
        #expect(state.survey.selection == 0)
        state.press(.down, .down, .down, .down)
        #expect(state.survey.selection == 2)
        state.press(.char("g"))
        #expect(state.survey.selection == 0)
    }

    /// 27 regions and the total at 80×24: ten rows fit, so End scrolls to show the last ten.
    @Test func regionsScrollWithTheSelection() throws {
        var state = try SurveyExportFixture.bundled()
        state.press(.char("n"))
        #expect(state.scope(\.survey).surveyLayout(state.bodyArea, figures: state.scope(\.survey).surveyFigures).pageSize == 10)
        state.press(.end)
        var expected = SurveyScreen(data: state.data)
        expected.breakdown = .region
        expected.selection = 27
        expected.offset = 18
        #expect(state.survey == expected)
        let lines = state.screenLines
        #expect(lines[4].hasPrefix("  Kota Bogor           7      3 42,9% ! "))
        #expect(lines[5].hasPrefix("  Kota Sukabumi        1      0  0,0% !"))
        #expect(lines[13].hasPrefix("> Semua              401    166 41,4%   "))

        state.press(.pageUp)
        expected.selection = 17
        expected.offset = 17
        #expect(state.survey == expected)
        state.press(.down)
        expected.selection = 18
        #expect(state.survey == expected)
        state.press(.home)
        expected.selection = 0
        expected.offset = 0
        #expect(state.survey == expected)
    }

    @Test func mouseClickSelectsARowAndWheelMoves() {
        var state = SurveyExportFixture.small()
        let table = state.scope(\.survey).surveyLayout(state.bodyArea, figures: state.scope(\.survey).surveyFigures).table
        state.press(.mouse(MouseEvent(.click(button: 1), at: Point(x: 5, y: table.y + 3))))
        #expect(state.survey.selection == 2)
        state.press(.mouse(MouseEvent(.scrollUp, at: Point(x: 5, y: 5))))
        #expect(state.survey.selection == 1)
    }

    /// The figures last shown are remembered; whatever was chosen in between, the screen shows what
    /// a dashboard that never saw the earlier choices shows.
    @Test func rememberedFiguresFollowEveryChoice() {
        var state = DashboardFixture.state()
        state.press(.char("2"))
        for key in [Key.char("n"), .char("t"), .char("n"), .char("L"), .char("t"), .char("n"), .char("L"), .char("t"), .char("t")] {
            state.press(key)
            let data = DashboardData(folder: DashboardFixture.folder, registry: DashboardFixture.data.registry, library: DashboardFixture.data.library)
            var fresh = AppState(data: data, language: state.language, size: state.size, options: DashboardOptions(today: "2021-11-01"))
            fresh.screen = .survey
            fresh.survey = state.survey
            let rows = state.size.height - 2
            #expect(Array(fresh.render().lines().prefix(rows)) == Array(state.render().lines().prefix(rows)), "after \(key)")
        }
    }
}
