import Testing
@testable import SMEModel

@Suite struct SurveyAnalysisTests {
    typealias F = SurveyFixtures

    /// Food: 3 of 4 online plus 1 no answer; tailoring: 1 of 2 online.
    let responses = [
        F.response("a", sector: "food", region: "3273", scale: .small, online: .yes),
        F.response("b", sector: "food", region: "3273", scale: .micro, online: .yes),
        F.response("c", sector: "food", region: "3204", scale: .micro, online: .yes),
        F.response("d", sector: "food", region: "3204", scale: .medium, online: .no),
        F.response("e", sector: "food", region: "3204", scale: .micro, online: .noAnswer),
        F.response("f", sector: "tailoring", region: "3273", scale: .micro, online: .yes),
        F.response("g", sector: "tailoring", region: "3277", scale: .small, online: .no),
    ]

    @Test func adoptionBySectorCountsAndIntervals() throws {
        let table = SurveyAnalysis(responses: responses).adoption(by: .sector)
        #expect(table.rows.map(\.group) == ["food", "tailoring"])
        let food = try #require(table.row("food"))
        #expect(food.n == 4)
        #expect(food.count == 3)
        #expect(food.noAnswer == 1)
        #expect(food.share == 0.75)
        // Wilson for 3/4: [30.06%, 95.44%].
        #expect(isClose(food.ciLow, 0.3006))
        #expect(isClose(food.ciHigh, 0.9544))
        #expect(food.isUnreliable)
        #expect(food.reliability.flags == [.smallSample])
        let tailoring = try #require(table.row("tailoring"))
        #expect((tailoring.n, tailoring.count, tailoring.noAnswer) == (2, 1, 0))
        #expect(tailoring.share == 0.5)
    }

    @Test func totalRowCoversEveryoneAndExcludesNoAnswer() {
        let table = SurveyAnalysis(responses: responses).adoption(by: .region)
        #expect(table.total.group == SurveyGrouping.totalKey)
        #expect((table.total.n, table.total.count, table.total.noAnswer) == (6, 4, 1))
        #expect(table.rows.reduce(0) { $0 + $1.n } == table.total.n)
        #expect(table.rows.reduce(0) { $0 + $1.noAnswer } == table.total.noAnswer)
    }

    @Test func totalGroupingHasOnlyTheTotalRow() {
        let table = SurveyAnalysis(responses: responses).adoption(by: .total)
        #expect(table.rows.isEmpty)
        #expect(table.total.count == 4)
    }

    @Test func rowsFollowCallerOrderThenKey() {
        let analysis = SurveyAnalysis(responses: responses)
        #expect(analysis.adoption(by: .region).rows.map(\.group) == ["3204", "3273", "3277"])
        let ordered = analysis.adoption(by: .region, order: ["3277", "3999", "3273"])
        #expect(ordered.rows.map(\.group) == ["3277", "3273", "3204"])
    }

    @Test func scaleRowsGoBySize() throws {
        let table = SurveyAnalysis(responses: responses).adoption(by: .scale)
        #expect(table.rows.map(\.group) == ["micro", "small", "medium"])
        // micro: b, c, f online; e no answer.
        let micro = try #require(table.row("micro"))
        #expect((micro.n, micro.count, micro.noAnswer) == (3, 3, 1))
        #expect(micro.ciHigh == 1)
    }

    @Test func emptyWaveGivesEmptyRowsNotNaN() {
        let table = SurveyAnalysis(responses: []).adoption(by: .sector)
        #expect(table.rows.isEmpty)
        #expect(table.total.n == 0)
        #expect(table.total.share == nil)
        #expect(table.total.isUnreliable)
    }

    @Test func groupOfOnlyNoAnswersHasNoShare() throws {
        let table = SurveyAnalysis(responses: [F.response("x", sector: "salon", online: .noAnswer)])
            .adoption(by: .sector)
        let salon = try #require(table.row("salon"))
        #expect((salon.n, salon.noAnswer) == (0, 1))
        #expect(salon.share == nil && salon.ciLow == nil)
    }

    @Test func waveInitialiserKeepsItsWaveAndSampling() {
        let mixed = responses + [F.response("z", wave: "w2", online: .yes)]
        let analysis = SurveyAnalysis(wave: F.wave("w1", sampling: .optIn), responses: mixed)
        #expect(analysis.responses.count == responses.count)
        let total = analysis.adoption(by: .total).total
        #expect(total.n == 6)
        #expect(total.isIndicative)
        #expect(total.reliability.flags == [.smallSample, .indicative])
    }

    @Test func largeGroupIsReliable() throws {
        let table = SurveyAnalysis(responses: F.group("p", count: 163, n: 412)).adoption(by: .sector)
        let food = try #require(table.row("food"))
        #expect(!food.isUnreliable)
        #expect(isClose(food.ciLow, 0.3496) && isClose(food.ciHigh, 0.4436))
    }

    @Test func revenueBandsShareTheValidAnswers() throws {
        let bands: [RevenueChange] = [.stable, .stable, .up, .noSales, .noAnswer]
        let set = bands.enumerated().map { F.response("r\($0.offset)", revenue: $0.element) }
        let distribution = SurveyAnalysis(responses: set).revenueChange()
        #expect((distribution.n, distribution.noAnswer) == (4, 1))
        #expect(distribution.rows.map(\.group) == RevenueChange.allCases.filter { $0 != .noAnswer }.map(\.rawValue))
        #expect(try #require(distribution.row(.stable)).share == 0.5)
        #expect(try #require(distribution.row(.up)).count == 1)
        #expect(try #require(distribution.row(.downOver60)).count == 0)
        #expect(distribution.row(.noAnswer) == nil)
        #expect(isClose(distribution.rows.reduce(0) { $0 + ($1.share ?? 0) }, 1, tolerance: 1e-12))
    }
}
