import Foundation
import SMEModel
import SMEReportRequest

/// Writes a report's tables as CSV in one of two profiles (see `ReportCSVProfile`).
///
/// A CSV holds one table. With `table` set, the file is exactly that table: a header row and its
/// rows. Without it, every table of the report (the summary first) follows as a section: a title
/// row, the header, the rows and a blank line, so an official who opens the file sees the whole
/// report; scripts should ask for one table. The report's notes (cautions, legends, footnotes)
/// follow the last table after a blank line, under a "Catatan"/"Notes" row ("notes" in the data
/// profile), one note per row in the first column; a single table chosen with `--table` carries
/// them too in the Excel profile, and stays pure data in the rfc4180 profile.
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
            if !profile.usesMachineKeys { writeNotes(document, to: &writer) }
        } else {
            for (index, table) in tables.enumerated() {
                if index > 0 { writer.row([CSVField]()) }
                writer.row([profile.usesMachineKeys ? CSVField.text(table.key) : text(table.printedTitle)])
                write(table, to: &writer)
                if !profile.usesMachineKeys, let source = table.source { writer.row([text(source)]) }
            }
            writeNotes(document, to: &writer)
        }
        return Data(writer.bytes)
    }

    /// Text for a cell, a header or a title, kept as text where a spreadsheet would convert it.
    private func text(_ value: String) -> CSVField {
        Self.spreadsheetWouldConvert(value) ? .literal(value) : .text(value)
    }

    /// Text an Indonesian-locale spreadsheet would read as a number, date, time or boolean:
    /// digits with number punctuation ("0812", "1/2", "07.30", "1E+17"), digits and month names
    /// alone ("Januari 2021", "2 Agu 2020"), and the words it takes for true or false.
    static func spreadsheetWouldConvert(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !trimmed.isEmpty else { return false }
        if ["true", "false", "benar", "salah"].contains(trimmed) { return true }
        let hasDigit = trimmed.unicodeScalars.contains { ("0"..."9").contains($0) }
        if hasDigit, trimmed.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || " .,+-%/:e()".unicodeScalars.contains($0) }) {
            return true
        }
        let tokens = trimmed.split(whereSeparator: { " -/.,".contains($0) })
        return hasDigit && tokens.count <= 4 && tokens.allSatisfy { token in
            token.allSatisfy(\.isASCII) && (token.allSatisfy(\.isNumber) || monthNames.contains(String(token)))
        }
    }

    /// Month names and abbreviations both languages' spreadsheets read as dates.
    private static let monthNames: Set<String> = {
        let full = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember",
                    "january", "february", "march", "may", "june", "july", "august", "october", "december"]
        return Set(full + full.map { String($0.prefix(3)) } + ["agu", "okt", "des", "sept"])
    }()

    /// The notes, then one line per chart saying where it is drawn (CSV holds no pictures).
    private func writeNotes(_ document: ReportDocument, to writer: inout CSVWriter) {
        let notes = document.notes + document.charts.map(\.textOnlyNote)
        guard !notes.isEmpty else { return }
        writer.row([CSVField]())
        writer.row([CSVField.text(profile.usesMachineKeys ? "notes" : ReportLabel.notes(document.language))])
        for note in notes { writer.row([text(note)]) }
    }

    private func write(_ table: ReportTable, to writer: inout CSVWriter) {
        writer.row(table.columns.map { profile.usesMachineKeys ? CSVField.text($0.key) : text(title($0, in: table)) })
        let isSummary = table.columns.map(\.key) == ["field", "value"]
        for row in table.rows {
            var cells = row.cells
            // A summary mixes kinds in one column, so each share or change says its unit in its label.
            if isSummary, !profile.usesMachineKeys, cells.count == 2, case .text(let label) = cells[0], let unit = Self.unit(cells[1]) {
                cells[0] = .text(label + " (\(unit))")
            }
            writer.row(table.columns.indices.map { index in index < cells.count ? field(cells[index]) : .empty })
        }
    }

    private static func unit(_ cell: ReportCell) -> String? {
        switch cell {
        case .percent: "%"
        case .points: "pp"
        default: nil
        }
    }

    /// Percent columns say so in the human profile, where they hold 39,6 rather than 0,396.
    private func title(_ column: ReportColumn, in table: ReportTable) -> String {
        guard let index = table.columns.firstIndex(of: column) else { return column.flatTitle }
        var kinds: Set<String> = []
        for row in table.rows where index < row.cells.count {
            switch row.cells[index] {
            case .percent: kinds.insert("%")
            case .points: kinds.insert("pp")
            case .empty: continue
            default: kinds.insert("other")
            }
        }
        guard kinds.count == 1, let unit = kinds.first, unit != "other" else { return column.flatTitle }
        return column.flatTitle + " (\(unit))"
    }

    private func field(_ cell: ReportCell) -> CSVField {
        switch cell {
        case .code(let text): return .literal(text)
        case .text(let text): return self.text(text)
        case .term(let text, let code): return profile.usesMachineKeys ? .text(code) : .text(text)
        case .int(let value): return .int(value)
        case .percent(let value), .points(let value):
            return profile.usesMachineKeys ? .number(value, decimals: 4) : .number(value * 100, decimals: 1)
        case .number(let value, let decimals): return .number(value, decimals: decimals)
        case .date(let date): return .text(date.description)
        case .empty: return .empty
        }
    }
}
