import Foundation
import SMEModel
import TerminalUI
import Testing
@testable import SMEDashboard

/// Reading the data again while the dashboard is open: offered when another office accepts a
/// batch into the shared registry, asked for with Ctrl+O, never over unsaved work, and keeping
/// the business list's filters and selection.
@Suite struct ReloadDataTests {
    private let accepted = StoreNotice(official: "Budi", action: "accept", subject: "imports/20261204-124907-garut")

    /// A path under the temporary folder that does not exist yet.
    static func scratch() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("smedash-reload-\(UUID().uuidString)").path
    }

    @Test func aBatchAcceptedElsewhereIsOfferedToBeReadAgain() throws {
        var state = DashboardFixture.state()
        #expect(state.update(.storeChanged([accepted])).isEmpty)
        let frame = state.render().text
        #expect(frame.contains("The shared store changed"))
        #expect(frame.contains("Budi accepted batch 20261204-124907-garut into the registry"))
        // "Later" is the default: Enter leaves everything as it is.
        #expect(state.press(.enter).isEmpty)
        #expect(state.modals.isEmpty)
        _ = state.update(.storeChanged([accepted]))
        #expect(state.press(.char("y")) == [.reloadData])
        #expect(state.status?.text.en == "Reading the data again…")
    }

    /// The offer fits the smallest screen the dashboard works at, in both languages, buttons and all.
    @Test(arguments: [(80, 24), (60, 18)])
    func theOfferFitsSmallScreens(width: Int, height: Int) {
        for language in [Language.en, .id] {
            var state = DashboardFixture.state(language, width: width, height: height)
            _ = state.update(.storeChanged([accepted]))
            let frame = state.render().text
            let words = language == .en ? ["The shared store changed", "Read again", "Later", "20261204-124907-garut"]
                : ["Data berubah di penyimpanan bersama", "Baca ulang", "Nanti", "20261204-124907-garut"]
            for word in words { #expect(frame.contains(word), "\(width)×\(height) \(language): \(word)\n\(frame)") }
        }
    }

    @Test func withADialogOpenOrWorkUnsavedTheStatusLineSaysHow() {
        var state = DashboardFixture.state()
        state.press(.char("?"))
        _ = state.update(.storeChanged([accepted]))
        #expect(state.status?.text.en == "Budi accepted batch 20261204-124907-garut into the registry; Ctrl+O reads the data again")
        #expect(state.modals.count == 1)

        var editing = SOPEditFixture.draftFoodState(language: .id)
        editing.press(.char("a"))
        editing.type("Sabun cair")
        editing.press(.enter)
        editing.type("Liquid soap")
        editing.press(.enter)
        #expect(editing.hasUnsavedChanges)
        #expect(editing.press(.ctrl("o")).isEmpty)
        #expect(editing.status?.text.id == "Simpan atau batalkan perubahan dulu, lalu Ctrl+O membaca ulang data")
        _ = editing.update(.storeChanged([accepted]))
        #expect(editing.modals.isEmpty)
        #expect(editing.status?.text.id.hasSuffix("; Ctrl+O membaca ulang data") == true)
    }

    @Test func theDataReadAgainKeepsTheListsSearchAndSelection() throws {
        let folder = Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: DashboardFixture.folder.root, toPath: folder)
        let businesses = DataFolder(root: folder).businesses
        // The new business comes first in the file and in the list, so every other one moves
        // down a row: the selection follows the business, not the row number.
        var lines = try String(contentsOfFile: businesses, encoding: .utf8).components(separatedBy: "\n")
        lines.insert("UMK-3205-00759,Katering Aam Garut,,,,food,3205,micro,,1,2020,no,,,,normal", at: 1)
        try lines.joined(separator: "\n").write(toFile: businesses, atomically: true, encoding: .utf8)

        var state = DashboardFixture.state()
        #expect(state.press(.ctrl("o")) == [.reloadData])
        state.press(.char("/"))
        state.type("katering")
        state.press(.enter)
        let before = state.businesses.rows.count
        state.businesses.selection = before - 1
        let chosen = try #require(state.businesses.selectedRow.map { state.data.registry.businesses[$0].id })

        let reloaded = EffectPerformer().reloadData(DataFolder(root: folder))
        guard case .dataReloaded = reloaded else {
            Issue.record("the folder was not read again: \(reloaded)")
            return
        }
        _ = state.update(reloaded)
        #expect(state.data.registry.businesses.count == DashboardFixture.data.registry.businesses.count + 1)
        #expect(state.businesses.query.search == "katering")
        #expect(state.businesses.rows.count == before + 1)
        #expect(state.businesses.selectedRow.map { state.data.registry.businesses[$0].id } == chosen)
        #expect(state.status?.text.en == "Data read again: 801 businesses, 150 cooperatives")
        #expect(state.render().text.contains("\(before + 1) of 801"))
    }

    @Test func aFolderThatNoLongerReadsIsNamedAndTheDataStays() throws {
        let reloaded = EffectPerformer().reloadData(DataFolder(root: Self.scratch()))
        var state = DashboardFixture.state()
        _ = state.update(reloaded)
        #expect(state.status?.kind == .error)
        #expect(state.status?.text.en.hasPrefix("The data could not be read again: ") == true)
        #expect(state.data == DashboardFixture.data)
    }
}
