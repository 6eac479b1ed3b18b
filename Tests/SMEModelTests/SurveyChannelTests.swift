import Testing
@testable import SMEModel

@Suite struct SurveyChannelTests {
    typealias F = SurveyFixtures

    @Test func multiSelectColumnAddsPastOneHundredPercent() throws {
        let set = [
            F.response("a", channels: [.whatsapp, .instagram, .shopee]),
            F.response("b", channels: [.whatsapp, .whatsapp]),
            F.response("c", channels: [.instagram, .facebook]),
            F.response("d", channels: []),
            F.response("e", online: .no, channels: [.tokopedia]),
            F.response("f", online: .noAnswer, channels: [.gofood]),
        ]
        let shares = SurveyAnalysis(responses: set).channelShares()
        #expect((shares.n, shares.noAnswer) == (3, 1))
        #expect(shares.channels.map(\.group) == Channel.allCases.map(\.rawValue))
        let whatsapp = try #require(shares.row(.whatsapp))
        #expect((whatsapp.count, whatsapp.n, whatsapp.noAnswer) == (2, 3, 1))
        #expect(isClose(whatsapp.share, 2.0 / 3.0, tolerance: 1e-12))
        #expect(try #require(shares.row(.instagram)).count == 2)
        #expect(try #require(shares.row(.shopee)).count == 1)
        #expect(try #require(shares.row(.facebook)).count == 1)
        #expect(try #require(shares.row(.tokopedia)).count == 0)
        #expect(try #require(shares.row(.gofood)).count == 0)
        // 2/3 + 2/3 + 1/3 + 1/3 = 200%.
        #expect(isClose(shares.sumOfShares, 2.0, tolerance: 1e-12))
        #expect(shares.sumOfShares > 1)
    }

    @Test func kindCountsBusinessesUsingAnyChannelOfIt() throws {
        let set = [
            F.response("a", channels: [.instagram, .facebook, .tiktok]),
            F.response("b", channels: [.whatsapp, .tokopedia, .shopee]),
            F.response("c", channels: [.gofood]),
            F.response("d", channels: [.instagram]),
        ]
        let shares = SurveyAnalysis(responses: set).channelShares()
        #expect(shares.kinds.map(\.group) == Channel.Kind.allCases.map(\.rawValue))
        #expect(try #require(shares.row(kind: .social)).count == 2)
        #expect(try #require(shares.row(kind: .marketplace)).count == 1)
        #expect(try #require(shares.row(kind: .messaging)).count == 1)
        #expect(try #require(shares.row(kind: .foodDelivery)).share == 0.25)
        let website = try #require(shares.row(kind: .website))
        #expect(website.share == 0)
        #expect(website.ciLow == 0 && isClose(website.ciHigh, 0.4899, tolerance: 0.0001))
    }

    @Test func noOnlineRespondentsGiveNoShares() {
        let shares = SurveyAnalysis(responses: [F.response("a", online: .no)]).channelShares()
        #expect(shares.n == 0)
        #expect(shares.channels.allSatisfy { $0.share == nil && $0.isUnreliable })
        #expect(shares.sumOfShares == 0)
    }

    @Test func singleSocialOrMessagingChannelIsDependency() throws {
        let set = [
            F.response("a", channels: [.whatsapp]),
            F.response("b", channels: [.instagram]),
            F.response("c", channels: [.whatsapp, .shopee]),
            F.response("d", channels: [.shopee]),
            F.response("e", channels: [.whatsapp, .whatsapp]),
            F.response("f", channels: []),
            F.response("g", online: .no, channels: [.whatsapp]),
            F.response("h", channels: [.website]),
        ]
        let dependency = SurveyAnalysis(responses: set).singleChannelDependency()
        // Named a channel while online: a, b, c, d, e, h. Only channel social/messaging: a, b, e.
        #expect((dependency.overall.count, dependency.overall.n, dependency.overall.noAnswer) == (3, 6, 1))
        #expect(dependency.proportion == Proportion(count: 3, n: 6))
        #expect(dependency.overall.share == 0.5)
        #expect(dependency.byChannel.map(\.group) == ["whatsapp", "instagram", "facebook", "tiktok"])
        let whatsapp = try #require(dependency.row(.whatsapp))
        #expect((whatsapp.count, whatsapp.n) == (2, 3))
        #expect(try #require(dependency.row(.instagram)).count == 1)
        #expect(try #require(dependency.row(.tiktok)).count == 0)
        #expect(dependency.row(.shopee) == nil)
    }

    @Test func nobodyDependentGivesZeroNotNil() {
        let set = [F.response("a", channels: [.whatsapp, .instagram]), F.response("b", channels: [.tokopedia])]
        let dependency = SurveyAnalysis(responses: set).singleChannelDependency()
        #expect(dependency.overall.share == 0)
        #expect(dependency.byChannel.allSatisfy { $0.n == 0 && $0.share == nil })
    }
}
