import Foundation
import SMEModel
import SMEReportRequest

/// Writes a report as one self-contained HTML file (no scripts, no external files) with print
/// CSS for A4 or F4 paper. Every piece of text goes through `escape`.
public struct HTMLRenderer: Sendable {
    public var paper: PaperSize

    public init(paper: PaperSize = .a4) {
        self.paper = paper
    }

    public func render(_ document: ReportDocument) -> Data {
        Data(text(document).utf8)
    }

    public func text(_ document: ReportDocument) -> String {
        let l = document.language
        let office = document.office
        var body: [String] = []
        body.append("<header class=\"kop\">")
        if !office.government.isEmpty { body.append("<p class=\"government\">\(Self.escape(office.government))</p>") }
        body.append("<p class=\"office\">\(Self.escape(office.name))</p>")
        let address = [office.address, office.contact].filter { !$0.isEmpty }.map(Self.escape).joined(separator: "<br>")
        body.append("<p class=\"address\">\(address)</p>")
        body.append("</header>")
        body.append("<h1>\(Self.escape(document.title))</h1>")
        if let subtitle = document.subtitle { body.append("<p class=\"subtitle\">\(Self.escape(subtitle))</p>") }
        for block in document.blocks {
            switch block {
            case .heading(let text):
                body.append("<h2>\(Self.escape(text))</h2>")
            case .paragraph(let text):
                body.append("<p>\(Self.escapeLines(text))</p>")
            case .summary(let key, let title, let entries):
                body.append("<section class=\"summary\" id=\"\(Self.escape(key))\">")
                body.append("<h2>\(Self.escape(title))</h2>")
                body.append("<dl>")
                for entry in entries {
                    let value = Self.escapeLines(CellText.display(entry.value, l, longDates: true))
                    body.append("<dt>\(Self.escape(entry.label))</dt><dd\(entry.isEmphasised ? " class=\"strong\"" : "")>\(value)</dd>")
                }
                body.append("</dl>")
                body.append("</section>")
            case .table(let table):
                body.append(self.table(table, l))
            case .signature(let signature):
                body.append(self.signature(signature, l))
            case .footnotes(let notes):
                body.append("<footer class=\"notes\"><ul>")
                body += notes.map { "<li>\(Self.escapeLines($0))</li>" }
                body.append("</ul></footer>")
            }
        }
        return """
        <!DOCTYPE html>
        <html lang="\(l.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="smedash">
        <meta name="date" content="\(document.issuedOn)">
        <title>\(Self.escape(document.title))</title>
        <style>
        \(css(l))
        </style>
        </head>
        <body>
        \(body.joined(separator: "\n"))
        </body>
        </html>

        """
    }

