import Foundation
import SMEDashboard
import SMEModel
import TerminalUI
import Testing

/// Random keys and resizes against the pure update and render functions: nothing may trap, and
/// the state must stay consistent. `SMEDASH_MONKEY_KEYS` sets how many keys (default 2,000).
@Suite struct MonkeyTests {
    static let keyCount = Int(ProcessInfo.processInfo.environment["SMEDASH_MONKEY_KEYS"] ?? "") ?? 2_000

    /// Every bound key, the keys text fields take, and some junk.
    static let alphabet: [Key] = {
        var keys = Set(KeyBinding.table.flatMap(\.keys))
        for character in "abcdefghijklmnopqrstuvwxyz0123456789 /:#!?.,-é中😀" { keys.insert(.char(character)) }
        keys.formUnion([.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab,
                        .backspace, .delete, .alt(.up), .alt(.down), .alt(.char("x")), .unknown(999), .function(7),
                        .mouse(MouseEvent(.click(button: 1), at: Point(x: 30, y: 5))),
                        .mouse(MouseEvent(.scrollDown, at: Point(x: 50, y: 10)))])
        // Quitting and suspending would end a real run; the monkey keeps going instead.
        keys.subtract([.char("q"), .ctrl("c"), .function(10), .ctrl("z")])
        return keys.sorted { "\($0)" < "\($1)" }
    }()

    @Test func randomKeysAndResizesKeepTheStateConsistent() {
        var random = SeededRandom(seed: 20_201_122)
        var state = DashboardFixture.state()
        var sent = 0, resizes = 0, saves = 0
        while sent < Self.keyCount {
            if random.chance(0.03) {
                let size = Size(width: random.int(1...300), height: random.int(1...100))
                _ = state.update(.resized(size))
                resizes += 1
            }
            let key = random.pick(Self.alphabet)
            let effects = state.update(.key(key))
            sent += 1
            // Saves are not performed here (no disk), so answer them as a failed save would be.
            for effect in effects {
                let failure = { (path: String) in SaveFailure(path: path, message: Localized("simulated"), isConflict: random.chance(0.5)) }
                switch effect {
                case .saveChecklist(let path, _, _, _):
                    saves += 1
                    _ = state.update(.checklists(.saveFailed(failure(path))))
                case .saveAssessment(let path, _, _):
                    saves += 1
                    _ = state.update(.assess(.saveFailed(failure(path))))
                default: break
                }
            }
            let grid = state.render()
            #expect(grid.width == max(state.size.width, 0) && grid.height == max(state.size.height, 0))
            checkInvariants(state)
            if sent % 500 == 0 { state.modals.removeAll() }
        }
        print("monkey: \(sent) keys, \(resizes) resizes, \(saves) save attempts answered")
    }

    private func checkInvariants(_ state: AppState) {
        let b = state.businesses
        #expect(b.rows.isEmpty || b.rows.indices.contains(b.selection), "business selection \(b.selection) of \(b.rows.count)")
        #expect(b.offset >= 0)
        #expect(b.sidebarSelection >= 0 && b.sidebarSelection < max(b.sidebarCounts.count, 1))
        for document in state.checklists.documents {
            let count = document.checklist.items.count
            #expect(count == 0 || (0..<count).contains(document.selection), "checklist selection \(document.selection) of \(count)")
            // Undo snapshots are whole checklists of the same template.
            #expect(document.undoStack.allSatisfy { $0.key == document.checklist.key })
            #expect(document.redoStack.allSatisfy { $0.key == document.checklist.key })
            // The file on disk is recorded once, in the data; an open template always has one
            // unless it is a copy on its way to a new file.
            #expect(state.data.savedTemplate(at: document.path) != nil || state.checklists.savingCopies[document.path] != nil)
        }
        #expect(state.checklists.documents.isEmpty || state.checklists.documents.indices.contains(state.checklists.current))
        if let assessment = state.assess.assessment, let checklist = state.assess.checklist {
            #expect(assessment.templateKey == checklist.key)
            #expect(assessment.answers.keys.allSatisfy { checklist.item($0) != nil })
        }
        #expect(state.hasUnsavedChanges == (state.checklists.isModified(in: state.data) || state.assess.isModified(in: state.data)))
        // Every open dialog belongs to a screen or the app, and its buttons carry distinct answers.
        for case .confirm(let confirm) in state.modals {
            #expect(Set(confirm.buttons.map(\.choice)).count == confirm.buttons.count)
        }
    }
}

/// Issue 12's popup that vanished while keeping the keyboard, looked for in the model: after any
/// key at any size the app can draw, an open dialog's title is on the frame. (The real terminal
/// is compared with the model's frame in FrameSyncEndToEndTests.)
@Suite struct OpenDialogIsDrawnTests {
    @Test func anOpenDialogIsAlwaysOnTheFrame() {
        var random = SeededRandom(seed: 7)
        var state = DashboardFixture.state()
        var checked = 0
        for step in 0..<MonkeyTests.keyCount * 2 {
            if random.chance(0.01) { _ = state.update(.resized(Size(width: random.int(60...140), height: random.int(18...40)))) }
            _ = state.update(.key(random.pick(MonkeyTests.alphabet)))
            if step % 300 == 0 { state.modals.removeAll() }
            guard let top = state.modals.last, !state.isTooSmall else { continue }
            let title: String
            switch top {
            case .picker(let picker): title = picker.title(state.language)
            case .confirm(let confirm): title = confirm.title(state.language)
            case .prompt(let prompt): title = prompt.title(state.language)
            case .message(let heading, _), .document(let heading, _, _): title = heading(state.language)
            case .help, .commandMenu: continue
            }
            checked += 1
            let frame = state.render().text
            #expect(frame.contains(String(title.prefix(6))), "step \(step): \(top) is open but not drawn:\n\(frame)")
        }
        #expect(checked > 100)
    }
}
