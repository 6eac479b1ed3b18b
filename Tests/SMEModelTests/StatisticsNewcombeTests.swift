import Testing
@testable import SMEModel

@Suite struct StatisticsNewcombeTests {
    /// Newcombe (1998) published values, reproduced by statsmodels in the research report.
    @Test(arguments: [
        (56, 70, 48, 80, 0.200, 0.0524, 0.3339),
        (9, 10, 3, 10, 0.600, 0.1705, 0.8090),
    ])
    func matchesPublishedVectors(
        laterCount: Int, laterN: Int, earlierCount: Int, earlierN: Int,
        difference: Double, lower: Double, upper: Double
    ) throws {
        let change = try #require(Newcombe(
            from: Proportion(count: earlierCount, n: earlierN), to: Proportion(count: laterCount, n: laterN)))
        #expect(isClose(change.difference, difference))
        #expect(isClose(change.lower, lower))
        #expect(isClose(change.upper, upper))
        #expect(change.excludesZero)
        #expect(change.interval.contains(difference))
    }

    @Test func smallChangeDoesNotExcludeZero() throws {
        let change = try #require(Newcombe(from: Proportion(count: 5, n: 10), to: Proportion(count: 6, n: 10)))
        #expect(isClose(change.difference, 0.1))
        #expect(!change.excludesZero)
        #expect(change.lower < 0 && change.upper > 0)
    }

    @Test func fallIsNegativeAndExcludesZero() throws {
        let change = try #require(Newcombe(from: Proportion(count: 56, n: 70), to: Proportion(count: 48, n: 80)))
        #expect(isClose(change.difference, -0.2))
        #expect(isClose(change.lower, -0.3339))
        #expect(isClose(change.upper, -0.0524))
        #expect(change.excludesZero)
    }

    @Test func emptyWaveGivesNoDifference() {
        #expect(Newcombe(from: Proportion(count: 0, n: 0), to: Proportion(count: 3, n: 4)) == nil)
        #expect(Newcombe(from: Proportion(count: 3, n: 4), to: Proportion(count: 0, n: 0)) == nil)
    }

    @Test func swappingWavesMirrorsTheInterval() throws {
        for (a, b) in [((3, 17), (12, 40)), ((0, 30), (30, 30)), ((7, 9), (1, 50))] {
            let first = Proportion(count: a.0, n: a.1)
            let second = Proportion(count: b.0, n: b.1)
            let forward = try #require(Newcombe(from: first, to: second))
            let backward = try #require(Newcombe(from: second, to: first))
            #expect(isClose(forward.difference, -backward.difference, tolerance: 1e-12))
            #expect(isClose(forward.lower, -backward.upper, tolerance: 1e-12))
            #expect(-1 <= forward.lower && forward.lower <= forward.difference)
            #expect(forward.difference <= forward.upper && forward.upper <= 1)
        }
    }
}
