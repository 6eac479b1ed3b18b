import Foundation
import SMEModel
import TerminalUI
import Testing
@testable import SMEDashboard

/// H on the SOP and Assess screens: the versions are read by the runner's side, listed with who
/// and when, and two of them are compared in a scrollable, bilingual diff.
@Suite struct HistoryViewTests {
    /// Runs the effect the way the runner does and feeds its answer back.
    private func perform(_ effects: [Effect], on state: inout AppState) {
        for effect in effects {
            if let result = EffectPerformer().perform(effect, data: state.data) { _ = state.update(result) }
        }
    }

    @Test func anSOPTemplatesUnsavedEditsAreComparedWithItsPublishedRevision() throws {
        var state = SOPEditFixture.draftFoodState(language: .en, size: Size(width: 100, height: 30))
        state.press(.down, .char("e"), .ctrl("u"))
        state.type("Posters at the door")
        state.press(.enter)
        let effects = state.press(.char("H"))
        #expect(effects.count == 1)
        perform(effects, on: &state)
        guard case .picker(let picker)? = state.modals.last else { Issue.record("no history list"); return }
        #expect(picker.options[0].en.hasSuffix("unsaved changes on this screen"))
        #expect(picker.options.dropFirst().allSatisfy { $0.en.contains(" · current file") || $0.en.contains("earlier save") || $0.en.contains("published") })
        // From the file on disk (second) to the unsaved edits (first of the rest).
        state.press(.enter, .enter)
        guard case .document(let title, let lines, _)? = state.modals.last else { Issue.record("no diff: \(state.modals)"); return }
        #expect(title.en.hasPrefix("Differences: rev. 3, published"))
        #expect(title.en.hasSuffix("→ rev. 4, unsaved"))
        #expect(lines.map(\.en).contains("~ kul-002 English text:"))
        #expect(lines.map(\.en).contains("    to:   Posters at the door"))
        #expect(lines.first?.id == "0 butir ditambah, 0 dihapus, 1 diubah, 0 dipindah")
        let frame = state.screenLines
        #expect(frame.contains { $0.contains("~ kul-002 English text:") })
        #expect(frame.contains { $0.contains("Esc: close") })
        state.press(.escape)
        #expect(state.modals.isEmpty)
    }

    @Test func aFollowUpVisitIsComparedWithTheVisitItCameFrom() throws {
        var state = SOPEditFixture.state(.assess)
        let file = try #require(state.data.library.assessments.first { $0.assessment.key == "2020-08-26-umk-3216-00375" })
        state.startAssessment(of: try #require(state.data.registry.businessIndex(file.assessment.businessID)))
        state.press(.char("F"))
        perform(state.press(.char("H")), on: &state)
        guard case .picker(let picker)? = state.modals.last else { Issue.record("no history list: \(state.status as Any) \(state.modals)"); return }
        #expect(picker.options[0].en.hasSuffix("unsaved changes on this screen"))
        #expect(picker.options[1].en.hasPrefix("visit 2020-08-26 · "))
        state.press(.enter, .enter)
        guard case .document(let title, let lines, _)? = state.modals.last else { Issue.record("no diff"); return }
        #expect(title.en.hasPrefix("Differences: visit 2020-08-26"))
        let english = lines.map(\.en)
        #expect(english.contains("    Date: 2020-08-26 → 2021-11-01"))
        // The open corrective actions were carried over unchanged, so they are not among the changes.
        let open = file.assessment.answers.filter { $0.value.action?.status == .open }.map(\.key)
        #expect(open.allSatisfy { key in !english.contains { $0.hasPrefix("~ \(key)") } })
    }

    @Test func withNothingToCompareHSaysSo() {
        var state = SOPEditFixture.state(.checklists)
        perform(state.press(.char("H")), on: &state)
        #expect(state.modals.isEmpty)
        #expect(state.status?.text.en == "There is no other version of this template to compare with yet")
    }
}
