import SMEModel

/// Commands of the Export screen.
public enum ExportCommand: String, CaseIterable, Hashable, Sendable {
    case runExport = "run-export"
    case previousValue = "previous-value"
    case nextValue = "next-value"

    public var help: Localized {
        switch self {
        case .runExport: Localized(id: "Ekspor laporan", en: "Export the report")
        case .previousValue: Localized(id: "Pilihan sebelumnya untuk isian ini", en: "Previous choice for this field")
        case .nextValue: Localized(id: "Pilihan berikutnya untuk isian ini", en: "Next choice for this field")
        }
    }
}
