import Foundation
@testable import SMEDashboard
import TerminalUI
import Testing

@Suite struct KeyBindingDocumentTests {
    @Test func docsFileMatchesTheBindingTable() throws {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let path = url.appendingPathComponent("docs/keybindings.md").path
        let onDisk = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        #expect(onDisk == KeyBindingDocument.markdown(),
                "docs/keybindings.md is stale: run `swift run smedash keybindings > docs/keybindings.md`")
    }

    @Test func everyCommandHasHelpInBothLanguages() {
        for command in Command.allCases {
            #expect(!command.help.id.isEmpty && !command.help.en.isEmpty)
            #expect(command.help.id != command.help.en || command == .commandMenu, "\(command)")
        }
    }

    @Test func noKeyIsBoundTwiceInOneScope() {
        var seen: [String: BoundAction] = [:]
        for binding in KeyBinding.table {
            for key in binding.keys {
                let id = "\(binding.scope)-\(key)"
                if let other = seen[id], other != binding.action {
                    Issue.record("\(key.displayName) bound to \(other.name) and \(binding.action.name) in \(binding.scope)")
                }
                seen[id] = binding.action
            }
        }
    }

    @Test func dialogKeysAreInTheTableHelpAndDocs() {
        for kind in DialogKind.allCases {
            #expect(KeyBinding.dialogCommand(for: .escape, in: kind) == .cancel, "\(kind)")
        }
        #expect(KeyBinding.dialogCommand(for: .char("h"), in: .question) == .previousButton)
        // In a list, letters filter: h is typed, not a move.
        #expect(KeyBinding.dialogCommand(for: .char("h"), in: .list) == nil)
        #expect(KeyBindingDocument.markdown().contains("| `Enter`, `Space` | `dialog-accept` |"))
        var state = SOPEditFixture.state(.checklists)
        state.modals = [.help(scroll: 0)]
        let help = HelpView(state: state).lines()
        #expect(help.contains("Question dialogs"))
        #expect(help.contains { $0.hasPrefix("←, Shift+Tab, h") && $0.hasSuffix("Previous button") })
    }
}
