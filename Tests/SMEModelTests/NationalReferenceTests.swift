import Foundation
import Testing
@testable import SMEModel

/// The national channel shares come from a data file with their source and year, and sit beside
/// the survey's own shares by kind of channel; the bundled file holds BPS's figures.
@Suite struct NationalReferenceTests {
    @Test func theBundledFileHoldsBPSFiguresWithTheirSources() throws {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let reference = try NationalReference.load(from: DataFolder(root: url.appendingPathComponent("data").path))
        #expect(reference.range(.messaging) == 0.9398...0.9398)
        #expect(reference.range(.social) == 0.4865...0.5466)
        #expect(reference.range(.marketplace) == 0.2064...0.2164)
        #expect(reference.range(.foodDelivery) == nil)
        #expect(reference.coverageYears == 2020...2021)
        #expect(reference.sources.count == 2 && reference.sources.allSatisfy { $0.hasPrefix("BPS, Statistik eCommerce") })
    }

    @Test func aShareOutsideZeroToOneIsALocatedError() throws {
        let folder = try TemporaryFolder()
        try folder.write("reference/national-channels.csv", "kind,share,coverageYear,source\nmessaging,93.98,2020,BPS\n")
        #expect {
            _ = try NationalReference.load(from: DataFolder(root: folder.path))
        } throws: { error in
            String(describing: error).hasSuffix("national-channels.csv:2: column \"share\": \"93.98\" must be a fraction between 0 and 1 (0.9398)")
        }
        let empty = try TemporaryFolder()
        #expect(try NationalReference.load(from: DataFolder(root: empty.path)).figures.isEmpty)
    }

    @Test func channelKindRowsCarryTheNationalRangeAndANote() throws {
        let wave = SurveyFixtures.wave("w1")
        let responses = [SurveyFixtures.response("a", wave: "w1", sector: "food", region: "3273", online: .yes, channels: [.whatsapp, .shopee])]
        var generator = SampleGenerator(settings: GeneratorSettings(businesses: 3, cooperatives: 1, responsesPerWave: 1, seed: 4))
        let base = generator.makeRegistry()
        let registry = Registry(regions: base.regions, sectors: base.sectors, businesses: [], cooperatives: [], waves: [wave], responses: responses)
        let reference = NationalReference(figures: [
            .init(kind: .messaging, share: 0.94, coverageYear: 2020, source: "BPS A"),
            .init(kind: .marketplace, share: 0.20, coverageYear: 2020, source: "BPS A"),
            .init(kind: .marketplace, share: 0.22, coverageYear: 2021, source: "BPS B"),
        ])
        let figures = SurveyFigures(registry: registry, wave: wave, breakdown: .channelKind, national: reference, language: .en)
        let marketplace = try #require(figures.rows.first { $0.group == "marketplace" })
        #expect(marketplace.nationalLow == 0.20 && marketplace.nationalHigh == 0.22)
        #expect(figures.rows.first { $0.group == "social" }?.nationalLow == nil)
        #expect(figures.footnotes.contains { $0.en.contains("coverage years 2020–2021 (BPS A; BPS B)") })
        // Other breakdowns never carry it.
        let sectors = SurveyFigures(registry: registry, wave: wave, breakdown: .sector, national: reference, language: .en)
        #expect(sectors.rows.allSatisfy { $0.nationalLow == nil })
    }
}
