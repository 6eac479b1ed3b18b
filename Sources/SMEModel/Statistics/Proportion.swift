/// A count out of a valid-answer base, with its share and Wilson 95% interval.
///
/// With no valid answers (`n == 0`) the share and interval are nil rather than NaN, so tables show
/// a dash instead of a made-up figure.
public struct Proportion: Hashable, Sendable {
    /// Respondents answering "yes" (x).
    public let count: Int
    /// Respondents with a valid answer (n); "no answer" is not part of it.
    public let n: Int
    /// count / n, or nil when there is nothing to divide by or the count does not fit in n.
    public let share: Double?
    /// The Wilson 95% interval, nil exactly when `share` is.
    public let interval: ConfidenceInterval?

    public init(count: Int, n: Int) {
        self.count = count
        self.n = n
        let interval = Wilson.interval(count: count, n: n)
        self.interval = interval
        self.share = interval == nil ? nil : Double(count) / Double(n)
    }

    public var ciLow: Double? { interval?.low }
    public var ciHigh: Double? { interval?.high }
}
