import SMEModel
import Testing
import TerminalUI
@testable import SMEDashboard

/// Key sequences on the Survey screen, checked against the whole screen state.
@Suite struct SurveyScreenUpdateTests {
    @Test func startsOnTheLatestWaveBySectorWithoutComparison() {
        let state = SurveyExportFixture.small()
        var expected = SurveyState(data: state.data)
        expected.waveID = "2021-10"
        #expect(state.survey == expected)
        #expect(state.survey.breakdown == .sector)
        #expect(state.survey.compareID == nil)
    }

    @Test func wavePickerListsLabelDatesSamplingAndResponses() throws {
        var state = SurveyExportFixture.small(.en)
        #expect(state.feed(.char("w")) == [])
        guard case .picker(let picker) = try #require(state.modals.last) else { Issue.record("no picker"); return }
        #expect(picker.tag == ModalTag("survey-wave"))
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
        state.feed(.char("w"), .home, .enter)
        var expected = SurveyState(data: state.data)
        expected.waveID = "2020-07"
        #expect(state.survey == expected)
        #expect(state.modals.isEmpty)

        #expect(state.feed(.char("w"), .down, .enter) == [])
        expected.waveID = "2021-10"
        #expect(state.survey == expected)
        #expect(state.modals.isEmpty)
    }

    @Test func escapeLeavesTheWaveAlone() {
        var state = SurveyExportFixture.small()
        state.feed(.char("w"), .home, .escape)
        #expect(state.survey == SurveyState(data: state.data))
        #expect(state.modals.isEmpty)
    }

    @Test func nStepsThroughEveryBreakdownAndBack() {
        var state = SurveyExportFixture.small()
        var seen: [SurveyBreakdown] = [state.survey.breakdown]
        for _ in 0..<7 {
            state.feed(.char("n"))
            seen.append(state.survey.breakdown)
        }
        #expect(seen == [.sector, .region, .scale, .channel, .channelKind, .dependency, .revenue, .sector])
    }

    @Test func breakdownPickerResetsTheSelection() {
        var state = SurveyExportFixture.small()
        state.feed(.down, .down)
        #expect(state.survey.selection == 2)
        state.feed(.char("b"), .down, .down, .enter)
        var expected = SurveyState(data: state.data)
        expected.breakdown = .scale
        #expect(state.survey == expected)
    }

    @Test func compareWithAnotherWaveAndBackToNone() throws {
        var state = SurveyExportFixture.small(.en)
        state.feed(.char("c"))
        guard case .picker(let picker) = try #require(state.modals.last) else { Issue.record("no picker"); return }
        #expect(picker.options.map { $0(.en) } == [
            "No comparison", "July 2020 · 6 responses · probability sample · 2020-07-10 – 2020-07-26",
        ])
        state.feed(.down, .enter)
        var expected = SurveyState(data: state.data)
        expected.compareID = "2020-07"
        #expect(state.survey == expected)
        #expect(state.survey.isComparing)
        #expect(state.surveyFigures?.comparedWith?.id == "2020-07")

        state.feed(.char("c"), .home, .enter)
        #expect(state.survey == SurveyState(data: state.data))
    }

    @Test func choosingTheComparedWaveDropsTheComparison() {
        var state = SurveyExportFixture.small()
        state.feed(.char("c"), .down, .enter, .char("w"), .home, .enter)
        var expected = SurveyState(data: state.data)
        expected.waveID = "2020-07"
        #expect(state.survey == expected)
    }

    @Test func comparisonWaitsOnBreakdownsWithoutOne() {
        var state = SurveyExportFixture.small()
        state.feed(.char("c"), .down, .enter)
        state.feed(.char("n"), .char("n"), .char("n"))
        #expect(state.survey.breakdown == .channel)
        #expect(state.survey.compareID == "2020-07")
        #expect(!state.survey.isComparing)
        #expect(state.surveyFigures?.comparedWith == nil)
    }

    @Test func selectionStopsAtTheEnds() {
        var state = SurveyExportFixture.small()
        state.feed(.up)
        #expect(state.survey.selection == 0)
        state.feed(.down, .down, .down, .down)
        #expect(state.survey.selection == 2)
        state.feed(.char("g"))
        #expect(state.survey.selection == 0)
    }

    /// 27 regions and the total at 80×24: ten rows fit, so End scrolls to show the last ten.
    @Test func regionsScrollWithTheSelection() throws {
        var state = try SurveyExportFixture.bundled()
        state.feed(.char("n"))
        #expect(state.surveyLayout(state.bodyArea, figures: state.surveyFigures).pageSize == 10)
        state.feed(.end)
        var expected = SurveyState(data: state.data)
        expected.breakdown = .region
        expected.selection = 27
        expected.offset = 18
        #expect(state.survey == expected)
        let lines = state.frameLines
        #expect(lines[4].hasPrefix("  Kota Bogor           7      3 42,9% [15,8 – 75,0] ! "))
        #expect(lines[5].hasPrefix("  Kota Sukabumi        1      0  0,0% [0,0 – 79,3]  ! "))
        #expect(lines[13].hasPrefix("> Semua              401    166 41,4% [36,7 – 46,3]   "))

        state.feed(.pageUp)
        expected.selection = 17
        expected.offset = 17
        #expect(state.survey == expected)
        state.feed(.down)
        expected.selection = 18
        #expect(state.survey == expected)
        state.feed(.home)
        expected.selection = 0
        expected.offset = 0
        #expect(state.survey == expected)
    }

    @Test func mouseClickSelectsARowAndWheelMoves() {
        var state = SurveyExportFixture.small()
        let table = state.surveyLayout(state.bodyArea, figures: state.surveyFigures).table
        state.feed(.mouse(MouseEvent(.click(button: 1), at: Point(x: 5, y: table.y + 3))))
        #expect(state.survey.selection == 2)
        state.feed(.mouse(MouseEvent(.scrollUp, at: Point(x: 5, y: 5))))
        #expect(state.survey.selection == 1)
    }
}
