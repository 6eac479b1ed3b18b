import Foundation
import SMEModel
import SMEReportRequest

/// Writes a report's tables as CSV in one of two profiles (see `ReportCSVProfile`).
///
/// A CSV holds one table. With `table` set, the file is exactly that table: a header row and its
/// rows. Without it, every table of the report (the summary first) follows as a section: a title
/// row, the header, the rows and a blank line, so an official who opens the file sees the whole
/// report; scripts should ask for one table.
public struct CSVReportRenderer: Sendable {
    public var profile: ReportCSVProfile
    /// Key of the one table to write; nil writes every table as a section.
    public var table: String?

    public init(profile: ReportCSVProfile, table: String? = nil) {
        self.profile = profile
        self.table = table
    }

    public func render(_ document: ReportDocument) throws(ReportError) -> Data {
        let tables = document.tables(machineKeys: profile.usesMachineKeys)
        var writer = CSVWriter(profile: profile.csvProfile)
        if let key = table {
            guard let chosen = tables.first(where: { $0.key == key }) else {
                throw .unknownTable(key, choices: tables.map(\.key))
            }
            write(chosen, to: &writer)
        } else {
            for (index, table) in tables.enumerated() {
                if index > 0 { writer.row([CSVField]()) }
                writer.row([CSVField.text(profile.usesMachineKeys ? table.key : table.title)])
                write(table, to: &writer)
            }
        }
        return Data(writer.bytes)
    }

    private func write(_ table: ReportTable, to writer: inout CSVWriter) {
        writer.row(table.columns.map { CSVField.text(profile.usesMachineKeys ? $0.key : title($0, in: table)) })
        for row in table.rows {
            writer.row(table.columns.indices.map { index in index < row.cells.count ? field(row.cells[index]) : .empty })
        }
    }

    /// Percent columns say so in the human profile, where they hold 39,6 rather than 0,396.
    private func title(_ column: ReportColumn, in table: ReportTable) -> String {
        guard let index = table.columns.firstIndex(of: column) else { return column.title }
        var kinds: Set<String> = []
        for row in table.rows where index < row.cells.count {
            switch row.cells[index] {
            case .percent: kinds.insert("%")
            case .points: kinds.insert("pp")
            case .empty: continue
            default: kinds.insert("other")
            }
        }
        guard kinds.count == 1, let unit = kinds.first, unit != "other" else { return column.title }
        return column.title + " (\(unit))"
    }

    private func field(_ cell: ReportCell) -> CSVField {
        switch cell {
        case .text(let text), .code(let text): return .text(text)
        case .int(let value): return .int(value)
        case .percent(let value), .points(let value):
            return profile.usesMachineKeys ? .number(value, decimals: 4) : .number(value * 100, decimals: 1)
        case .number(let value, let decimals): return .number(value, decimals: decimals)
        case .date(let date): return .text(date.description)
        case .empty: return .empty
        }
    }
}
