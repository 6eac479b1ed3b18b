import Foundation
import SMEModel

/// Writes a report as CommonMark with pipe tables. User text is escaped so it can never become
/// markup, a link or raw HTML.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ document: ReportDocument) -> Data {
        Data(text(document).utf8)
    }

    public func text(_ document: ReportDocument) -> String {
        let l = document.language
        let office = document.office
        var out: [String] = []
        out.append([office.government, office.name, office.address, office.contact]
            .filter { !$0.isEmpty }.map { "> " + Self.escapeLineStart($0) }.joined(separator: "\\\n"))
        out.append("# " + Self.escape(document.title))
        if let number = document.number { out.append(Self.escapeLineStart(ReportLabel.numberLine(number, l))) }
        if let subtitle = document.subtitle { out.append("_" + Self.escape(subtitle) + "_") }
        for block in document.blocks {
            switch block {
            case .heading(let text):
                out.append("## " + Self.escape(text))
            case .paragraph(let text):
                out.append(Self.escapeParagraph(text))
            case .summary(_, let title, let entries):
                out.append("## " + Self.escape(title))
                out.append(entries.map { entry in
                    let value = Self.escape(CellText.display(entry.value, l, longDates: true))
                    return "- " + Self.escape(entry.label) + ": " + (entry.isEmphasised ? "**\(value)**" : value)
                }.joined(separator: "\n"))
            case .table(let table):
                out.append("### " + Self.escape(table.printedTitle))
                out.append(self.table(table, l))
                if let source = table.source { out.append("_" + Self.escape(source) + "_") }
            case .signature(let signature):
                out.append(Self.escapeLineStart("\(signature.place), \(DateText.long(signature.date, l))"))
                for person in signature.signatories {
                    let lines = [person.role, person.position].filter { !$0.isEmpty }.map(Self.escapeLineStart)
                        + ["", "", "**" + Self.escape(person.name.isEmpty ? String(repeating: ".", count: 30) : person.name) + "**"]
                        + [person.printedRank, person.nipLine(l)].compactMap { $0 }.map(Self.escape)
                    out.append(lines.joined(separator: "\\\n"))
                }
            case .footnotes(let notes):
                out.append("---\n\n" + notes.map { "- " + Self.escape($0) }.joined(separator: "\n"))
            case .chart(let chart):
                out.append("> " + Self.escape(chart.textOnlyNote))
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    private func table(_ table: ReportTable, _ l: Language) -> String {
        let indices = table.printedColumnIndices
        guard !indices.isEmpty else { return "" }
        var lines = ["| " + indices.map { Self.cell(table.columns[$0].flatTitle) }.joined(separator: " | ") + " |"]
        lines.append("|" + indices.map { index in
            table.rows.contains { index < $0.cells.count && $0.cells[index].isNumeric } ? "---:|" : "---|"
        }.joined())
        for group in table.groups {
            if let title = group.title {
                lines.append("| **" + Self.cell(title) + "**" + String(repeating: " |", count: indices.count))
            }
            for row in group.rows {
                let cells = indices.map { index -> String in
                    let text = Self.cell(index < row.cells.count ? CellText.display(row.cells[index], l) : "")
                    return row.emphasis == .total || row.emphasis == .alert ? (text.isEmpty ? text : "**\(text)**")
                        : row.emphasis == .muted ? (text.isEmpty ? text : "_\(text)_") : text
                }
                lines.append("| " + cells.joined(separator: " | ") + " |")
            }
        }
        if table.rows.isEmpty { lines.append("| " + indices.map { _ in "–" }.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n")
    }

    /// Escapes inline markup: backslash, emphasis, code, links, tables, and raw HTML (as entities).
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "~":
                out += "\\" + String(scalar)
            case "\r": continue
            case "\n": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escaped text that starts a line, where a leading `-`, `#` or `1.` would change the block type.
    static func escapeLineStart(_ text: String) -> String {
        let out = escape(text)
        if let first = out.first, "-+=#".contains(first) { return "\\" + out }
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = out.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + out.dropFirst(digits.count)
        }
        return out
    }

    /// A table cell: escaped, with line breaks kept as `<br>` (the only HTML smedash writes).
    static func cell(_ text: String) -> String {
        text.reportLines.map(escape).joined(separator: "<br>")
    }

    /// A paragraph keeps its line breaks as hard breaks.
    static func escapeParagraph(_ text: String) -> String {
        text.reportLines.map(escapeLineStart).joined(separator: "\\\n")
    }
}
