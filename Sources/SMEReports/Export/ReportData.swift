import SMEModel

/// The loaded data a report is built from.
public struct ReportData: Sendable {
    public var registry: Registry
    public var library: ChecklistLibrary
    public var office: OfficeProfile

    public init(registry: Registry, library: ChecklistLibrary, office: OfficeProfile = .westJava) {
        self.registry = registry
        self.library = library
        self.office = office
    }
}
