import SMEModel
import SMEReportRequest

/// A report as format-free content: built once by a report builder, then turned into bytes by
/// any renderer, so every format carries the same figures.
public struct ReportDocument: Hashable, Sendable {
    public var kind: ReportKind
    public var language: Language
    public var title: String
    public var subtitle: String?
    /// "Nomor: …" under the title of a numbered document (a berita acara).
    public var number: String?
    /// The date the report is issued on: printed by the signature and stored as the file's
    /// creation date, so the same request gives the same bytes.
    public var issuedOn: ISODate
    public var office: OfficeProfile
    public var blocks: [ReportBlock]

    public init(
        kind: ReportKind, language: Language, title: String, subtitle: String? = nil, number: String? = nil, issuedOn: ISODate,
        office: OfficeProfile, blocks: [ReportBlock]
    ) {
        self.number = number
        self.kind = kind
        self.language = language
        self.title = title
        self.subtitle = subtitle
        self.issuedOn = issuedOn
        self.office = office
        self.blocks = blocks
    }

    /// Every table in order, summaries included as two-column tables, for the one-table-per-sheet
    /// and one-section-per-table outputs. `machineKeys` puts the entries' keys in the field
    /// column instead of their labels (the data CSV profile).
    public func tables(machineKeys: Bool = false) -> [ReportTable] {
        blocks.compactMap { block in
            switch block {
            case .table(let table):
                return table
            case .summary(let key, let title, let entries):
                return ReportTable(
                    key: key, title: title,
                    columns: [
                        ReportColumn(key: "field", title: ReportLabel.field(language)),
                        ReportColumn(key: "value", title: ReportLabel.value(language)),
                    ],
                    rows: entries.map {
                        ReportRow([.text(machineKeys ? $0.key : $0.label), $0.value], emphasis: $0.isEmphasised ? .total : .normal)
                    })
            default:
                return nil
            }
        }
    }

    /// What the report says besides its tables and summaries, in order: cautions and closing
    /// lines (paragraphs), then the footnotes (legends, codes, rules). CSV and XLSX, which have no
    /// room for them between tables, carry them as a notes section.
    public var notes: [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let text): [text]
            case .footnotes(let notes): notes
            case .heading, .summary, .table, .chart, .signature: []
            }
        }
    }

    public var charts: [ReportChart] {
        blocks.compactMap { if case .chart(let chart) = $0 { chart } else { nil } }
    }
}
