import Foundation
import SMEModel
import Testing
import TerminalUI
@testable import SMEDashboard

/// Once official counts are imported (`smedash import opendata`), the region filter on the
/// Businesses screen says for each region how much of the official count the registry holds.
@Suite struct RegistryCoverageScreenTests {
    @Test func theRegionPickerShowsCoverage() throws {
        var (state, folder) = try SurveyExportFixture.bundled(.id, screen: .businesses, officialCounts: ["3273": 300_000])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let data = state.data
        let inCity = data.registry.businesses.indices.count { data.registry.businesses.region(at: $0) == "3273" }
        _ = state.press(.char("r"))
        guard case .picker(let picker)? = state.modals.last else {
            Issue.record("no region picker")
            return
        }
        #expect(picker.title.id == "Saring wilayah · cakupan registri thd. jumlah resmi")
        let city = try #require(picker.options.first { $0.id.hasPrefix("Kota Bandung") })
        let share = NumberStyle(.id).percent(Double(inCity) / 300_000, decimals: 2)
        #expect(city.id == "Kota Bandung · \(inCity) dari 300.000 resmi (\(share))")
        #expect(picker.options.first { $0.id.hasPrefix("Kab. Garut") }?.id == "Kab. Garut", "no official count, no coverage")
        // Without official counts the picker is the plain list.
        var plain = try SurveyExportFixture.bundled(.id, screen: .businesses)
        _ = plain.press(.char("r"))
        guard case .picker(let plainPicker)? = plain.modals.last else { return }
        #expect(plainPicker.options.allSatisfy { !$0.id.contains("resmi") })
    }
}
