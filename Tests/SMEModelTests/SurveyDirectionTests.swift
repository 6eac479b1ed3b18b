import Testing
@testable import SMEModel

/// A comparison reads later minus earlier whichever wave was picked first, names both waves in
/// that order, and gives an opt-in wave no interval and no significance.
@Suite struct SurveyDirectionTests {
    private static let july = SurveyWave(id: "2020-07", label: Localized(id: "Juli 2020", en: "July 2020"),
                                         startDate: "2020-07-10", endDate: "2020-07-26", sampling: .probability)
    private static let january = SurveyWave(id: "2021-01", label: Localized(id: "Januari 2021", en: "January 2021"),
                                            startDate: "2021-01-12", endDate: "2021-01-23", sampling: .probability)
    private static let october = SurveyWave(id: "2021-10", label: Localized(id: "Oktober 2021", en: "October 2021"),
                                            startDate: "2021-10-08", endDate: "2021-10-24", sampling: .optIn)

    /// 20 of 100 online in July 2020, 60 of 100 in January 2021, 70 of 100 in October 2021.
    private static let registry: Registry = {
        let responses = SurveyFixtures.group("a", count: 20, n: 100, wave: "2020-07")
            + SurveyFixtures.group("b", count: 60, n: 100, wave: "2021-01")
            + SurveyFixtures.group("c", count: 70, n: 100, wave: "2021-10")
        var generator = SampleGenerator(settings: GeneratorSettings(businesses: 3, cooperatives: 1, responsesPerWave: 1, seed: 2))
        let base = generator.makeRegistry()
        return Registry(regions: base.regions, sectors: base.sectors, businesses: Array(base.businesses),
                        cooperatives: [], waves: [july, january, october], responses: responses)
    }()

    private func figures(_ wave: SurveyWave, comparedWith other: SurveyWave) -> SurveyFigures {
        SurveyFigures(registry: Self.registry, wave: wave, breakdown: .total, comparedWith: other, language: .en)
    }

    @Test func theChangeIsLaterMinusEarlierWhicheverWaveIsPicked() throws {
        let pickedEarlier = try #require(figures(Self.july, comparedWith: Self.january).total)
        let pickedLater = try #require(figures(Self.january, comparedWith: Self.july).total)
        // +40 points both ways; the row's own share is the picked wave's.
        #expect(isClose(pickedEarlier.change?.difference, 0.40))
        #expect(isClose(pickedLater.change?.difference, 0.40))
        #expect(isClose(pickedEarlier.share, 0.20) && isClose(pickedEarlier.change?.comparedShare, 0.60))
        #expect(isClose(pickedLater.share, 0.60) && isClose(pickedLater.change?.comparedShare, 0.20))
        for row in [pickedEarlier, pickedLater] {
            #expect(row.change?.fromWave == "2020-07" && row.change?.toWave == "2021-01")
            // Newcombe's interval for 60/100 - 20/100 from the two Wilson intervals (computed apart in Python).
            #expect(isClose(row.change?.differenceLow, 0.267735, tolerance: 0.000001))
            #expect(isClose(row.change?.differenceHigh, 0.512464, tolerance: 0.000001))
            #expect(row.change?.excludesZero == true)
            #expect(row.change?.isIndicative == false)
        }
        #expect(figures(Self.july, comparedWith: Self.january).direction?.en == "July 2020 → January 2021")
        #expect(figures(Self.january, comparedWith: Self.july).direction?.id == "Juli 2020 → Januari 2021")
    }

    @Test func aComparisonWithAnOptInWaveHasNoIntervalAndNoMark() throws {
        for (picked, other) in [(Self.january, Self.october), (Self.october, Self.january)] {
            let table = figures(picked, comparedWith: other)
            let total = try #require(table.total)
            #expect(isClose(total.change?.difference, 0.10))
            #expect(total.change?.differenceLow == nil && total.change?.differenceHigh == nil)
            #expect(total.change?.excludesZero == false)
            #expect(total.change?.isIndicative == true)
            #expect(table.direction?.en == "January 2021 → October 2021")
            #expect(table.footnotes.contains { $0.en.contains("no interval and no significance mark") })
            #expect(table.footnotes.contains { $0.en.hasPrefix("INDICATIVE") })
        }
    }

    @Test func anOptInWaveShowsSharesWithoutIntervals() throws {
        let table = SurveyFigures(registry: Self.registry, wave: Self.october, breakdown: .total, language: .en)
        let total = try #require(table.total)
        #expect(isClose(total.share, 0.70))
        #expect(total.ciLow == nil && total.ciHigh == nil)
        #expect(total.flags.contains("i"))
        let probability = try #require(SurveyFigures(registry: Self.registry, wave: Self.january, breakdown: .total, language: .en).total)
        #expect(isClose(probability.ciLow, 0.5020, tolerance: 0.0005) && isClose(probability.ciHigh, 0.6906, tolerance: 0.0005))
    }
}
