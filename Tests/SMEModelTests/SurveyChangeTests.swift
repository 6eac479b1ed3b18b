import Testing
@testable import SMEModel

@Suite struct SurveyChangeTests {
    typealias F = SurveyFixtures

    @Test func changeReproducesNewcombeVectorsPerGroup() throws {
        let earlier = SurveyAnalysis(responses:
            F.group("e-food", count: 48, n: 80, wave: "w1") + F.group("e-salon", count: 3, n: 10, wave: "w1", sector: "salon"))
        let later = SurveyAnalysis(responses:
            F.group("l-food", count: 56, n: 70, wave: "w2") + F.group("l-salon", count: 9, n: 10, wave: "w2", sector: "salon"))
        let table = later.change(from: earlier, by: .sector)
        #expect(table.rows.map(\.group) == ["food", "salon"])
        let food = try #require(table.row("food")?.difference)
        #expect(isClose(food.difference, 0.200))
        #expect(isClose(food.lower, 0.0524) && isClose(food.upper, 0.3339))
        let salon = try #require(table.row("salon"))
        #expect(isClose(salon.difference?.difference, 0.600))
        #expect(isClose(salon.difference?.lower, 0.1705) && isClose(salon.difference?.upper, 0.8090))
        #expect(salon.excludesZero)
        #expect(salon.isUnreliable)
        #expect(try #require(table.row("food")).earlier?.share == 0.6)
        // Total: 51/90 then 65/80.
        #expect(table.total.earlier?.proportion == Proportion(count: 51, n: 90))
        #expect(table.total.later?.proportion == Proportion(count: 65, n: 80))
        #expect(table.sharedRespondents == 0)
    }

    @Test func groupMissingInOneWaveHasNoDifference() throws {
        let earlier = SurveyAnalysis(responses: F.group("e", count: 2, n: 4) + F.group("x", count: 1, n: 2, sector: "crafts"))
        let later = SurveyAnalysis(responses: F.group("l", count: 3, n: 4) + F.group("y", count: 1, n: 1, sector: "events"))
        let table = later.change(from: earlier, by: .sector, order: ["food"])
        #expect(table.rows.map(\.group) == ["food", "crafts", "events"])
        let crafts = try #require(table.row("crafts"))
        #expect(crafts.earlier?.count == 1 && crafts.later == nil && crafts.difference == nil)
        let events = try #require(table.row("events"))
        #expect(events.earlier == nil && events.later?.count == 1 && events.difference == nil)
        #expect(!events.excludesZero)
        #expect(isClose(table.row("food")?.difference?.difference, 0.25))
    }

    @Test func panelOverlapIsReported() {
        let earlier = SurveyAnalysis(responses: F.group("b", count: 2, n: 5))
        let later = SurveyAnalysis(responses: F.group("b", count: 3, n: 3))
        #expect(later.change(from: earlier, by: .total).sharedRespondents == 3)
        #expect(later.change(from: earlier, by: .total).rows.isEmpty)
    }
}
