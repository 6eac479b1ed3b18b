import Foundation
import SMEModel
import TerminalUI
import Testing
@testable import SMEDashboard

/// The dashboard draws its first frame before the survey is read (hundreds of thousands of
/// responses at province scale): until it arrives the Survey screen and a business's details say
/// so, keys there explain, and a survey that cannot be read is named with its file and line.
@Suite struct SurveyReadLaterTests {
    /// The bundled data without its survey, as `smedash` starts.
    private func waitingState() -> (AppState, LoadedSurvey) {
        let full = DashboardFixture.data.registry
        var data = DashboardData(folder: DashboardFixture.folder, registry: full.withSurvey(waves: [], responses: []),
                                 library: DashboardFixture.data.library)
        data.awaitSurvey()
        let state = AppState(data: data, language: .en, size: Size(width: 100, height: 30), options: DashboardOptions(today: "2021-11-01"))
        return (state, LoadedSurvey(waves: full.waves, responses: full.responses))
    }

    @Test func theSurveyScreenSaysItIsReadingThenShowsTheNewestWave() throws {
        var (state, survey) = waitingState()
        state.press(.char("2"))
        #expect(state.render().text.contains("Reading the survey…"))
        state.press(.char("w"))
        #expect(state.modals.isEmpty)
        #expect(state.status?.text.en == "Reading the survey…")
        _ = state.update(.surveyRead(survey))
        let newest = try #require(survey.waves.last)
        #expect(state.survey.waveID == newest.id)
        #expect(state.export.wave == newest.id)
        let frame = state.render().text
        #expect(!frame.contains("Reading the survey…"))
        #expect(frame.contains(newest.label(.en)))
        // The figures are the ones a dashboard that read the survey first shows.
        var direct = DashboardFixture.state()
        direct.press(.char("2"))
        #expect(state.render().lines().dropFirst() == direct.render().lines().dropFirst())
    }

    @Test func aBusinessesDetailsSayTheAnswersAreComing() throws {
        var (state, survey) = waitingState()
        let answered = try #require(survey.responses.first?.businessID)
        let row = try #require(state.data.registry.businessIndex(answered))
        state.businesses.selection = try #require(state.businesses.rows.firstIndex(of: row))
        state.press(.enter)
        #expect(state.render().text.contains("Reading the survey…"))
        _ = state.update(.surveyRead(survey))
        let frame = state.render().text
        #expect(!frame.contains("Reading the survey…"))
        #expect(!frame.contains("never answered a survey"))
    }

    @Test func anUnreadableSurveyIsNamedWithItsLine() {
        var (state, _) = waitingState()
        let message = Localized(id: "survey/responses.csv:12: kolom \"wave\" kosong", en: "survey/responses.csv:12: column \"wave\" is empty")
        _ = state.update(.surveyUnreadable(message))
        #expect(state.status?.kind == .error)
        state.press(.char("2"))
        #expect(state.render().text.contains("survey/responses.csv:12"))
        #expect(state.data.survey == .failed(message))
    }

    /// The run loop takes what background work posts, between keys, and draws it.
    @Test func theRunLoopDrawsWhatArrivesBetweenKeys() throws {
        let (state, survey) = waitingState()
        let backend = RecordingBackend(size: state.size, script: [.key(.char("2")), .timeout, .key(.char("n")), .key(.char("q"))])
        let runner = DashboardRunner(state: state, backend: backend)
        runner.inbox.expect()
        #expect(runner.inbox.isExpecting)
        runner.inbox.post(.surveyRead(survey))
        #expect(!runner.inbox.isExpecting)
        #expect(runner.run() == 0)
        #expect(runner.state.data.survey == .loaded)
        // The first frame, one for what arrived, one for each of 2 and n (q quits, a timeout draws nothing).
        #expect(backend.frames.count == 4)
        #expect(backend.frames.contains { $0.text.contains("Reading the survey…") } == false)
        #expect(backend.frames.last?.text.contains(try #require(survey.waves.last).label(.en)) == true)
    }
}
