import SMEModel
import Testing
import TerminalUI
@testable import SMEDashboard

/// What every drawn frame must satisfy, whatever the keys and the size: the sweeps check these
/// rather than only the frame's size.
enum FrameInvariants {
    /// A whole frame from `AppState.render`.
    static func check(_ state: AppState, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let grid = state.render()
        #expect(grid.size == state.size, sourceLocation: sourceLocation)
        let lines = grid.lines()
        checkPrintable(lines, sourceLocation: sourceLocation)
        // With no dialog over it (help covers the whole frame), the tab line is there and the
        // hint line names keys.
        guard !state.isTooSmall, state.modals.isEmpty, state.size.width > 0, state.size.height > 2 else { return }
        #expect(lines.first?.hasPrefix("smedash") == true, "\(lines.first ?? "")", sourceLocation: sourceLocation)
        #expect(lines.last?.contains(where: { !$0.isWhitespace }) == true, "empty hint line", sourceLocation: sourceLocation)
    }

    /// A screen drawn straight into a grid of `size` (what the too-small notice would hide).
    static func checkScreen(_ state: AppState, size: Size, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var grid = Grid(size: size)
        state.renderScreen(state.screen, in: grid.bounds, into: &grid)
        let lines = grid.lines()
        checkPrintable(lines, sourceLocation: sourceLocation)
        if size.width >= 20, size.height >= 4 {
            #expect(lines.contains { $0.contains(where: { !$0.isWhitespace }) }, "the screen drew nothing at \(size)",
                    sourceLocation: sourceLocation)
        }
    }

    /// No control character ever reaches a cell: the terminal would act on it.
    private static func checkPrintable(_ lines: [String], sourceLocation: Testing.SourceLocation) {
        for (row, line) in lines.enumerated() {
            let bad = line.unicodeScalars.first { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
            #expect(bad == nil, "control character U+\(String(bad?.value ?? 0, radix: 16)) on row \(row)", sourceLocation: sourceLocation)
        }
    }
}
