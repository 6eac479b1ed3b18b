import Foundation
import SMEDashboard
import SMEModel
import TerminalUI
import Testing

/// y copies the selected row, item or figure through the terminal (OSC 52), only after the
/// official allowed it once; the choice is remembered in the settings.
@Suite struct CopyTests {
    @Test func theFirstCopyAsksAndTheAnswerIsRemembered() {
        var state = DashboardFixture.state(.en, width: 120, height: 36)
        let first = state.data.registry.businesses[state.businesses.rows[0]]
        #expect(state.press(.char("y")).isEmpty)
        #expect(state.screenLines.contains { $0.contains("Copy through the terminal?") })
        // Cancel is the default: Enter copies nothing.
        var declined = state
        #expect(declined.press(.enter).isEmpty)
        #expect(!declined.options.allowsCopy)
        let effects = state.press(.char("y"))
        guard case .copy(let text)? = effects.first else { Issue.record("no copy: \(effects)"); return }
        #expect(text.hasPrefix(first.id + "\t" + first.name + "\t"))
        #expect(state.options.allowsCopy)
        #expect(state.settings.copy == true)
        #expect(state.status?.text.en.hasPrefix("Copied: \(first.id) · \(first.name)") == true)
        // Allowed: the next y copies at once.
        state.press(.down)
        #expect(state.press(.char("y")).count == 1)
    }

    @Test func anSOPItemAndAFrequencyRowAreCopiedAsTheyRead() throws {
        var state = DashboardFixture.state(.en)
        state.options.allowsCopy = true
        state.press(.char("3"))
        let item = try #require(state.checklists.currentDocument?.selectedItem)
        #expect(state.press(.char("y")) == [.copy([item.key, item.textEn, item.text].joined(separator: "\t"))])
        state.press(.char("1"), .char("F"))
        state.type("scale")
        state.press(.enter)
        let view = try #require(state.businesses.frequency)
        let top = view.order[0]
        #expect(state.press(.char("y")) == [.copy(view.table.rows[top].label.en + "\t" + String(view.table.rowTotals[top]))])
    }

    @Test func theRunnerHandsTheTextToTheTerminalAndTheSequenceIsBase64() {
        var state = DashboardFixture.state(.en)
        state.options.allowsCopy = true
        let backend = RecordingBackend(size: Size(width: 100, height: 30), keys: [.char("y")])
        let runner = DashboardRunner(state: state, backend: backend)
        _ = runner.run()
        #expect(backend.copied.count == 1)
        // Whatever a name holds, it travels encoded: no byte of it reaches the terminal as is.
        let sequence = TerminalClipboard.sequence(for: "Warung \u{1B}]0;owned\u{07} Bu Iis")
        #expect(sequence.hasPrefix("\u{1B}]52;c;") && sequence.hasSuffix("\u{07}"))
        let payload = sequence.dropFirst(7).dropLast()
        #expect(!payload.contains("\u{1B}"))
        #expect(Data(base64Encoded: String(payload)) == Data("Warung \u{1B}]0;owned\u{07} Bu Iis".utf8))
    }
}
