import SMEModel
import TerminalUI
import Testing
@testable import SMEDashboard

/// A saved assessment can be opened again to continue or correct it, and a follow-up visit starts
/// from the last one with its open corrective actions; picking a business no longer means a
/// blank form that saves as `…-2.json`.
@Suite struct SavedAssessmentTests {
    /// The bundled assessment with five open corrective actions.
    private let key = "2020-08-26-umk-3216-00375"

    private func withBusiness() throws -> (AppState, AssessmentFile) {
        var state = SOPEditFixture.state(.assess)
        let file = try #require(state.data.library.assessments.first { $0.assessment.key == key })
        let index = try #require(state.data.registry.businessIndex(file.assessment.businessID))
        state.startAssessment(of: index)
        return (state, file)
    }

    @Test func oListsTheBusinessesAssessmentsAndOpensOneUnmodified() throws {
        var (state, file) = try withBusiness()
        _ = state.press(.char("o"))
        guard case .picker(let picker)? = state.modals.last else {
            Issue.record("no list of saved assessments")
            return
        }
        #expect(picker.question == .assess(.saved(businessID: file.assessment.businessID)))
        #expect(picker.options.first?.en.hasPrefix("2020-08-26 CURRENT · ") == true, "\(picker.options.map(\.en))")
        #expect(picker.options.first?.en.hasSuffix("· 5 open actions") == true)
        _ = state.press(.enter)
        #expect(state.assess.path == file.path)
        #expect(state.assess.assessment == file.assessment)
        #expect(state.assess.stamp(in: state.data) == file.stamp)
        #expect(!state.assess.isModified(in: state.data))
        #expect(state.status?.text.en == "Assessment of 2020-08-26 opened (the current one); Ctrl+S saves changes to its file")
        // Saving a correction goes to the same file, expecting it unchanged.
        _ = state.press(.char(" "))
        let saves = state.press(.ctrl("s"))
        guard case .saveAssessment(let path, _, let stamp)? = saves.first else {
            Issue.record("no save: \(saves)")
            return
        }
        #expect(path == file.path && stamp == file.stamp)
    }

    @Test func unsavedAnswersAreNeverDroppedByOpening() throws {
        var (state, _) = try withBusiness()
        _ = state.press(.char(" "))
        #expect(state.assess.isModified(in: state.data))
        _ = state.press(.char("o"))
        #expect(state.modals.isEmpty)
        #expect(state.status?.kind == .error)
        #expect(state.status?.text.en == "Unsaved answers: Ctrl+S first, or u to undo them")
    }

    @Test func aFollowUpCarriesTheOpenCorrectiveActions() throws {
        var (state, file) = try withBusiness()
        _ = state.press(.char("F"))
        let followUp = try #require(state.assess.assessment)
        #expect(followUp.date == "2021-11-01")
        #expect(followUp.key != file.assessment.key)
        #expect(followUp.openActions == 5)
        let open = file.assessment.answers.filter { $0.value.action?.status == .open }
        #expect(Set(followUp.answers.keys) == Set(open.keys))
        for (item, answer) in open { #expect(followUp.answers[item] == answer) }
        #expect(state.assess.stamp(in: state.data) == nil)
        #expect(state.assess.isModified(in: state.data))
        #expect(state.status?.text.en == "Follow-up of 2020-08-26: 5 open corrective actions carried over")
    }

    @Test func theFollowUpModelLeavesBehindWhatTheTemplateNoLongerHas() throws {
        let state = SOPEditFixture.state(.assess)
        let file = try #require(state.data.library.assessments.first { $0.assessment.key == key })
        let template = try #require(state.data.library.template(key: file.assessment.templateKey))
        var shorter = template.checklist
        let openKey = try #require(file.assessment.answers.first { $0.value.action?.status == .open }?.key)
        for section in shorter.sections.indices { shorter.sections[section].items.removeAll { $0.key == openKey } }
        let result = file.assessment.followUp(with: shorter, assessor: Assessor(name: "Rina"), date: "2021-11-01", key: "k")
        #expect(result.carried == 4 && result.dropped == 1)
        #expect(result.assessment.answers[openKey] == nil)
        #expect(result.assessment.templateRevision == shorter.revision)
    }
}
