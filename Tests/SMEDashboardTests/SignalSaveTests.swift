import SMEModel
import TerminalUI
import Testing
@testable import SMEDashboard

/// A quit signal saves what is being typed into an open field of a checklist or an assessment,
/// and only there: a half-typed file name or search is not acted on.
@Suite struct SignalSaveTests {
    private var foodIndex: Int { SOPEditFixture.firstBusiness(inSector: "food") }

    @Test func aNoteBeingTypedIsSavedWithTheAssessment() throws {
        var state = SOPEditFixture.state(.assess)
        state.startAssessment(of: foodIndex)
        _ = state.press(.down, .char(" "), .up, .char(" "), .up, .char("n"))
        _ = state.type("Wastafel tanpa sabun")
        let effects = state.update(.signal(.hangUp))
        guard case .saveAssessment(_, let assessment, _)? = effects.first else {
            Issue.record("no save at the signal: \(effects)")
            return
        }
        #expect(assessment.answers["kul-002"]?.note == "Wastafel tanpa sabun")
        #expect(effects.last == .quit)
    }

    @Test func anAnswerThatIsRefusedStillEndsInQuit() {
        var state = SOPEditFixture.state(.assess)
        state.startAssessment(of: foodIndex)
        // kul-003 takes a number: "abc" is refused and its prompt opened again; the signal still quits.
        state.modals.append(.prompt(Prompt(.assess(.number(itemKey: "kul-003")), title: Localized("t"), label: Localized("l"), value: "abc")))
        let effects = state.update(.signal(.terminate))
        #expect(effects.last == .quit)
    }

    @Test func aFileNameBeingTypedIsNotActedOn() {
        var state = SOPEditFixture.state(.checklists)
        state.modals.append(.prompt(Prompt(.checklists(.copyName(original: "x")), title: Localized("t"), label: Localized("l"), value: "half-typed")))
        let effects = state.update(.signal(.hangUp))
        #expect(effects == [.quit])
    }
}
