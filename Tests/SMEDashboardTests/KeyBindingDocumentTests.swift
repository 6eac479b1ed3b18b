import Foundation
import SMEDashboard
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
        var seen: [String: Command] = [:]
        for binding in KeyBinding.table {
            for key in binding.keys {
                let id = "\(binding.scope)-\(key)"
                if let other = seen[id], other != binding.command {
                    Issue.record("\(key.displayName) bound to \(other.name) and \(binding.command.name) in \(binding.scope)")
                }
                seen[id] = binding.command
            }
        }
    }
}
