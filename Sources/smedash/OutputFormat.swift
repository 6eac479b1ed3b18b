import ArgumentParser
import Foundation
import SMEModel
import TerminalUI

/// How a command prints its rows.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// A result printed as an aligned text table, CSV or JSON from the same rows, so every format
/// carries the same figures.
struct TabularOutput {
    struct Column {
        var title: String
        var rightAligned: Bool = false
    }

    var columns: [Column]
    var rows: [[String]]

    /// Aligns by display width, so Indonesian accents, CJK and emoji keep their columns.
    func table() -> String {
        // wcwidth answers -1 for every non-ASCII character under the C locale.
        TextWidth.useUTF8Locale()
        var widths = columns.map { TextWidth.of($0.title) }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], TextWidth.of(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (index, cell) in cells.enumerated() where index < columns.count {
                let padding = String(repeating: " ", count: widths[index] - TextWidth.of(cell))
                let padded = columns[index].rightAligned ? padding + cell : cell + padding
                out += (index == 0 ? "" : "  ") + padded
            }
            while out.hasSuffix(" ") { out.removeLast() }
            return out
        }
        var lines = [line(columns.map(\.title))]
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    func csv(header: [String]) -> String {
        var writer = CSVWriter(profile: CSVProfile(
            separator: ",", decimalComma: false, byteOrderMark: false, lineEnd: "\n", neutralisesFormulas: true))
        writer.row(header)
        for row in rows { writer.row(row) }
        return writer.text
    }
}

enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return (String(data: data, encoding: .utf8) ?? "") + "\n"
    }
}

/// A table as escaped text, CSV and JSON as they are.
func emit(_ text: String, as format: OutputFormat) {
    if format == .table { emit(text) } else { emitData(text) }
}
