import SMEModel
import TerminalUI
import Testing
@testable import SMEDashboard

/// Every key bound on the SOP and Assess screens, and mouse clicks, at sizes from 1×1 to
/// 120×40, from several starting states: nothing may trap, and frames keep their size.
@Suite struct SOPEditSweepTests {
    /// Below 60×18 keys are ignored (the too-small notice shows), so commands are sent directly there.
    private static let smallSizes = [Size(width: 1, height: 1), Size(width: 2, height: 2), Size(width: 10, height: 4), Size(width: 59, height: 17)]
    private static let sizes = [Size(width: 60, height: 18), Size(width: 80, height: 24), Size(width: 120, height: 40)]

    private static func starts(_ screen: Screen) -> [AppState] {
        switch screen {
        case .checklists:
            var modified = SOPEditFixture.draftFoodState()
            _ = modified.press(.char("G"), .char("d"), .enter)
            var templates = SOPEditFixture.state(.checklists)
            _ = templates.press(.char("h"), .char("G"))
            var empty = SOPEditFixture.draftFoodState()
            empty.checklists.documents[0].checklist.sections = []
            return [SOPEditFixture.state(.checklists), modified, templates, empty]
        default:
            var answering = SOPEditFixture.state(.assess, language: .id)
            answering.startAssessment(of: SOPEditFixture.firstBusiness(inSector: "food"))
            _ = answering.press(.char(" "), .char("G"), .char(" "), .char(" "))
            return [SOPEditFixture.state(.assess), answering]
        }
    }

    /// Sends the action, then Enter (accepting whatever it opened) and Esc, drawing in between,
    /// and draws the screen straight into a grid of the size too (the too-small notice hides it).
    private func exercise(_ start: AppState, size: Size, action: Action) {
        var state = start
        state.size = size
        for next in [action, .key(.enter)] {
            _ = state.update(next)
            FrameInvariants.check(state)
        }
        _ = state.update(.key(.escape))
        FrameInvariants.checkScreen(state, size: size)
    }

    @Test(arguments: [Screen.checklists, .assess])
    func everyBoundKeyAtEverySize(_ screen: Screen) {
        let bindings = KeyBinding.bindings(on: screen)
        for start in Self.starts(screen) {
            for size in Self.sizes {
                for key in bindings.flatMap(\.keys) { exercise(start, size: size, action: .key(key)) }
            }
            for size in Self.smallSizes {
                for command in bindings.compactMap(\.command) { exercise(start, size: size, action: .command(command)) }
            }
        }
    }

    @Test(arguments: [Screen.checklists, .assess])
    func mouseEventsAtEverySize(_ screen: Screen) {
        for start in Self.starts(screen) {
            for size in [Size(width: 60, height: 18), Size(width: 100, height: 30)] {
                let points = stride(from: 0, to: size.height, by: max(size.height / 5, 1)).flatMap { y in
                    stride(from: 0, to: size.width, by: max(size.width / 4, 1)).map { Point(x: $0, y: y) }
                }
                for point in points {
                    for kind in [MouseEvent.Kind.click(button: 1), .doubleClick(button: 1), .scrollDown] {
                        exercise(start, size: size, action: .key(.mouse(MouseEvent(kind, at: point))))
                    }
                }
            }
        }
    }
}
