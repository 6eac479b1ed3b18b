import SMEModel

/// A frequency list or a two-column pivot as a document: counts and shares of the records,
/// with what they were filtered by, for XLSX and CSV (and every other format).
public struct FrequencyReport: Sendable {
    public var table: FrequencyTable
    /// "Usaha" or "Koperasi": what was counted.
    public var subject: Localized
    /// The filters the records were chosen by, as the dashboard's filter line says them.
    public var filters: String?
    public var office: OfficeProfile
    public var language: Language
    public var issuedOn: ISODate

    public init(table: FrequencyTable, subject: Localized, filters: String?, office: OfficeProfile, language: Language, issuedOn: ISODate) {
        self.table = table
        self.subject = subject
        self.filters = filters
        self.office = office
        self.language = language
        self.issuedOn = issuedOn
    }

    public func document() -> ReportDocument {
        let l = language
        let t = table
        let names = t.dimensions.map { $0.title(l) }
        let share = Localized(id: "Persentase", en: "Share")(l)
        let count = Localized(id: "Banyaknya", en: "Count")(l)
        var columns = [ReportColumn(key: t.dimensions[0].rawValue, title: names[0], isWide: true)]
        var rows: [ReportRow]
        if t.isPivot {
            columns += t.columns.map { ReportColumn(key: $0.key, title: $0.label(l), span: names[1]) }
            columns.append(ReportColumn(key: "total", title: ReportLabel.total(l)))
            rows = t.rows.indices.map { r in
                ReportRow([.text(t.rows[r].label(l))] + t.counts[r].map(ReportCell.int) + [.int(t.rowTotals[r])])
            }
            rows.append(ReportRow([.text(ReportLabel.total(l))] + t.columnTotals.map(ReportCell.int) + [.int(t.total)], emphasis: .total))
        } else {
            columns += [ReportColumn(key: "count", title: count), ReportColumn(key: "share", title: share)]
            rows = t.rows.indices.map { r in
                ReportRow([.text(t.rows[r].label(l)), .int(t.rowTotals[r]), .percent(t.total == 0 ? nil : Double(t.rowTotals[r]) / Double(t.total))])
            }
            rows.append(ReportRow([.text(ReportLabel.total(l)), .int(t.total), .percent(t.total == 0 ? nil : 1)], emphasis: .total))
        }
        let title = subject(l) + ": " + names.joined(separator: " × ")
        let key = "frequency_" + t.dimensions.map(\.rawValue).joined(separator: "_").replacingOccurrences(of: "-", with: "_")
        var blocks: [ReportBlock] = [.table(ReportTable(key: key, title: String(title.prefix(31)), columns: columns, rows: rows, caption: title))]
        if t.dimensions.contains(.channel) {
            blocks.append(.footnotes([Localized(id: "Usaha dengan beberapa kanal dihitung pada setiap kanalnya; jumlah kanal dapat melebihi jumlah usaha.",
                                                en: "A business with several channels counts under each; channel counts can add up to more than the businesses.")(l)]))
        }
        return ReportDocument(kind: .frequency, language: l, title: title,
                              subtitle: filters.map { Localized(id: "Saringan: ", en: "Filters: ")(l) + $0 },
                              issuedOn: issuedOn, office: office, blocks: blocks)
    }
}
