import Foundation
import SMEModel

/// Writes a report as canonical JSON for other tools: the summaries as objects, every table with
/// its columns and rows keyed by column, shares and changes as fractions (0.396), dates as ISO
/// text, missing values as null. The numbers are the ones the printed tables show, unrounded.
public struct JSONReportRenderer: Sendable {
    public init() {}

    public func render(_ document: ReportDocument) throws(ReportError) -> Data {
        var summaries: [String: JSONValue] = [:]
        var tables: [JSONValue] = []
        var paragraphs: [JSONValue] = []
        var footnotes: [JSONValue] = []
        var signature: JSONValue = .null
        var charts: [JSONValue] = []
        for block in document.blocks {
            switch block {
            case .heading:
                continue
            case .paragraph(let text):
                paragraphs.append(.string(text))
            case .summary(let key, _, let entries):
                summaries[key] = .object(Dictionary(entries.map { ($0.key, Self.value($0.value)) }, uniquingKeysWith: { first, _ in first }))
            case .table(let table):
                var object: [String: JSONValue] = [
                    "key": .string(table.key),
                    "title": .string(table.title),
                    "columns": .array(table.columns.map { .object(["key": .string($0.key), "title": .string($0.flatTitle)]) }),
                    "rows": .array(table.rows.map { row in
                        .object(Dictionary(table.columns.enumerated().map { index, column in
                            (column.key, index < row.cells.count ? Self.value(row.cells[index]) : .null)
                        }, uniquingKeysWith: { first, _ in first }))
                    }),
                ]
                if let caption = table.caption { object["caption"] = .string(caption) }
                if let source = table.source { object["source"] = .string(source) }
                tables.append(.object(object))
            case .signature(let block):
                signature = .object([
                    "place": .string(block.place), "date": .string(block.date.description),
                    "signatories": .array(block.signatories.map { person in
                        .object(["role": .string(person.role), "position": .string(person.position), "name": .string(person.name),
                                 "nip": person.nip.map(JSONValue.string) ?? .null, "rank": person.printedRank.map(JSONValue.string) ?? .null])
                    }),
                ])
            case .footnotes(let notes):
                footnotes += notes.map(JSONValue.string)
            case .chart(let chart):
                charts.append(Self.chart(chart))
            }
        }
        let root: JSONValue = .object([
            "report": .string(document.kind.rawValue),
            "language": .string(document.language.rawValue),
            "title": .string(document.title),
            "subtitle": document.subtitle.map(JSONValue.string) ?? .null,
            "number": document.number.map(JSONValue.string) ?? .null,
            "issuedOn": .string(document.issuedOn.description),
            "office": .object(["name": .string(document.office.name), "city": .string(document.office.city)]),
            "summary": .object(summaries),
            "tables": .array(tables),
            "charts": .array(charts),
            "paragraphs": .array(paragraphs),
            "footnotes": .array(footnotes),
            "signature": signature,
        ])
        do {
            return try CanonicalJSON.encode(root)
        } catch {
            throw .encoding(String(describing: error))
        }
    }

    static func value(_ cell: ReportCell) -> JSONValue {
        switch cell {
        case .text(let text), .code(let text): .string(text)
        case .term(_, let code): .string(code)
        case .int(let value): .int(value)
        case .percent(let value), .points(let value), .number(let value, _): value.isFinite ? .double(value) : .null
        case .date(let date): .string(date.description)
        case .empty: .null
        }
    }

    /// A chart as its data: the kind, the table it is drawn from and each point's numbers.
    static func chart(_ chart: ReportChart) -> JSONValue {
        func number(_ value: Double?) -> JSONValue {
            guard let value, value.isFinite else { return .null }
            return .double((value * 10_000).rounded() / 10_000)
        }
        var reference: JSONValue = .null
        switch chart.reference {
        case .value(let value, let label)?: reference = .object(["axisValue": number(value), "label": .string(label)])
        case .between(let position, let label)?: reference = .object(["categoryPosition": number(position), "label": .string(label)])
        case nil: break
        }
        return .object([
            "key": .string(chart.key), "caption": .string(chart.caption), "kind": .string(chart.kind.rawValue),
            "scale": .string(chart.scale.rawValue), "table": .string(chart.source.table), "reference": reference,
            "points": .array(chart.points.map { point in
                .object(["label": .string(point.label), "value": number(point.value), "low": number(point.low), "high": number(point.high),
                         "earlier": number(point.earlier), "muted": .bool(point.isMuted)])
            }),
        ])
    }
}
