import Foundation
import SMEModel
import Testing
import TerminalUI
@testable import SMEDashboard

/// What the Survey screen puts beside the survey's own shares: `t` adds a weighted column, names
/// the weighting in the header and steps through the weightings (official counts join the cycle
/// once imported); the channel kinds carry the national BPS shares from the reference file.
@Suite struct SurveyContextScreenTests {
    @Test func tAddsTheWeightedShareTheModelComputes() throws {
        var state = try SurveyExportFixture.bundled(.id, size: Size(width: 100, height: 30))
        state.survey.waveID = "2021-01"
        _ = state.press(.char("t"))
        #expect(state.survey.weighting == .sectorRegion)
        let registry = state.data.registry
        let wave = try #require(registry.waves.first { $0.id == "2021-01" })
        let figures = SurveyFigures(registry: registry, wave: wave, breakdown: .sector, weighting: .sectorRegion, language: .id)
        let total = try #require(figures.total?.weighted)
        let numbers = NumberStyle(.id)
        let lines = state.screenLines
        #expect(lines[2].contains("tertimbang: sektor × kabupaten/kota"), "\(lines[2])")
        #expect(lines[3].contains("Tertimbang Selang 95%"), "\(lines[3])")
        let all = try #require(lines.first { $0.hasPrefix("  Semua") })
        let expected = numbers.percent(total.share) + " [" + numbers.decimal((total.low ?? 0) * 100, decimals: 1) + " – "
            + numbers.decimal((total.high ?? 0) * 100, decimals: 1) + "]"
        #expect(all.contains(expected), "\(all) lacks \(expected)")
        #expect(lines.contains { $0.contains("Tertimbang (pasca-stratifikasi sektor × kabupaten/kota) menurut 800 usaha di registri") })
    }

    @Test func tStepsThroughTheWeightingsAndBack() throws {
        var state = try SurveyExportFixture.bundled(.en)
        var seen: [SurveyWeighting?] = []
        for _ in 0..<3 {
            _ = state.press(.char("t"))
            seen.append(state.survey.weighting)
        }
        #expect(seen == [.sectorRegion, .sectorScale, nil], "no official counts in the bundled data")
        #expect(!state.screenLines.joined().contains("Weighted"))
    }

    @Test func officialCountsJoinTheCycleOnceImported() throws {
        var (state, folder) = try SurveyExportFixture.bundled(.en, screen: .survey, officialCounts: ["3273": 300_000, "3204": 500_000])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        state.survey.waveID = "2021-01"
        _ = state.press(.char("t"), .char("t"), .char("t"))
        #expect(state.survey.weighting == .sectorRegionOfficial)
        #expect(state.screenLines.contains { $0.contains("official counts of 2 regencies/cities") })
        _ = state.press(.char("t"))
        #expect(state.survey.weighting == nil)
    }

    @Test func channelKindsShowTheNationalShares() throws {
        var state = try SurveyExportFixture.bundled(.id, size: Size(width: 100, height: 30))
        state.survey.waveID = "2021-01"
        state.survey.breakdown = .channelKind
        let lines = state.screenLines
        #expect(lines[3].contains("Nasional"), "\(lines[3])")
        #expect(lines.first { $0.contains("media sosial") }?.contains("48,7–54,7%") == true)
        #expect(lines.first { $0.contains("pesan instan") }?.contains("94,0%") == true)
        #expect(lines.contains { $0.contains("Nasional = bagian pelaku usaha daring di Indonesia") })
        state.survey.breakdown = .sector
        #expect(!state.screenLines.joined().contains("Nasional"))
    }
}
