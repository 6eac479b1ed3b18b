import Foundation
import SMEModel

/// A chart as inline SVG with a title for screen readers, beside a small table of the same
/// figures, so the numbers can be read, copied and printed without the picture. Shapes and grays
/// only: a filled dot for the value, a hollow circle for the earlier wave, a whisker for the
/// interval, a dashed line for the pass mark.
struct HTMLChart {
    var chart: ReportChart
    var language: Language

    static let width = 640.0
    static let rowHeight = 18.0
    static let top = 30.0
    static let bottom = 28.0

    var labelWidth: Double {
        let longest = chart.points.map { Double($0.label.count) }.max() ?? 0
        return min(max(60, longest * 6.2 + 10), 220)
    }

    var plotLeft: Double { labelWidth + 8 }
    var plotRight: Double { Self.width - 70 }
    var height: Double { Self.top + Double(chart.points.count) * Self.rowHeight + Self.bottom }

    func x(_ value: Double) -> Double { plotLeft + (plotRight - plotLeft) * min(max(value / chart.axisMaximum, 0), 1) }
    func y(_ row: Int) -> Double { Self.top + (Double(row) + 0.5) * Self.rowHeight }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    var html: String {
        let id = HTMLRenderer.escape(chart.key)
        var out = ["<figure class=\"chart\" id=\"\(id)\">", "<figcaption>\(HTMLRenderer.escape(chart.caption))</figcaption>", "<div class=\"chart-body\">"]
        out.append(svg(id: id))
        out.append(dataTable)
        out += ["</div>", "</figure>"]
        return out.joined(separator: "\n")
    }

