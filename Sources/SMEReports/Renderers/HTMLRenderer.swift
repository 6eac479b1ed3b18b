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
        if let png = office.logoPNG {
            body.append("<img class=\"logo\" alt=\"\" src=\"data:image/png;base64,\(png.base64EncodedString())\">")
        }
        if !office.government.isEmpty { body.append("<p class=\"government\">\(Self.escape(office.government))</p>") }
        body.append("<p class=\"office\">\(Self.escape(office.name))</p>")
        let address = [office.address, office.contact].filter { !$0.isEmpty }.map(Self.escape).joined(separator: "<br>")
        body.append("<p class=\"address\">\(address)</p>")
        body.append("</header>")
        body.append("<h1>\(Self.escape(document.title))</h1>")
        if let number = document.number { body.append("<p class=\"number\">\(Self.escape(ReportLabel.numberLine(number, l)))</p>") }
        if let subtitle = document.subtitle { body.append("<p class=\"subtitle\">\(Self.escape(subtitle))</p>") }
        // The tables the PDF turns to landscape go on the landscape page here too; without the
        // PDF's fonts every table stays portrait and the browser wraps what it must.
        let wide = (try? PDFRenderer(paper: paper).landscapeTables(document)) ?? []
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
                body.append(self.table(table, l, wideTables: wide))
            case .signature(let signature):
                body.append(self.signature(signature, l))
            case .chart(let chart):
                body.append(HTMLChart(chart: chart, language: l).html)
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

    private func table(_ table: ReportTable, _ l: Language, wideTables: Set<String>) -> String {
        let indices = table.printedColumnIndices
        let numeric = indices.map { index in table.rows.contains { index < $0.cells.count && $0.cells[index].isNumeric } }
        let spans = table.printedSpans
        let wide = wideTables.contains(table.key)
        var out = ["<section class=\"table\(wide ? " wide" : "")\" id=\"\(Self.escape(table.key))\">",
                   "<h3>\(Self.escape(table.printedTitle))</h3>", "<table>", "<thead>"]
        func th(_ position: Int, _ attributes: String = "") -> String {
            "<th\(numeric[position] ? " class=\"num\"" : "")\(attributes)>\(Self.escape(table.columns[indices[position]].title))</th>"
        }
        if spans.isEmpty {
            out.append("<tr>" + indices.indices.map { th($0) }.joined() + "</tr>")
        } else {
            // Columns sharing a title sit under it; the others take both header rows.
            var upper = ""
            for position in indices.indices {
                if let span = spans.first(where: { $0.positions.contains(position) }) {
                    if span.positions.lowerBound == position {
                        upper += "<th class=\"span\" colspan=\"\(span.positions.count)\">\(Self.escape(span.title))</th>"
                    }
                } else {
                    upper += th(position, " rowspan=\"2\"")
                }
            }
            let lower = indices.indices.filter { position in spans.contains { $0.positions.contains(position) } }.map { th($0) }.joined()
            out += ["<tr>" + upper + "</tr>", "<tr>" + lower + "</tr>"]
        }
        out.append("</thead>")
        out.append("<tbody>")
        for group in table.groups {
            if let title = group.title {
                out.append("<tr class=\"group\"><th colspan=\"\(indices.count)\">\(Self.escape(title))</th></tr>")
            }
            for row in group.rows {
                let cells = zip(indices, numeric).map { index, isNumeric in
                    let cell = index < row.cells.count ? row.cells[index] : .empty
                    let classes = (isNumeric ? ["num"] : []) + (cell.neverWraps && !isNumeric ? ["nowrap"] : [])
                    let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                    return "<td\(attribute)>\(Self.escapeLines(CellText.display(cell, l)))</td>"
                }.joined()
                out.append("<tr\(row.emphasis == .normal ? "" : " class=\"\(row.emphasis.rawValue)\"")>\(cells)</tr>")
            }
        }
        if table.rows.isEmpty { out.append("<tr><td colspan=\"\(indices.count)\">–</td></tr>") }
        out += ["</tbody>", "</table>"]
        if let source = table.source { out.append("<p class=\"source\">\(Self.escape(source))</p>") }
        out.append("</section>")
        return out.joined(separator: "\n")
    }

    /// Place and date above the last column, then per signatory its titles, room to sign, name
    /// and NIP; the parts are rows of one grid, so names and NIPs line up across columns.
    private func signature(_ signature: SignatureBlock, _ l: Language) -> String {
        let count = max(signature.signatories.count, 1)
        var out = ["<section class=\"signature\">", "<div class=\"signatories\" style=\"grid-template-columns: repeat(\(count), 1fr)\">"]
        for (index, person) in signature.signatories.enumerated() {
            let place = index == signature.signatories.count - 1 ? Self.escape("\(signature.place), \(DateText.long(signature.date, l))") : ""
            let name = person.name.isEmpty ? String(repeating: ".", count: 30) : person.name
            let titles = [person.role, person.position].filter { !$0.isEmpty }.map(Self.escape).joined(separator: "<br>")
            // Rank and NIP share the last grid row so a signatory without them keeps the rows aligned.
            let below = [person.printedRank, person.nipLine(l)].compactMap { $0 }.map(Self.escape).joined(separator: "<br>")
            out += ["<p class=\"place\">\(place)</p>", "<p class=\"titles\">\(titles)</p>", "<p class=\"room\"></p>",
                    "<p class=\"name\">\(Self.escape(name))</p>", "<p class=\"nip\">\(below)</p>"]
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
        @page wide { size: \(paper.cssSize) landscape; }
        section.wide { page: wide; }
        body { font: 10pt/1.35 "Liberation Sans", Arial, "DejaVu Sans", sans-serif; color: #000; max-width: 190mm; margin: 0 auto; }
        .kop { position: relative; min-height: 20mm; text-align: center; border-bottom: 3px double #000; padding-bottom: 4pt; margin-bottom: 12pt; }
        .kop .logo { position: absolute; left: 0; top: 0; max-height: 20mm; max-width: 21mm; }
        .kop p { margin: 0; } .kop .government { font-size: 11pt; text-transform: uppercase; }
        .kop .office { font-size: 14pt; font-weight: bold; text-transform: uppercase; } .kop .address { font-size: 9pt; }
        h1 { font-size: 14pt; text-align: center; margin: 6pt 0 2pt; } .subtitle, .number { text-align: center; margin-top: 0; }
        h2 { font-size: 11.5pt; margin: 12pt 0 4pt; break-after: avoid; } h3 { font-size: 10.5pt; margin: 10pt 0 4pt; break-after: avoid; }
        dl { display: grid; grid-template-columns: max-content auto; gap: 1pt 12pt; margin: 0; } dt { color: #333; } dd { margin: 0; }
        .strong { font-weight: bold; }
        table { border-collapse: collapse; width: 100%; font-size: 9pt; }
        thead { display: table-header-group; } tr { break-inside: avoid; }
        th, td { border: 0.5pt solid #777; padding: 2pt 4pt; text-align: left; vertical-align: top; }
        thead th { background: #e6e6e6; } .num { text-align: right; white-space: nowrap; } .nowrap { white-space: nowrap; }
        thead th.span { text-align: center; } .source { font-size: 8pt; color: #222; margin: 2pt 0 0; }
        tr.group th { background: #f3f3f3; text-align: left; } tr.total td, tr.alert td { font-weight: bold; }
        tr.muted td { color: #333; font-style: italic; }
        .signature { break-inside: avoid; break-before: avoid; margin-top: 18pt; }
        figure.chart { margin: 8pt 0 12pt; break-inside: avoid; } figure.chart figcaption { font-weight: bold; margin-bottom: 4pt; }
        .chart-body { display: flex; flex-wrap: wrap; gap: 6pt 12pt; align-items: flex-start; }
        .chart-body svg { flex: 1 1 115mm; max-width: 170mm; font: 10px "Liberation Sans", Arial, sans-serif; }
        @media print { body { max-width: none; } }
        svg .grid { stroke: #ccc; stroke-width: 0.5; } svg .tick { text-anchor: middle; fill: #333; } svg .label { text-anchor: end; }
        svg .dot { fill: #000; } svg .earlier { fill: #fff; stroke: #000; stroke-width: 1.2; } svg .bar { fill: #777; }
        svg .whisker, svg .link { stroke: #000; stroke-width: 1.5; } svg .reference { stroke: #000; stroke-dasharray: 4 3; }
        svg .muted text, svg .muted .dot { fill: #777; } svg .muted .whisker, svg .muted .link { stroke: #888; }
        table.chart-data { width: auto; font-size: 8.5pt; } table.chart-data th[scope=row] { font-weight: normal; text-align: left; }
        .signatories { display: grid; grid-template-rows: auto auto 56pt auto auto; grid-auto-flow: column; column-gap: 24pt; text-align: center; }
        .signatories p { margin: 0; } .signatories .name { font-weight: bold; text-decoration: underline; }
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
