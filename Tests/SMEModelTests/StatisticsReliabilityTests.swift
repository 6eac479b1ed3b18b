import Testing
@testable import SMEModel

@Suite struct StatisticsReliabilityTests {
    @Test func twentyNineIsTooFewThirtyIsEnough() {
        // 26/29 and 27/30 are both about 90% with CIs about 22 points wide: only n differs.
        let below = Reliability(Proportion(count: 26, n: 29))
        #expect(below.flags == [.smallSample])
        #expect(below.isUnreliable)
        let atLimit = Reliability(Proportion(count: 27, n: 30))
        #expect(atLimit.flags == [])
        #expect(!atLimit.isUnreliable)
    }

    @Test func emptyGroupIsTooSmall() {
        #expect(Reliability(Proportion(count: 0, n: 0)).flags == [.smallSample])
    }

    @Test func intervalThirtyPointsWideIsUnreliable() {
        // 15/30: Wilson [33.15%, 66.85%], 33.7 points wide.
        #expect(Reliability(Proportion(count: 15, n: 30)).flags == [.wideInterval])
    }

    @Test func relativeWidthOver130PercentIsUnreliable() {
        // 3/30: Wilson [3.46%, 25.62%], 22.2 points wide, 222% of 10%.
        #expect(Reliability(Proportion(count: 3, n: 30)).flags == [.wideRelativeInterval])
        // 10/35: 28.7 points wide, 100.5% of 28.6%: fine.
        #expect(Reliability(Proportion(count: 10, n: 35)).flags == [])
    }

    @Test func narrowIntervalIsShownWhateverItsRelativeWidth() {
        // 1/1000: 0.55 points wide but 547% of 0.1%.
        #expect(Reliability(Proportion(count: 1, n: 1000)).flags == [])
    }

    @Test func noneOrAllIsReviewedNotSuppressed() {
        let none = Reliability(Proportion(count: 0, n: 40))
        #expect(none.flags == [.allOrNone])
        #expect(!none.isUnreliable)
        #expect(Reliability(Proportion(count: 40, n: 40)).flags == [.allOrNone])
    }

    @Test func optInWavesAreIndicative() {
        let reliable = Reliability(Proportion(count: 27, n: 30), sampling: .optIn)
        #expect(reliable.flags == [.indicative])
        #expect(reliable.isIndicative)
        #expect(!reliable.isUnreliable)
        let small = Reliability(Proportion(count: 2, n: 12), sampling: .optIn)
        #expect(small.flags == [.smallSample, .indicative])
        #expect(!Reliability(Proportion(count: 27, n: 30), sampling: .census).isIndicative)
    }

    @Test func everyFlagHasTextInBothLanguages() {
        #expect(Reliability.Flag.smallSample.label(.en) == "n < 30")
        #expect(Reliability.Flag.smallSample.label(.id) == "n di bawah 30")
        for flag in Reliability.Flag.allCases {
            #expect(!flag.label.id.isEmpty && !flag.label.en.isEmpty)
            #expect(flag.explanation.id != flag.explanation.en)
        }
        #expect(Set(Reliability.Flag.allCases.map(\.code)).count == Reliability.Flag.allCases.count)
    }
}
