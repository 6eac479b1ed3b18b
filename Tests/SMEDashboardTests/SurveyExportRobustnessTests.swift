import SMEModel
import Testing
import TerminalUI
@testable import SMEDashboard

/// Every command bound on the Survey and Export screens, at sizes from 1×1 to 120×40, from
/// several starting states: nothing may trap (a trap cannot restore the terminal).
@Suite struct SurveyExportRobustnessTests {
    static let widths = [1, 2, 3, 5, 20, 59, 60, 80, 120]
    static let heights = [1, 2, 3, 5, 17, 18, 24, 40]

    /// Starting states that reach different code: comparisons, long tables, each report and format.
    static func starts(_ screen: Screen, bundled: Bool) throws -> [AppState] {
        let base = bundled ? try SurveyExportFixture.bundled(.id, screen: screen) : SurveyExportFixture.small(.en, screen: screen)
        var starts = [base]
        if screen == .survey {
            var regions = base
            regions.press(.char("c"), .down, .enter, .char("n"), .end)
            var channels = base
            channels.press(.char("c"), .end, .enter, .char("b"), .end, .enter, .end)
            starts += [regions, channels]
        } else {
            var survey = base
            survey.press(.enter, .end, .enter, .down, .down, .right, .down, .right, .right, .end)
            var assessment = base
            assessment.press(.right, .down, .right, .down, .left)
            starts += [survey, assessment]
        }
        return starts
    }

    static func commands(on screen: Screen) -> [Command] {
        var seen = Set<Command>()
        return KeyBinding.bindings(on: screen).compactMap(\.command).filter { seen.insert($0).inserted }
    }

    /// Runs every command in turn on one state, answering whatever it opened with ↓ Enter,
    /// then draws; the state carries on, so each command also meets the previous one's result.
    private func exercise(_ start: AppState, screen: Screen, size: Size) {
        var state = start
        state.size = size
        for command in Self.commands(on: screen) {
            state.screen = screen
            _ = state.run(command)
            _ = state.update(.key(.down))
            _ = state.update(.key(.enter))
            _ = state.update(.key(.mouse(MouseEvent(.doubleClick(button: 1), at: Point(x: 3, y: size.height - 1)))))
            // The frame only says "too small" at small sizes; the screen itself is drawn too.
            FrameInvariants.check(state)
            FrameInvariants.checkScreen(state, size: size)
            state.modals.removeAll()
        }
    }

    @Test(arguments: [Screen.survey, .export])
    func everyBoundCommandAtEverySize(_ screen: Screen) throws {
        let starts = try Self.starts(screen, bundled: false)
        for width in Self.widths {
            for height in Self.heights {
                for start in starts { exercise(start, screen: screen, size: Size(width: width, height: height)) }
            }
        }
    }

    @Test(arguments: [Screen.survey, .export])
    func theBundledDataAtTypicalAndTinySizes(_ screen: Screen) throws {
        let starts = try Self.starts(screen, bundled: true)
        for size in [Size(width: 7, height: 3), Size(width: 60, height: 18), Size(width: 120, height: 40)] {
            for start in starts { exercise(start, screen: screen, size: size) }
        }
    }

    @Test func boundCommandsAreTheOnesTheScreensUse() {
        let survey = KeyBinding.table.filter { $0.scope == .screen(.survey) }.map(\.command)
        #expect(survey == [.pickWave, .pickBreakdown, .nextBreakdown, .compareWave, .cycleWeighting, .responseFrequency, .exportResponseFrequency])
        let export = KeyBinding.table.filter { $0.scope == .screen(.export) }.map(\.command)
        #expect(export == [.open, .nextValue, .previousValue, .runExport])
        // Global keys still reach the app from these screens.
        for screen in [Screen.survey, .export] {
            #expect(KeyBinding.command(for: .char("q"), on: screen) == .quit)
            #expect(KeyBinding.command(for: .char("1"), on: screen) == .showBusinesses)
            #expect(KeyBinding.command(for: .tab, on: screen) == .nextScreen)
            #expect(KeyBinding.command(for: .char("?"), on: screen) == .help)
            #expect(KeyBinding.command(for: .char("L"), on: screen) == .toggleLanguage)
        }
    }
}
