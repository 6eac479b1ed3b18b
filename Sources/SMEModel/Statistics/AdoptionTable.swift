/// Online adoption (`onlineNow == .yes`) per group of one wave, with the overall row.
public struct AdoptionTable: Hashable, Sendable {
    public var grouping: SurveyGrouping
    /// One row per group present in the wave, in the requested order; empty for `.total`.
    public var rows: [ShareRow]
    /// All respondents of the wave, keyed `SurveyGrouping.totalKey`.
    public var total: ShareRow

    public init(grouping: SurveyGrouping, rows: [ShareRow], total: ShareRow) {
        self.grouping = grouping
        self.rows = rows
        self.total = total
    }

    public func row(_ group: String) -> ShareRow? {
        group == SurveyGrouping.totalKey ? total : rows.first { $0.group == group }
    }
}