    private func table(_ table: ReportTable, _ l: Language) -> String {
        let indices = table.printedColumnIndices
        let numeric = indices.map { index in table.rows.contains { index < $0.cells.count && $0.cells[index].isNumeric } }
        var out = ["<section class=\"table\" id=\"\(Self.escape(table.key))\">", "<h3>\(Self.escape(table.title))</h3>", "<table>", "<thead><tr>"]
        out.append(zip(indices, numeric).map { index, isNumeric in
            "<th\(isNumeric ? " class=\"num\"" : "")>\(Self.escape(table.columns[index].title))</th>"
        }.joined())
        out.append("</tr></thead>")
        out.append("<tbody>")
        for group in table.groups {
            if let title = group.title {
                out.append("<tr class=\"group\"><th colspan=\"\(indices.count)\">\(Self.escape(title))</th></tr>")
            }
            for row in group.rows {
                let cells = zip(indices, numeric).map { index, isNumeric in
                    let text = index < row.cells.count ? CellText.display(row.cells[index], l) : ""
                    return "<td\(isNumeric ? " class=\"num\"" : "")>\(Self.escapeLines(text))</td>"
                }.joined()
                out.append("<tr\(row.emphasis == .normal ? "" : " class=\"\(row.emphasis.rawValue)\"")>\(cells)</tr>")
            }
        }
        if table.rows.isEmpty { out.append("<tr><td colspan=\"\(indices.count)\">–</td></tr>") }
        out += ["</tbody>", "</table>", "</section>"]
        return out.joined(separator: "\n")
    }

    private func signature(_ signature: SignatureBlock, _ l: Language) -> String {
        var out = ["<section class=\"signature\">", "<p class=\"place\">\(Self.escape("\(signature.place), \(DateText.long(signature.date, l))"))</p>", "<div class=\"signatories\">"]
        for person in signature.signatories {
            let name = person.name.isEmpty ? String(repeating: ".", count: 30) : person.name
            let nip = person.nip.flatMap { $0.isEmpty ? nil : $0 } ?? String(repeating: ".", count: 20)
            out.append("<div class=\"signatory\"><p>\(Self.escape(person.role))<br>\(Self.escape(person.position))</p>"
                + "<p class=\"name\">\(Self.escape(name))</p><p>\(Self.escape(ReportLabel.nip(l))) \(Self.escape(nip))</p></div>")
        }
        out += ["</div>", "</section>"]
        return out.joined(separator: "\n")
    }

    private func css(_ l: Language) -> String {
        let page = Localized(id: "Halaman", en: "Page")(l)
        let of = Localized(id: "dari", en: "of")(l)
        return """
        @page { size: \(paper.cssSize); margin: 20mm 20mm 22mm 25mm;
          @bottom-right { content: "\(page) " counter(page) " \(of) " counter(pages); font: 8pt "Liberation Sans", Arial, sans-serif; } }
        body { font: 10pt/1.35 "Liberation Sans", Arial, "DejaVu Sans", sans-serif; color: #000; max-width: 190mm; margin: 0 auto; }
        .kop { text-align: center; border-bottom: 3px double #000; padding-bottom: 4pt; margin-bottom: 12pt; }
        .kop p { margin: 0; } .kop .government { font-size: 11pt; text-transform: uppercase; }
        .kop .office { font-size: 14pt; font-weight: bold; text-transform: uppercase; } .kop .address { font-size: 9pt; }
        h1 { font-size: 14pt; text-align: center; margin: 6pt 0 2pt; } .subtitle { text-align: center; margin-top: 0; }
        h2 { font-size: 11.5pt; margin: 12pt 0 4pt; break-after: avoid; } h3 { font-size: 10.5pt; margin: 10pt 0 4pt; break-after: avoid; }
        dl { display: grid; grid-template-columns: max-content auto; gap: 1pt 12pt; margin: 0; } dt { color: #333; } dd { margin: 0; }
        .strong { font-weight: bold; }
        table { border-collapse: collapse; width: 100%; font-size: 9pt; }
        thead { display: table-header-group; } tr { break-inside: avoid; }
        th, td { border: 0.5pt solid #777; padding: 2pt 4pt; text-align: left; vertical-align: top; }
        thead th { background: #e6e6e6; } .num { text-align: right; white-space: nowrap; }
        tr.group th { background: #f3f3f3; text-align: left; } tr.total td, tr.alert td { font-weight: bold; }
        tr.muted td { color: #666; font-style: italic; }
        .signature { break-inside: avoid; margin-top: 18pt; } .signature .place { text-align: right; }
        .signatories { display: flex; justify-content: space-between; gap: 24pt; }
        .signatory { flex: 1; text-align: center; } .signatory .name { margin-top: 48pt; font-weight: bold; text-decoration: underline; margin-bottom: 0; }
        .notes { font-size: 8.5pt; color: #333; border-top: 0.5pt solid #999; margin-top: 12pt; }
        @media print { body { max-width: none; } }
        """
    }

    /// Escapes the five characters that could open markup or end an attribute.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escaped text with its line breaks kept as `<br>`.
    static func escapeLines(_ text: String) -> String {
        text.reportLines.map(escape).joined(separator: "<br>")
    }
}
