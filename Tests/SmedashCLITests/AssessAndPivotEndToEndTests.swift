import Foundation
import SMEModel
import Testing

/// The real binary in tmux at 80×24: a saved assessment reopened and corrected in its own file,
/// a follow-up visit carrying the open corrective actions, and a region × sector pivot drilled
/// into its records.
@Suite(.serialized) struct AssessAndPivotEndToEndTests {
    /// The bundled visit with five open corrective actions.
    private let business = "UMK-3216-00375"
    private let saved = "2020-08-26-umk-3216-00375.json"

    private func start(_ data: String) throws -> TmuxSession {
        try TmuxSession(width: 80, height: 24, command: "'\(CLIRunner.binary)' --data '\(data)' --lang en",
                        environment: ["SMEDASH_ASSESSOR": "Rina Marlina"])
    }

    private func openBusiness(_ session: TmuxSession) throws {
        try session.waitFor("of 800")
        try session.send("4", "b")
        try session.type(business)
        try session.send("Enter")
    }

    private func answers(_ path: String) throws -> [String: [String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        return object?["answers"] as? [String: [String: Any]] ?? [:]
    }

    @Test(.enabled(if: DashboardEndToEndTests.hasTmux)) func reopenAndCorrectAnAssessmentInItsOwnFile() throws {
        let data = try DashboardEndToEndTests.copyOfData()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let folder = data + "/assessments"
        let visits = { try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted() }
        let before = try visits()
        let original = try answers(folder + "/" + saved)
        let session = try start(data)
        try openBusiness(session)
        try session.send("o")
        try session.waitFor("CURRENT")
        try session.send("Enter")
        try session.waitFor("opened (the current one)")
        // sal-001 takes the next answer in the cycle; Space moves on to sal-002.
        try session.send("Space")
        try session.send("C-s")
        try session.waitFor("Saved")
        try session.send("q")
        try session.waitFor("[exit 0]")
        let corrected = try answers(folder + "/" + saved)
        #expect(original["sal-001"] != nil)
        #expect(original["sal-001"]?["result"] as? String == "yes")
        #expect(corrected["sal-001"]?["result"] as? String == "no", "yes → no in the cycle")
        #expect(try visits() == before, "no -2.json beside it")
    }

    @Test(.enabled(if: DashboardEndToEndTests.hasTmux)) func aFollowUpVisitCarriesTheOpenCorrectiveActions() throws {
        let data = try DashboardEndToEndTests.copyOfData()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let folder = data + "/assessments"
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") })
        let session = try start(data)
        try openBusiness(session)
        try session.send("F")
        try session.waitFor("5 open corrective actions carried over")
        try session.send("C-s")
        try session.waitFor("Saved")
        try session.send("q")
        try session.waitFor("[exit 0]")
        let added = Set(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }).subtracting(before)
        #expect(added.count == 1)
        let followUp = try answers(folder + "/" + (added.first ?? ""))
        let open = followUp.values.filter { ($0["action"] as? [String: Any])?["status"] as? String == "open" }
        #expect(open.count == 5)
    }

    @Test(.enabled(if: DashboardEndToEndTests.hasTmux)) func aRegionBySectorPivotDrillsIntoItsRecords() throws {
        let registry = try DataFolder(root: CLIRunner.bundledData).loadRegistry()
        let session = try start(CLIRunner.bundledData)
        try session.waitFor("of 800")
        try session.send("F")
        try session.type("region")
        try session.send("Enter")
        try session.waitFor("Region · 800 businesses")
        try session.send("F")
        try session.type("sector")
        try session.send("Enter")
        let pivot = try session.waitFor("[Total]")
        #expect(pivot.contains("Region × Sector · 800 businesses"))
        // The largest region is on top; → puts the cursor on the first sector, Enter drills.
        let table = FrequencyTable.businesses(registry, rows: Array(registry.businesses.indices), by: [.region, .sector])
        let top = table.rows.indices.max { table.rowTotals[$0] < table.rowTotals[$1] || (table.rowTotals[$0] == table.rowTotals[$1] && $0 > $1) }!
        let expected = table.counts[top][0]
        try session.send("Right", "Enter")
        let screen = try session.waitFor("\(expected) of 800")
        #expect(screen.contains("Region = \(table.rows[top].label.en)"), "\(screen)")
        try session.send("q")
    }
}
