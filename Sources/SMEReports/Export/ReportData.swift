import SMEModel

/// The loaded data a report is built from.
public struct ReportData: Sendable {
    public var registry: Registry
    public var library: ChecklistLibrary
    public var office: OfficeProfile
    /// National channel shares the survey report prints beside its own (empty: none).
    public var national: NationalReference
    /// Official counts by region code, for weighting to them (empty: none imported).
    public var officialCounts: [String: Int] = [:]

    public init(registry: Registry, library: ChecklistLibrary, office: OfficeProfile = .westJava,
                national: NationalReference = NationalReference(figures: [])) {
        self.registry = registry
        self.library = library
        self.office = office
        self.national = national
    }
}
