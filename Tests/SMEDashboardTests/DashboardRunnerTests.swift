import Foundation
import SMEModel
import TerminalUI
import Testing
@testable import SMEDashboard

/// The run loop with a scripted terminal: frames drawn, effects performed on disk, signals and
/// resizes handled, the terminal shut down at the end.
@Suite struct DashboardRunnerTests {
    private func runner(_ script: [RecordingBackend.Step], root: String) -> (DashboardRunner, RecordingBackend) {
        let state = SOPEditFixture.state(.businesses, root: root)
        let backend = RecordingBackend(size: state.size, script: script)
        return (DashboardRunner(state: state, backend: backend, performer: EffectPerformer()), backend)
    }

    /// The food template's published revision, started as revision 4 and made required-toggled.
    private let editFood: [RecordingBackend.Step] = [.key(.char("3")), .key(.char("r")), .key(.enter)]

    @Test func aSaveThroughTheLoopWritesTheFileAndArchivesThePublishedRevision() throws {
        let folder = try SOPEditTemporaryData()
        let food = folder.root + "/sop/food.json"
        let published = try #require(try? ChecklistLibrary.loadTemplate(food).get().0.checklist)
        #expect(published.status == .published)
        let (runner, backend) = runner(editFood + [.key(.ctrl("s")), .key(.char("q"))], root: folder.root)
        #expect(runner.run() == 0)
        #expect(backend.isShutDown)
        // One frame at start and one per key but the last (q quits before drawing).
        #expect(backend.frames.count == 1 + 4)
        #expect(backend.frames.last?.lines().contains { $0.contains("Saved to") } == true)
        let saved = try #require(try? ChecklistLibrary.loadTemplate(food).get().0.checklist)
        #expect(saved.revision == published.revision + 1)
        #expect(saved.status == .draft)
        // The published revision it replaced is kept, so assessments that pinned it still score.
        let archive = ChecklistLibrary.revisionPath(for: food, revision: published.revision)
        let archived = try #require(try? ChecklistLibrary.loadTemplate(archive).get().0.checklist)
        #expect(archived == published)
        #expect(runner.state.data.savedTemplate(at: food)?.checklist == saved)
    }

    @Test func aHangUpSavesWhatIsUnsavedAndEndsTheLoop() throws {
        let folder = try SOPEditTemporaryData()
        let food = folder.root + "/sop/food.json"
        let (runner, backend) = runner(editFood + [.signal(.hangUp), .key(.char("j"))], root: folder.root)
        #expect(runner.run() == 0)
        #expect(backend.isShutDown)
        // The key after the signal is never read.
        #expect(backend.script == [.key(.char("j"))])
        #expect(try ChecklistLibrary.loadTemplate(food).get().0.checklist.status == .draft)
        #expect(runner.recoveredFiles.isEmpty)
    }

    @Test func aResizeRedrawsAtTheNewSize() throws {
        let folder = try SOPEditTemporaryData()
        let (runner, backend) = runner([.resize(Size(width: 80, height: 24)), .key(.char("2"))], root: folder.root)
        #expect(runner.run() == 0)
        #expect(backend.frames.map(\.size) == [Size(width: 100, height: 30), Size(width: 80, height: 24), Size(width: 80, height: 24)])
        #expect(runner.state.size == Size(width: 80, height: 24))
        #expect(runner.state.screen == .survey)
    }
}

/// `AppState` is a value: an update test can compare the whole state after a key, as a
/// reducer's test store does.
@Suite struct WholeStateTests {
    @Test(arguments: [(Screen.businesses, Key.char("r")), (.survey, .char("w")), (.checklists, .char("N")),
                      (.assess, .char("b")), (.export, .enter), (.businesses, .char("?"))])
    func aDialogOpenedAndCancelledLeavesTheWholeStateAsItWas(_ screen: Screen, _ key: Key) {
        let before = SOPEditFixture.state(screen)
        var state = before
        _ = state.press(key)
        #expect(!state.modals.isEmpty, "\(key) opened nothing on \(screen)")
        _ = state.press(.escape)
        #expect(state == before)
    }

    @Test func anUnboundKeyChangesNothing() {
        let before = SOPEditFixture.state(.checklists)
        var state = before
        #expect(state.press(.char("~")).isEmpty)
        #expect(state == before)
    }

    @Test func anEditIsOneStepAwayFromTheStateBeforeIt() {
        var state = SOPEditFixture.draftFoodState()
        let before = state
        _ = state.press(.char("r"))
        #expect(state != before)
        _ = state.press(.char("u"))
        // Undo restores the checklist; the redo step and the status are the only differences.
        var expected = before
        expected.checklists.documents[0].redoStack = state.checklists.documents[0].redoStack
        expected.status = state.status
        #expect(state == expected)
    }
}
