/// Horizontal bars, one per row: a label column, the bar in block characters (or `#`), and the
/// printed value, so the numbers are readable without the bar. An optional interval is drawn as
/// a whisker past the bar's end.
public struct BarChart: Widget {
    /// One bar; `valueText` is printed as given (the caller formats numbers for the language).
    public struct Bar: Hashable, Sendable {
        public var label: String
        public var value: Double
        public var valueText: String
        public var interval: ClosedRange<Double>?
        public var style: Style

        public init(_ label: String, value: Double, valueText: String, interval: ClosedRange<Double>? = nil,
                    style: Style = Style(.barFill)) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.interval = interval
            self.style = style
        }
    }

    public var bars: [Bar]
    /// The value a full-width bar stands for; defaults to the largest value or interval end.
    public var maxValue: Double?
    /// Label column width; defaults to the widest label, at most a third of the area.
    public var labelWidth: Int?
    public var glyphs: Glyphs

    public init(bars: [Bar], maxValue: Double? = nil, labelWidth: Int? = nil, glyphs: Glyphs = .unicode) {
        self.bars = bars
        self.maxValue = maxValue
        self.labelWidth = labelWidth
        self.glyphs = glyphs
    }

    private var scale: Double {
        if let maxValue { return maxValue }
        return bars.map { max($0.value, $0.interval?.upperBound ?? 0) }.max() ?? 0
    }

    public func render(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty, !bars.isEmpty else { return }
        let widestLabel = bars.map { DisplayText.width($0.label) }.max() ?? 0
        let labels = min(labelWidth ?? widestLabel, area.width / 3)
        var values = bars.map { DisplayText.width($0.valueText) }.max() ?? 0
        var barWidth = area.width - labels - values - (labels > 0 ? 1 : 0) - (values > 0 ? 1 : 0)
        if barWidth < 1, values > 0 {
            // Too narrow for everything: the bar gives way to the printed value last of all.
            barWidth = area.width - labels - (labels > 0 ? 1 : 0)
            values = 0
        }
        let barX = area.x + labels + (labels > 0 ? 1 : 0)
        let scale = self.scale
        for (row, bar) in bars.prefix(area.height).enumerated() {
            let y = area.y + row
            if labels > 0 {
                grid.put(DisplayText.padded(bar.label, toWidth: labels, ellipsis: glyphs.ellipsis),
                         x: area.x, y: y, maxWidth: labels)
            }
            guard barWidth > 0 else { continue }
            var filled = 0
            if scale > 0, bar.value > 0 {
                let cells = min(bar.value / scale, 1) * Double(barWidth)
                filled = grid.put(glyphs.bar(cells: cells), x: barX, y: y, style: bar.style, maxWidth: barWidth)
            }
            if let interval = bar.interval, scale > 0 {
                drawInterval(interval, scale: scale, filled: filled, x: barX, y: y, width: barWidth, into: &grid)
            }
            if values > 0 {
                grid.put(DisplayText.padded(bar.valueText, toWidth: values, alignRight: true),
                         x: barX + barWidth + 1, y: y, maxWidth: values)
            }
        }
    }

    private func drawInterval(_ interval: ClosedRange<Double>, scale: Double, filled: Int, x: Int, y: Int,
                              width: Int, into grid: inout Grid) {
        func column(_ value: Double) -> Int {
            min(max(Int((value / scale * Double(width)).rounded(.down)), 0), width - 1)
        }
        let low = column(interval.lowerBound), high = column(interval.upperBound)
        let style = Style(.barInterval)
        for c in max(low, filled)..<max(high, max(low, filled)) {
            grid.put(glyphs.intervalLine, x: x + c, y: y, style: style, maxWidth: 1)
        }
        if high >= filled {
            grid.put(glyphs.intervalEnd, x: x + high, y: y, style: style, maxWidth: 1)
        }
    }
}
