/// One printed line of a survey table: a group, its count out of n, the share with its Wilson
/// 95% interval, the reliability flags and the answers left out of n.
///
/// Dashboard, CLI and reports all print from this type so their figures agree. Shares and limits
/// are fractions (0.75 is 75%); they are nil when n is zero.
public struct ShareRow: Hashable, Sendable {
    /// The group key: a sector key, region code, scale, channel, channel kind or revenue band
    /// raw value, or `SurveyGrouping.totalKey`.
    public var group: String
    public var n: Int
    public var count: Int
    public var share: Double?
    public var ciLow: Double?
    public var ciHigh: Double?
    public var isUnreliable: Bool
    /// Respondents in the group who did not answer, shown beside the table, never inside n.
    public var noAnswer: Int
    public var reliability: Reliability

    public init(
        group: String, n: Int, count: Int, share: Double?, ciLow: Double?, ciHigh: Double?,
        isUnreliable: Bool, noAnswer: Int, reliability: Reliability
    ) {
        self.group = group
        self.n = n
        self.count = count
        self.share = share
        self.ciLow = ciLow
        self.ciHigh = ciHigh
        self.isUnreliable = isUnreliable
        self.noAnswer = noAnswer
        self.reliability = reliability
    }

    /// The row for `proportion`, assessed for a wave sampled by `sampling`.
    public init(group: String, proportion: Proportion, noAnswer: Int, sampling: SamplingMethod) {
        let reliability = Reliability(proportion, sampling: sampling)
        self.init(
            group: group, n: proportion.n, count: proportion.count, share: proportion.share,
            ciLow: proportion.ciLow, ciHigh: proportion.ciHigh,
            isUnreliable: reliability.isUnreliable, noAnswer: noAnswer, reliability: reliability)
    }

    public var proportion: Proportion { Proportion(count: count, n: n) }
    public var isIndicative: Bool { reliability.isIndicative }
}
