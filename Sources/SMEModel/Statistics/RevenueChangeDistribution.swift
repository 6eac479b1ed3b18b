/// How many respondents of a wave fall in each sales-change band, out of those who answered.
public struct RevenueChangeDistribution: Hashable, Sendable {
    /// Respondents who chose a band.
    public var n: Int
    public var noAnswer: Int
    /// One row per band other than `.noAnswer`, in the bands' declared order, keyed by raw value.
    public var rows: [ShareRow]

    public init(n: Int, noAnswer: Int, rows: [ShareRow]) {
        self.n = n
        self.noAnswer = noAnswer
        self.rows = rows
    }

    public func row(_ band: RevenueChange) -> ShareRow? {
        rows.first { $0.group == band.rawValue }
    }
}
