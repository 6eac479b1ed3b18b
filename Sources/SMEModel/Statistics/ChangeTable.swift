/// Online adoption per group in two waves and the change from the earlier to the later one.
public struct ChangeTable: Hashable, Sendable {
    public var grouping: SurveyGrouping
    /// Groups present in either wave, in the requested order; empty for `.total`.
    public var rows: [ChangeRow]
    public var total: ChangeRow
    /// Businesses that answered both waves. Newcombe's interval assumes independent samples, so
    /// a large overlap (a panel) makes it approximate; the UI should say so.
    public var sharedRespondents: Int

    public init(grouping: SurveyGrouping, rows: [ChangeRow], total: ChangeRow, sharedRespondents: Int) {
        self.grouping = grouping
        self.rows = rows
        self.total = total
        self.sharedRespondents = sharedRespondents
    }

    public func row(_ group: String) -> ChangeRow? {
        group == SurveyGrouping.totalKey ? total : rows.first { $0.group == group }
    }
}
