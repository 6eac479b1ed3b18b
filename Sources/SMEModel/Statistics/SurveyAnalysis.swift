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
        let groups = Dictionary(grouping: responses, by: grouping.key(of:))
        let keys = grouping == .total ? [] : grouping.ordered(groups.keys, preferred: order)
        let rows = keys.map { adoptionRow($0, groups[$0] ?? []) }
        return AdoptionTable(grouping: grouping, rows: rows, total: adoptionRow(SurveyGrouping.totalKey, responses))
    }

    /// Channel use among respondents online now, per channel and per channel kind.
    public func channelShares() -> ChannelShares {
        let online = responses.filter { $0.onlineNow == .yes }
        let answered = online.map { Set($0.channels) }.filter { !$0.isEmpty }
        let noAnswer = online.count - answered.count
        let channels = Channel.allCases.map { channel in
            row(channel.rawValue, count: answered.count { $0.contains(channel) }, n: answered.count, noAnswer: noAnswer)
        }
        let kinds = Channel.Kind.allCases.map { kind in
            row(kind.rawValue, count: answered.count { $0.contains { $0.kind == kind } }, n: answered.count, noAnswer: noAnswer)
        }
        return ChannelShares(n: answered.count, noAnswer: noAnswer, channels: channels, kinds: kinds)
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
        let online = responses.filter { $0.onlineNow == .yes }
        let answered = online.map { Set($0.channels) }.filter { !$0.isEmpty }
        let dependent = answered.compactMap { channels -> Channel? in
            guard channels.count == 1, let only = channels.first, only.isSocialOrMessaging else { return nil }
            return only
        }
        let overall = row(
            SurveyGrouping.totalKey, count: dependent.count, n: answered.count,
            noAnswer: online.count - answered.count)
        let byChannel = Channel.allCases.filter(\.isSocialOrMessaging).map { channel in
            row(channel.rawValue, count: dependent.count { $0 == channel }, n: dependent.count, noAnswer: 0)
        }
        return ChannelDependency(overall: overall, byChannel: byChannel)
    }

    /// Respondents per sales-change band, out of those who chose one.
    public func revenueChange() -> RevenueChangeDistribution {
        let noAnswer = responses.count { $0.revenueChange == .noAnswer }
        let n = responses.count - noAnswer
        let rows = RevenueChange.allCases.filter { $0 != .noAnswer }.map { band in
            row(band.rawValue, count: responses.count { $0.revenueChange == band }, n: n, noAnswer: noAnswer)
        }
        return RevenueChangeDistribution(n: n, noAnswer: noAnswer, rows: rows)
    }

    private func adoptionRow(_ group: String, _ members: [SurveyResponse]) -> ShareRow {
        let noAnswer = members.count { $0.onlineNow == .noAnswer }
        let online = members.count { $0.onlineNow == .yes }
        return row(group, count: online, n: members.count - noAnswer, noAnswer: noAnswer)
    }

    private func row(_ group: String, count: Int, n: Int, noAnswer: Int) -> ShareRow {
        ShareRow(group: group, proportion: Proportion(count: count, n: n), noAnswer: noAnswer, sampling: sampling)
    }
}
