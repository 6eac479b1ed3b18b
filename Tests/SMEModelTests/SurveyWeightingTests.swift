import Testing
@testable import SMEModel

/// Post-stratified shares against a hand-made example, worked out independently (in Python,
/// from the formulas in docs/survey.md): the weights, the weighted share, Kish's effective sample
/// size and the Wilson interval on it.
@Suite struct SurveyWeightingTests {
    /// Registry: food 60 in 3273 and 20 in 3204, salon 10 in each. Sample: food/3273 4 (3 online),
    /// food/3204 4 (1 online), salon/3273 2 (1 online), salon/3204 none, and one crafts/3273
    /// respondent the registry has no cell for.
    private static let registry: Registry = {
        var generator = SampleGenerator(settings: GeneratorSettings(businesses: 3, cooperatives: 1, responsesPerWave: 1, seed: 4))
        let base = generator.makeRegistry()
        var template = Array(base.businesses)[0]
        var businesses: [Business] = []
        for (sector, region, count) in [("food", "3273", 60), ("food", "3204", 20), ("salon", "3273", 10), ("salon", "3204", 10)] {
            for index in 0..<count {
                template.id = "UMK-\(region)-\(sector)-\(index)"
                template.sector = sector
                template.region = region
                template.scale = .micro
                businesses.append(template)
            }
        }
        var responses: [SurveyResponse] = []
        func add(_ sector: String, _ region: String, yes: Int, of n: Int) {
            for index in 0..<n {
                responses.append(SurveyFixtures.response("\(sector)-\(region)-\(index)", wave: "w1", sector: sector, region: region,
                                                         online: index < yes ? .yes : .no))
            }
        }
        add("food", "3273", yes: 3, of: 4)
        add("food", "3204", yes: 1, of: 4)
        add("salon", "3273", yes: 1, of: 2)
        add("crafts", "3273", yes: 1, of: 1)
        return Registry(regions: base.regions, sectors: base.sectors, businesses: businesses, cooperatives: [],
                        waves: [SurveyFixtures.wave("w1")], responses: responses)
    }()

    /// The cells are tallied over the code columns; counting the business values gives the same.
    @Test func cellsCountEveryBusinessOnce() throws {
        let bundled = try BundledDataTests.folder.loadRegistry()
        for registry in [Self.registry, bundled] {
            for weighting in [SurveyWeighting.sectorRegion, .sectorScale] {
                var expected: [String: Int] = [:]
                for business in registry.businesses {
                    let second = weighting == .sectorScale ? business.scale.rawValue : business.region
                    expected[business.sector + "|" + second, default: 0] += 1
                }
                #expect(weighting.population(registry) == expected, "\(weighting)")
            }
        }
    }

    @Test func weightsReproduceTheRegistryAndAddUpToTheRespondents() {
        let responses = Self.registry.responses
        let weights = SurveyWeighting.sectorRegion.weights(responses, population: SurveyWeighting.sectorRegion.population(Self.registry))
        #expect(isClose(weights.values[0], 60.0 / 4 * 10 / 90, tolerance: 1e-12))
        #expect(isClose(weights.values[4], 20.0 / 4 * 10 / 90, tolerance: 1e-12))
        #expect(isClose(weights.values[8], 10.0 / 2 * 10 / 90, tolerance: 1e-12))
        #expect(weights.values[10] == 0)
        #expect(isClose(weights.values.reduce(0, +), 10, tolerance: 1e-9))
        #expect(weights.outsideRegistry == 1)
        #expect(weights.uncoveredBusinesses == 10)
        #expect(weights.registryBusinesses == 100)
    }

    @Test func theWeightedShareAndItsKishInterval() throws {
        let table = SurveyFigures(registry: Self.registry, wave: SurveyFixtures.wave("w1"), breakdown: .total,
                                  weighting: .sectorRegion, language: .en)
        let total = try #require(table.total)
        // Unweighted: 6 of 11 online.
        #expect(total.n == 11 && total.count == 6)
        let weighted = try #require(total.weighted)
        #expect(isClose(weighted.share, 0.611111, tolerance: 1e-6))
        #expect(isClose(weighted.effectiveN, 7.714286, tolerance: 1e-6))
        #expect(isClose(weighted.designEffect, 1.296296, tolerance: 1e-6))
        #expect(isClose(weighted.low, 0.290683, tolerance: 1e-6))
        #expect(isClose(weighted.high, 0.857666, tolerance: 1e-6))
        #expect(table.footnotes.contains { $0.en.contains("10 businesses are in cells without respondents") })
        #expect(table.footnotes.contains { $0.en.contains("1 respondents in cells the registry does not have get weight 0") })
    }

    @Test func anOptInWaveGetsAWeightedShareWithoutAnInterval() throws {
        let optIn = SurveyFixtures.wave("w1", sampling: .optIn)
        let total = try #require(SurveyFigures(registry: Self.registry, wave: optIn, breakdown: .total, weighting: .sectorRegion, language: .en).total)
        #expect(isClose(total.weighted?.share, 0.611111, tolerance: 1e-6))
        #expect(total.weighted?.low == nil && total.weighted?.high == nil)
    }

    /// Official counts (Open Data Jabar) for 3273 only: its 350 businesses are shared over food
    /// and salon as the registry has them (60:10 → 300 and 50); 3204 keeps the registry's 20 and
    /// 10. Worked out independently (Python, same formulas): share 0.689189, n_eff 5.740042,
    /// design effect 1.742148, Wilson 0.310627–0.916050.
    @Test func officialCountsSetTheRegionTotals() throws {
        let official = ["3273": 350]
        let population = SurveyWeighting.sectorRegionOfficial.population(Self.registry, official: official)
        #expect(population == ["food|3273": 300, "salon|3273": 50, "food|3204": 20, "salon|3204": 10])
        #expect(SurveyWeighting.sectorRegion.population(Self.registry, official: official)["food|3273"] == 60, "only the official weighting uses them")
        let table = SurveyFigures(registry: Self.registry, wave: SurveyFixtures.wave("w1"), breakdown: .total,
                                  weighting: .sectorRegionOfficial, official: official, language: .en)
        let weighted = try #require(table.total?.weighted)
        #expect(isClose(weighted.share, 0.689189, tolerance: 1e-6))
        #expect(isClose(weighted.effectiveN, 5.740042, tolerance: 1e-6))
        #expect(isClose(weighted.designEffect, 1.742148, tolerance: 1e-6))
        #expect(isClose(weighted.low, 0.310627, tolerance: 1e-6))
        #expect(isClose(weighted.high, 0.916050, tolerance: 1e-6))
        #expect(table.footnotes.contains { $0.en.contains("to 380 businesses: the official counts of 1 regencies/cities shared over sectors") })
    }
}
