import SMEModel

/// Draws a chart as vector shapes and selectable text, kept on one page: the caption, a legend,
/// one row per category with its label at the left and its value at the right, the value axis
/// with its ticks under the rows, and the pass mark as a dashed line.
struct PDFChartLayout {
    let flow: PDFPageFlow
    let language: Language

    static let valueColumn = 46.0
    static let legendHeight = 14.0
    static let axisHeight = 14.0

    func place(_ chart: ReportChart) throws(ReportError) {
        let width = flow.contentWidth
        let caption = try flow.text(chart.caption, .bodyBold, width: width)
        var labelWidth = 0.0
        for point in chart.points { labelWidth = max(labelWidth, try flow.text(point.label, .small).inkWidth) }
        labelWidth = min(labelWidth, width * 0.34)
        let labels = try chart.points.map { point throws(ReportError) in try flow.text(point.label, .small, width: labelWidth) }
        let rowHeights = labels.map { max(13, $0.height + 3) }
        let total = caption.height + 4 + Self.legendHeight + rowHeights.reduce(0, +) + Self.axisHeight + 10
        flow.ensure(total)

        flow.add(.text(caption, x: flow.left, y: flow.y, gray: 0))
        flow.advance(caption.height + 4)
        let plotLeft = flow.left + labelWidth + 8
        let plotRight = flow.left + width - Self.valueColumn
        func x(_ value: Double) -> Double { plotLeft + (plotRight - plotLeft) * min(max(value / chart.axisMaximum, 0), 1) }

        try legend(chart, left: plotLeft)
        flow.advance(Self.legendHeight)
        let top = flow.y
        let bottom = top + rowHeights.reduce(0, +)
        for tick in chart.ticks {
            flow.add(.line(x0: x(tick), y0: top, x1: x(tick), y1: bottom, width: 0.3, gray: 0.75))
            let label = try flow.text(chart.text(tick, language, tick: true), .small)
            flow.add(.text(label, x: x(tick) - label.inkWidth / 2, y: bottom + 2, gray: 0.2))
        }
        flow.add(.line(x0: plotLeft, y0: bottom, x1: plotRight, y1: bottom, width: 0.5, gray: 0))

        var rowTop = top
        for (index, point) in chart.points.enumerated() {
            let height = rowHeights[index]
            let centre = rowTop + height / 2
            let gray = point.isMuted ? 0.5 : 0
            flow.add(.text(labels[index], x: flow.left + labelWidth - labels[index].inkWidth, y: centre - labels[index].height / 2, gray: gray))
            switch chart.kind {
            case .bars:
                if let value = point.value {
                    flow.add(.fill(x: plotLeft, y: centre - 4, width: max(0.5, x(value) - plotLeft), height: 8, gray: point.isMuted ? 0.75 : 0.45))
                }
            case .intervals:
                if let low = point.low, let high = point.high {
                    flow.add(.line(x0: x(low), y0: centre, x1: x(high), y1: centre, width: 1.2, gray: gray))
                    flow.add(.line(x0: x(low), y0: centre - 2.5, x1: x(low), y1: centre + 2.5, width: 0.8, gray: gray))
                    flow.add(.line(x0: x(high), y0: centre - 2.5, x1: x(high), y1: centre + 2.5, width: 0.8, gray: gray))
                }
                if let value = point.value { flow.add(.circle(x: x(value), y: centre, radius: 2.8, gray: gray, filled: true)) }
            case .dumbbell:
                if let earlier = point.earlier, let value = point.value {
                    flow.add(.line(x0: x(earlier), y0: centre, x1: x(value), y1: centre, width: 1.2, gray: point.isMuted ? 0.6 : 0.35))
                }
                if let earlier = point.earlier { flow.add(.circle(x: x(earlier), y: centre, radius: 2.8, gray: gray, filled: false)) }
                if let value = point.value { flow.add(.circle(x: x(value), y: centre, radius: 2.8, gray: gray, filled: true)) }
            }
            let value = try flow.text(point.value.map { chart.text($0, language) } ?? "–", .small)
            flow.add(.text(value, x: plotRight + Self.valueColumn - value.inkWidth, y: centre - value.height / 2, gray: gray))
            rowTop += height
        }
        try reference(chart, top: top, bottom: bottom, rowHeights: rowHeights, left: plotLeft, right: plotRight, x: x)
        flow.advance(bottom - top + Self.axisHeight + 10)
    }

    /// The marks, each followed by its name, above the plot.
    private func legend(_ chart: ReportChart, left: Double) throws(ReportError) {
        var x = left
        let centre = flow.y + Self.legendHeight / 2 - 1
        for entry in chart.legend {
            switch entry.mark {
            case .bar:
                flow.add(.fill(x: x, y: centre - 4, width: 10, height: 8, gray: 0.45))
            case .dot:
                flow.add(.circle(x: x + 5, y: centre, radius: 2.8, gray: 0, filled: true))
            case .whisker:
                flow.add(.line(x0: x, y0: centre, x1: x + 10, y1: centre, width: 1.2, gray: 0))
                flow.add(.line(x0: x, y0: centre - 2.5, x1: x, y1: centre + 2.5, width: 0.8, gray: 0))
                flow.add(.line(x0: x + 10, y0: centre - 2.5, x1: x + 10, y1: centre + 2.5, width: 0.8, gray: 0))
            case .hollow:
                flow.add(.circle(x: x + 5, y: centre, radius: 2.8, gray: 0, filled: false))
            }
            let text = try flow.text(entry.name, .small)
            flow.add(.text(text, x: x + 14, y: centre - text.height / 2, gray: 0))
            x += 14 + text.inkWidth + 14
        }
    }

    private func reference(_ chart: ReportChart, top: Double, bottom: Double, rowHeights: [Double], left: Double, right: Double,
                           x: (Double) -> Double) throws(ReportError) {
        switch chart.reference {
        case .value(let value, let label)?:
            flow.add(.dashedLine(x0: x(value), y0: top - 3, x1: x(value), y1: bottom, width: 0.9, gray: 0))
            let text = try flow.text(label, .small)
            flow.add(.text(text, x: min(x(value) + 3, right - text.inkWidth), y: top - 3 - text.height, gray: 0))
        case .between(let position, let label)?:
            let whole = Int(position.rounded(.down))
            let above = rowHeights.prefix(whole).reduce(0, +)
            let partial = whole < rowHeights.count ? (position - Double(whole)) * rowHeights[whole] : 0
            let y = top + above + partial
            flow.add(.dashedLine(x0: left, y0: y, x1: right, y1: y, width: 0.9, gray: 0))
            let text = try flow.text(label, .small)
            flow.add(.text(text, x: right - text.inkWidth - 2, y: y - text.height - 1, gray: 0))
        case nil:
            break
        }
    }
}
