import Testing
@testable import SMEModel

@Suite struct StatisticsProportionTests {
    /// The research report's vectors, measured with SciPy 1.17 `method="wilson"`, to 0.01 points.
    @Test(arguments: [
        (163, 412, 0.3956, 0.3496, 0.4436),
        (21, 88, 0.2386, 0.1617, 0.3374),
        (2, 12, 0.1667, 0.0470, 0.4480),
        (0, 25, 0.0, 0.0, 0.1332),
        (25, 25, 1.0, 0.8668, 1.0),
    ])
    func wilsonMatchesMeasuredVectors(count: Int, n: Int, share: Double, low: Double, high: Double) {
        let proportion = Proportion(count: count, n: n)
        #expect(proportion.count == count)
        #expect(proportion.n == n)
        #expect(isClose(proportion.share, share))
        #expect(isClose(proportion.ciLow, low))
        #expect(isClose(proportion.ciHigh, high))
    }

    @Test func edgesAreExactlyZeroAndOne() {
        #expect(Proportion(count: 0, n: 25).ciLow == 0)
        #expect(Proportion(count: 25, n: 25).ciHigh == 1)
        #expect(Proportion(count: 25, n: 25).share == 1)
    }

    @Test func noValidAnswersGiveNoShareRatherThanNaN() {
        let empty = Proportion(count: 0, n: 0)
        #expect(empty.share == nil)
        #expect(empty.interval == nil)
        #expect(empty.ciLow == nil && empty.ciHigh == nil)
        #expect(Wilson.interval(count: 0, n: 0) == nil)
    }

    @Test func countsThatDoNotFitGiveNoShare() {
        #expect(Proportion(count: 5, n: 4).share == nil)
        #expect(Proportion(count: -1, n: 4).interval == nil)
    }

    @Test func limitsStayOrderedInsideZeroToOne() {
        for n in 1...150 {
            for count in 0...n {
                let proportion = Proportion(count: count, n: n)
                guard let share = proportion.share, let low = proportion.ciLow, let high = proportion.ciHigh else {
                    Issue.record("no share for \(count)/\(n)")
                    continue
                }
                #expect(0 <= low && low <= share && share <= high && high <= 1, "\(count)/\(n)")
            }
        }
    }

    @Test func intervalNarrowsAsTheSampleGrows() {
        for tenths in 0...10 {
            var previous = Double.infinity
            for size in stride(from: 10, through: 2000, by: 10) {
                let proportion = Proportion(count: size * tenths / 10, n: size)
                let width = proportion.interval?.width ?? .infinity
                #expect(width < previous, "\(tenths)/10 at n = \(size)")
                previous = width
            }
        }
    }

    @Test func widerConfidenceGivesWiderInterval() {
        let at95 = Wilson.interval(count: 30, n: 100)
        let at99 = Wilson.interval(count: 30, n: 100, z: 2.575829)
        #expect((at99?.width ?? 0) > (at95?.width ?? 1))
    }
}
