/// The figures of one survey wave: adoption by group, channel shares, change against another
/// wave, single-channel dependency and sales change. Pure functions of the responses.
///
/// Every denominator is the respondents with a valid answer to the question; "no answer" is
/// counted apart and printed beside the table (LimeSurvey's valid versus gross totals).
public struct SurveyAnalysis: Hashable, Sendable {
    public var responses: [SurveyResponse]
    public var sampling: SamplingMethod

    /// Analyses `responses` as given, all taken to belong to one wave sampled by `sampling`.
    public init(responses: [SurveyResponse], sampling: SamplingMethod = .probability) {
        self.responses = responses
        self.sampling = sampling
    }

    /// Analyses the responses of `wave` only, so a file holding several waves can be passed whole.
    public init(wave: SurveyWave, responses: [SurveyResponse]) {
        self.init(responses: responses.filter { $0.wave == wave.id }, sampling: wave.sampling)
    }

    /// Share online now per group. `order` lists group keys to put first (for example the
    /// registry's regency order); the rest follow in the grouping's natural order.
    public func adoption(by grouping: SurveyGrouping, order: [String] = []) -> AdoptionTable {
        // One pass: answered, online and no-answer counts per group.
        var tallies: [String: AdoptionTally] = [:]
        var total = AdoptionTally()
        for response in responses {
            total.add(response.onlineNow)
            if grouping != .total { tallies[grouping.key(of: response), default: AdoptionTally()].add(response.onlineNow) }
        }
        let keys = grouping == .total ? [] : grouping.ordered(tallies.keys, preferred: order)
        let rows = keys.map { adoptionRow($0, tallies[$0] ?? AdoptionTally()) }
        return AdoptionTable(grouping: grouping, rows: rows, total: adoptionRow(SurveyGrouping.totalKey, total))
    }

    /// Channel use among respondents online now, per channel and per channel kind.
    public func channelShares() -> ChannelShares {
        var online = 0, answered = 0
        var perChannel = [Int](repeating: 0, count: Channel.allCases.count)
        var perKind = [Int](repeating: 0, count: Channel.Kind.allCases.count)
        for response in responses where response.onlineNow == .yes {
            online += 1
            let mask = Self.channelMask(response.channels)
            guard mask != 0 else { continue }
            answered += 1
            var kinds: UInt32 = 0
            for bit in 0..<Channel.allCases.count where mask & (1 << bit) != 0 {
                perChannel[bit] += 1
                kinds |= 1 << Self.kindIndex[bit]
            }
            for kind in 0..<perKind.count where kinds & (1 << kind) != 0 { perKind[kind] += 1 }
        }
        let noAnswer = online - answered
        let channels = Channel.allCases.enumerated().map { bit, channel in
            row(channel.rawValue, count: perChannel[bit], n: answered, noAnswer: noAnswer)
        }
        let kinds = Channel.Kind.allCases.enumerated().map { index, kind in
            row(kind.rawValue, count: perKind[index], n: answered, noAnswer: noAnswer)
        }
        return ChannelShares(n: answered, noAnswer: noAnswer, channels: channels, kinds: kinds)
    }

    /// Adoption per group in `earlier` and in this wave, with Newcombe's interval for the change.
    /// Groups found in only one wave get a row with a nil difference.
    public func change(from earlier: SurveyAnalysis, by grouping: SurveyGrouping, order: [String] = []) -> ChangeTable {
        let before = earlier.adoption(by: grouping, order: order)
        let after = adoption(by: grouping, order: order)
        let keys = grouping == .total ? [] : grouping.ordered(
            before.rows.map(\.group) + after.rows.map(\.group), preferred: order)
        let rows = keys.map { ChangeRow(group: $0, earlier: before.row($0), later: after.row($0)) }
        let total = ChangeRow(group: SurveyGrouping.totalKey, earlier: before.total, later: after.total)
        let shared = Set(responses.map(\.businessID)).intersection(earlier.responses.map(\.businessID)).count
        return ChangeTable(grouping: grouping, rows: rows, total: total, sharedRespondents: shared)
    }

    /// Among respondents online now who named a channel, the share whose one and only channel is
    /// social or messaging, and which channel that is.
    public func singleChannelDependency() -> ChannelDependency {
        var online = 0, answered = 0, dependent = 0
        var perChannel = [Int](repeating: 0, count: Channel.allCases.count)
        for response in responses where response.onlineNow == .yes {
            online += 1
            let mask = Self.channelMask(response.channels)
            guard mask != 0 else { continue }
            answered += 1
            guard mask.nonzeroBitCount == 1 else { continue }
            let bit = mask.trailingZeroBitCount
            guard Channel.allCases[bit].isSocialOrMessaging else { continue }
            dependent += 1
            perChannel[bit] += 1
        }
        let overall = row(SurveyGrouping.totalKey, count: dependent, n: answered, noAnswer: online - answered)
        let byChannel = Channel.allCases.enumerated().filter { $1.isSocialOrMessaging }.map { bit, channel in
            row(channel.rawValue, count: perChannel[bit], n: dependent, noAnswer: 0)
        }
        return ChannelDependency(overall: overall, byChannel: byChannel)
    }

    /// Respondents per sales-change band, out of those who chose one.
    public func revenueChange() -> RevenueChangeDistribution {
        var perBand = [RevenueChange: Int]()
        for response in responses { perBand[response.revenueChange, default: 0] += 1 }
        let noAnswer = perBand[.noAnswer] ?? 0
        let n = responses.count - noAnswer
        let rows = RevenueChange.allCases.filter { $0 != .noAnswer }.map { band in
            row(band.rawValue, count: perBand[band] ?? 0, n: n, noAnswer: noAnswer)
        }
        return RevenueChangeDistribution(n: n, noAnswer: noAnswer, rows: rows)
    }

    private func adoptionRow(_ group: String, _ tally: AdoptionTally) -> ShareRow {
        row(group, count: tally.online, n: tally.members - tally.noAnswer, noAnswer: tally.noAnswer)
    }

    /// Bit `n` set for `Channel.allCases[n]`; repeats count once, as in a set.
    private static func channelMask(_ channels: [Channel]) -> UInt32 {
        var mask: UInt32 = 0
        for channel in channels { mask |= 1 << UInt32(channelIndex[channel] ?? 0) }
        return mask
    }

    private static let channelIndex = Dictionary(uniqueKeysWithValues: Channel.allCases.enumerated().map { ($1, $0) })
    private static let kindIndex = Channel.allCases.map { channel in Channel.Kind.allCases.firstIndex(of: channel.kind) ?? 0 }

    private func row(_ group: String, count: Int, n: Int, noAnswer: Int) -> ShareRow {
        ShareRow(group: group, proportion: Proportion(count: count, n: n), noAnswer: noAnswer, sampling: sampling)
    }
}

/// Counts of one group's answers to "online now?".
private struct AdoptionTally {
    var members = 0
    var online = 0
    var noAnswer = 0

    mutating func add(_ answer: YesNo) {
        members += 1
        if answer == .yes { online += 1 } else if answer == .noAnswer { noAnswer += 1 }
    }
}
