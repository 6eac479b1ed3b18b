import SMEModel

/// The reports.
public enum ReportKind: String, CaseIterable, Sendable, Codable {
    /// A sector's SOP checklist template.
    case sop
    /// One business's assessment visit.
    case assessment
    /// A sector's (and optionally a region's) compliance over its assessments.
    case compliance
    /// A survey wave's online-adoption figures.
    case survey
    /// Counts of businesses or cooperatives by one or two columns (the dashboard's Shift+F).
    case frequency

    public var label: Localized {
        switch self {
        case .sop: Localized(id: "Templat SOP", en: "SOP template")
        case .assessment: Localized(id: "Penilaian usaha", en: "Business assessment")
        case .compliance: Localized(id: "Kepatuhan sektor", en: "Sector compliance")
        case .survey: Localized(id: "Ringkasan survei", en: "Survey summary")
        case .frequency: Localized(id: "Tabel frekuensi", en: "Frequency table")
        }
    }

    /// Every report can be written in every format.
    public var supportedFormats: [ReportFormat] { ReportFormat.allCases }
}
