import Foundation
import Testing

/// tmux: an SOP edit saved as revision 4, then H compares the published revision 3 with it.
@Suite(.serialized) struct HistoryEndToEndTests {
    @Test(.enabled(if: DashboardEndToEndTests.hasTmux)) func aRevisionDiffShowsWhatChanged() throws {
        let data = try DashboardEndToEndTests.copyOfData()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let session = try TmuxSession(width: 80, height: 24, command: "'\(CLIRunner.binary)' --data '\(data)' --lang en")
        try session.addFoodItem("Sabun cair tersedia di wastafel", "Liquid soap at the basin")
        try session.send("C-s")
        try session.waitFor("Saved to")
        try session.send("H")
        try session.waitFor("compare from the version")
        // The second entry is the published revision 3 (archived by the save); then the current file.
        try session.send("Enter")
        try session.waitFor("with the version")
        try session.send("Enter")
        let screen = try session.waitFor("Differences: rev. 3")
        #expect(screen.contains("1 items added, 0 removed, 0 changed, 0 moved"), "\(screen)")
        #expect(screen.contains("~ Revision: 3 → 4"))
        #expect(screen.contains("EN: Liquid soap at the basin"))
        try session.send("Escape", "q")
        try session.waitFor("[exit 0]")
    }
}