    private func svg(id: String) -> String {
        let n = Self.number
        var parts = ["<svg role=\"img\" aria-labelledby=\"\(id)-title\" viewBox=\"0 0 \(n(Self.width)) \(n(height))\" width=\"100%\">",
                     "<title id=\"\(id)-title\">\(HTMLRenderer.escape(chart.caption))</title>"]
        let axisY = Self.top + Double(chart.points.count) * Self.rowHeight
        for tick in chart.ticks {
            parts.append("<line class=\"grid\" x1=\"\(n(x(tick)))\" y1=\"\(n(Self.top))\" x2=\"\(n(x(tick)))\" y2=\"\(n(axisY))\"/>")
            parts.append("<text class=\"tick\" x=\"\(n(x(tick)))\" y=\"\(n(axisY + 14))\">\(HTMLRenderer.escape(chart.text(tick, language, tick: true)))</text>")
        }
        parts += legend()
        for (row, point) in chart.points.enumerated() {
            let rowY = y(row)
            let muted = point.isMuted ? " muted" : ""
            parts.append("<g class=\"point\(muted)\">")
            parts.append("<text class=\"label\" x=\"\(n(labelWidth))\" y=\"\(n(rowY + 4))\">\(HTMLRenderer.escape(point.label))</text>")
            switch chart.kind {
            case .bars:
                if let value = point.value {
                    parts.append("<rect class=\"bar\" x=\"\(n(plotLeft))\" y=\"\(n(rowY - 6))\" width=\"\(n(x(value) - plotLeft))\" height=\"12\"/>")
                }
            case .intervals:
                if let low = point.low, let high = point.high {
                    parts.append("<line class=\"whisker\" x1=\"\(n(x(low)))\" y1=\"\(n(rowY))\" x2=\"\(n(x(high)))\" y2=\"\(n(rowY))\"/>")
                }
                if let value = point.value { parts.append("<circle class=\"dot\" cx=\"\(n(x(value)))\" cy=\"\(n(rowY))\" r=\"3.5\"/>") }
            case .dumbbell:
                if let earlier = point.earlier, let value = point.value {
                    parts.append("<line class=\"link\" x1=\"\(n(x(earlier)))\" y1=\"\(n(rowY))\" x2=\"\(n(x(value)))\" y2=\"\(n(rowY))\"/>")
                }
                if let earlier = point.earlier { parts.append("<circle class=\"earlier\" cx=\"\(n(x(earlier)))\" cy=\"\(n(rowY))\" r=\"3.5\"/>") }
                if let value = point.value { parts.append("<circle class=\"dot\" cx=\"\(n(x(value)))\" cy=\"\(n(rowY))\" r=\"3.5\"/>") }
            }
            let shown = point.value.map { chart.text($0, language) } ?? "–"
            parts.append("<text class=\"value\" x=\"\(n(plotRight + 6))\" y=\"\(n(rowY + 4))\">\(HTMLRenderer.escape(shown))</text>")
            parts.append("</g>")
        }
        switch chart.reference {
        case .value(let value, let label)?:
            parts.append("<line class=\"reference\" x1=\"\(n(x(value)))\" y1=\"\(n(Self.top - 4))\" x2=\"\(n(x(value)))\" y2=\"\(n(axisY))\"/>")
            parts.append("<text class=\"reference-label\" x=\"\(n(x(value) + 3))\" y=\"\(n(Self.top - 6))\">\(HTMLRenderer.escape(label))</text>")
        case .between(let position, let label)?:
            let lineY = Self.top + position * Self.rowHeight
            parts.append("<line class=\"reference\" x1=\"\(n(plotLeft))\" y1=\"\(n(lineY))\" x2=\"\(n(plotRight))\" y2=\"\(n(lineY))\"/>")
            parts.append("<text class=\"reference-label\" x=\"\(n(plotRight - 2))\" y=\"\(n(lineY - 3))\" text-anchor=\"end\">\(HTMLRenderer.escape(label))</text>")
        case nil:
            break
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// The marks named above the plot, left to right.
    private func legend() -> [String] {
        let n = Self.number
        var parts: [String] = []
        var left = plotLeft
        let y = 12.0
        for entry in chart.legend {
            switch entry.mark {
            case .bar: parts.append("<rect class=\"bar\" x=\"\(n(left))\" y=\"\(n(y - 5))\" width=\"12\" height=\"9\"/>")
            case .dot: parts.append("<circle class=\"dot\" cx=\"\(n(left + 5))\" cy=\"\(n(y))\" r=\"3.5\"/>")
            case .whisker: parts.append("<line class=\"whisker\" x1=\"\(n(left))\" y1=\"\(n(y))\" x2=\"\(n(left + 12))\" y2=\"\(n(y))\"/>")
            case .hollow: parts.append("<circle class=\"earlier\" cx=\"\(n(left + 5))\" cy=\"\(n(y))\" r=\"3.5\"/>")
            }
            parts.append("<text class=\"legend\" x=\"\(n(left + 16))\" y=\"\(n(y + 4))\">\(HTMLRenderer.escape(entry.name))</text>")
            left += 30 + Double(entry.name.count) * 6
        }
        return parts
    }

    /// The figures the picture shows, for readers who cannot see it and for copying.
    private var dataTable: String {
        var header = ["", chart.name(of: chart.kind == .bars ? .bar : .dot) ?? ""]
        switch chart.kind {
        case .intervals where chart.points.contains { $0.low != nil }: header.append(chart.name(of: .whisker) ?? "")
        case .dumbbell: header = ["", chart.name(of: .hollow) ?? "", chart.name(of: .dot) ?? ""]
        default: break
        }
        var rows = ["<table class=\"chart-data\">",
                    "<thead><tr>" + header.map { "<th>\(HTMLRenderer.escape($0))</th>" }.joined() + "</tr></thead>", "<tbody>"]
        for point in chart.points {
            let value = point.value.map { chart.text($0, language) } ?? "–"
            var cells = [point.label]
            switch chart.kind {
            case .intervals where point.low != nil || point.high != nil:
                cells += [value, "\(point.low.map { chart.text($0, language) } ?? "–")–\(point.high.map { chart.text($0, language) } ?? "–")"]
            case .dumbbell:
                cells += [point.earlier.map { chart.text($0, language) } ?? "–", value]
            default:
                cells.append(value)
            }
            let muted = point.isMuted ? " class=\"muted\"" : ""
            rows.append("<tr\(muted)><th scope=\"row\">\(HTMLRenderer.escape(cells[0]))</th>"
                        + cells.dropFirst().map { "<td class=\"num\">\(HTMLRenderer.escape($0))</td>" }.joined() + "</tr>")
        }
        rows += ["</tbody>", "</table>"]
        return rows.joined(separator: "\n")
    }
}
