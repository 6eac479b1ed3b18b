/// The difference between two independent proportions with Newcombe's hybrid score interval
/// (his method 10), the default of statsmodels' `confint_proportions_2indep` and R's `Epi::ci.pd`.
///
/// It assumes the two waves are independent samples. When the same businesses answer both waves
/// the samples are paired and this interval is too wide or too narrow; see
/// `ChangeTable.sharedRespondents`.
public struct Newcombe: Hashable, Sendable {
    public let earlier: Proportion
    public let later: Proportion
    /// later − earlier as a fraction: 0.2 is +20 points (print with `NumberStyle.points`).
    public let difference: Double
    public let lower: Double
    public let upper: Double

    /// Nil when either side has no valid answers.
    public init?(from earlier: Proportion, to later: Proportion) {
        guard let p1 = earlier.share, let first = earlier.interval,
              let p2 = later.share, let second = later.interval
        else { return nil }
        let difference = p2 - p1
        self.earlier = earlier
        self.later = later
        self.difference = difference
        self.lower = difference - ((p2 - second.low) * (p2 - second.low) + (first.high - p1) * (first.high - p1)).squareRoot()
        self.upper = difference + ((second.high - p2) * (second.high - p2) + (p1 - first.low) * (p1 - first.low)).squareRoot()
    }

    public var interval: ConfidenceInterval { ConfidenceInterval(low: lower, high: upper) }

    /// True when the 95% interval leaves out zero: the change is real at that level.
    public var excludesZero: Bool { lower > 0 || upper < 0 }
}
