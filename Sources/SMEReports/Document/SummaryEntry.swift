/// One line of a key–value summary ("Skor: 86,7%").
public struct SummaryEntry: Hashable, Sendable {
    /// Stable machine key for JSON and data CSV.
    public var key: String
    public var label: String
    public var value: ReportCell
    /// Printed bold (the pass/fail verdict).
    public var isEmphasised: Bool

    public init(key: String, label: String, value: ReportCell, isEmphasised: Bool = false) {
        self.key = key
        self.label = label
        self.value = value
        self.isEmphasised = isEmphasised
    }
}
