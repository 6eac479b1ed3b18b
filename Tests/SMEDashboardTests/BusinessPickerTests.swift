import SMEModel
import TerminalUI
import Testing
@testable import SMEDashboard

/// The Assess screen's business picker over the registry: entries labelled when drawn, found by
/// the registry's search (name, owner or id), the answer being the business the official saw.
@Suite struct BusinessPickerTests {
    private var registry: Registry { SOPEditFixture.registry }

    private func openPicker(_ state: inout AppState) throws -> Picker {
        _ = state.press(.char("b"))
        guard case .picker(let picker)? = state.modals.last else { throw PickerMissing() }
        return picker
    }

    private struct PickerMissing: Error {}

    /// What the business list's search finds, worked out from the business values themselves.
    private func expectedRows(_ needle: String, among rows: [Int]) -> [Int] {
        rows.filter { row in
            let business = registry.businesses[row]
            return [business.name, business.owner, business.id].contains { $0.lowercased().contains(needle) }
        }
    }

    @Test func everyBusinessIsOfferedWithItsNameIdAndSector() throws {
        var state = SOPEditFixture.state(.assess)
        let picker = try openPicker(&state)
        #expect(picker.options.count == registry.businesses.count)
        for row in [0, 1, registry.businesses.count / 2, registry.businesses.count - 1] {
            let business = registry.businesses[row]
            #expect(picker.options[row] == Localized(id: "\(business.name) · \(business.id) · \(registry.sectorName(business.sector, .id))",
                                                     en: "\(business.name) · \(business.id) · \(registry.sectorName(business.sector, .en))"))
        }
    }

    @Test func typingNarrowsByNameOwnerOrIdAndEnterAssessesTheHighlightedOne() throws {
        var state = SOPEditFixture.state(.assess)
        _ = try openPicker(&state)
        let all = Array(registry.businesses.indices)
        var shown: [Int] = []
        for (typed, needle) in [("b", "b"), ("a", "ba"), ("k", "bak"), ("s", "baks"), ("o", "bakso")] {
            _ = state.type(typed)
            guard case .picker(let picker)? = state.modals.last else { throw PickerMissing() }
            shown = Array(picker.visible(.en))
            #expect(shown == expectedRows(needle, among: all), "after \(needle)")
        }
        #expect(shown.count > 3)
        // Erasing goes back to what a shorter text finds.
        _ = state.press(.backspace, .backspace)
        guard case .picker(let wider)? = state.modals.last else { throw PickerMissing() }
        #expect(Array(wider.visible(.en)) == expectedRows("bak", among: all))
        _ = state.type("so")
        _ = state.press(.down, .down, .enter)
        #expect(state.modals.isEmpty)
        #expect(state.assess.business == shown[2])
        #expect(state.assess.assessment?.businessID == registry.businesses[shown[2]].id)
    }

    @Test func aPickerOverSomeBusinessesAnswersWithItsOwnEntries() {
        let rows = Array(stride(from: 1, to: registry.businesses.count, by: 3))
        let options = PickerOptions.businesses(rows, in: registry)
        #expect(options.count == rows.count)
        #expect(options[2].en.contains(registry.businesses.id(at: rows[2])))
        for needle in ["a", "ab", "umk-32", "siti", "zzzz"] {
            let expected = rows.enumerated().filter { expectedRows(needle, among: [$0.element]).count == 1 }.map(\.offset)
            #expect(Array(options.matches(needle)) == expected, "\(needle)")
        }
        // Upper case is the same search; no filter keeps every entry.
        #expect(Array(options.matches("SITI")) == Array(options.matches("siti")))
        #expect(options.matches("").count == rows.count)
        #expect(options.matches("").firstIndex(of: 5) == 5)
        #expect(options.matches("zzzz").firstIndex(of: 5) == nil)
    }

    @Test func theBusinessChosenOnTheBusinessesScreenIsHighlightedWhereverItIs() throws {
        for language in [Language.en, .id] {
            for size in [Size(width: 80, height: 24), Size(width: 60, height: 18)] {
                var state = SOPEditFixture.state(.assess, language: language, size: size)
                let row = registry.businesses.count - 7
                state.assess.business = row
                _ = try openPicker(&state)
                let business = registry.businesses[row]
                let frame = state.render().lines()
                let selected = try #require(frame.first { $0.contains("> \(business.name) · ") }, "\(language) \(size)\n\(frame.joined(separator: "\n"))")
                #expect(selected.contains(String(business.id.prefix(8))) || size.width < 80)
                // The list scrolled just far enough: the entry before it sits right above it.
                let above = try #require(frame.firstIndex(of: selected)).advanced(by: -1)
                #expect(frame[above].contains("  \(registry.businesses[row - 1].name) · "), "\(frame[above])")
            }
        }
    }
}
