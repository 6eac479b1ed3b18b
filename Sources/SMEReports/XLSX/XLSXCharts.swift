import CXLSXWriter
import SMEModel

/// The report's charts as native Excel charts beside the table they are drawn from, reading its
/// cells, so they change when an official edits a figure. Excel has no whiskers from cell
/// ranges, so an interval is three marker-only series (low, share, high) joined by high-low
/// lines, and two waves are two marker series joined the same way (a dumbbell). Black, gray and
/// hollow marks keep them legible in black and white.
struct XLSXCharts {
    let workbook: XLSXWorkbook

    func insert(_ chart: ReportChart, table: ReportTable, sheetName: String, sheet: UnsafeMutablePointer<lxw_worksheet>,
                language: Language) throws(ReportError) {
        let columns = table.columns.map(\.key)
        guard let category = columns.firstIndex(of: chart.source.category), let value = columns.firstIndex(of: chart.source.value) else { return }
        // Data rows only: the total row at the end is not a category.
        let rows = table.rows.prefix { $0.emphasis != .total }.count
        guard rows > 0 else { return }
        let lastRow = lxw_row_t(rows)
        let kind: lxw_chart_type = chart.kind == .bars ? LXW_CHART_BAR : LXW_CHART_LINE
        let handle = try workbook.addChart(kind)

        func series(_ column: Int, name: String) -> UnsafeMutablePointer<lxw_chart_series>? {
            guard let series = chart_add_series(handle, nil, nil) else { return nil }
            chart_series_set_categories(series, sheetName, 1, lxw_col_t(category), lastRow, lxw_col_t(category))
            chart_series_set_values(series, sheetName, 1, lxw_col_t(column), lastRow, lxw_col_t(column))
            chart_series_set_name(series, name)
            return series
        }
        var noLine = lxw_chart_line()
        noLine.none = 1
        var black = lxw_chart_fill()
        black.color = 0x1000000
        var white = lxw_chart_fill()
        white.color = 0xFFFFFF
        var blackLine = lxw_chart_line()
        blackLine.color = 0x1000000
        blackLine.width = 1.25
        func marker(_ series: UnsafeMutablePointer<lxw_chart_series>?, _ type: lxw_chart_marker_type, filled: Bool) {
            guard let series else { return }
            chart_series_set_line(series, &noLine)
            chart_series_set_marker_type(series, UInt8(type.rawValue))
            chart_series_set_marker_size(series, 6)
            if filled { chart_series_set_marker_fill(series, &black) } else { chart_series_set_marker_fill(series, &white) }
            chart_series_set_marker_line(series, &blackLine)
        }

        switch chart.kind {
        case .bars:
            let bars = series(value, name: chart.name(of: .bar) ?? table.columns[value].flatTitle)
            var gray = lxw_chart_fill()
            gray.color = 0x808080
            if let bars { chart_series_set_fill(bars, &gray) }
            // Bar charts list categories bottom-up; reversed, they read in the table's order.
            chart_axis_set_reverse(handle.pointee.y_axis)
        case .intervals:
            if let low = chart.source.low.flatMap(columns.firstIndex(of:)), let high = chart.source.high.flatMap(columns.firstIndex(of:)) {
                // The ends carry no mark (Excel's dash markers are outside the file format's
                // schema); the high-low line between them is the whisker.
                let interval = chart.name(of: .whisker) ?? ""
                marker(series(low, name: interval + " " + table.columns[low].title), LXW_CHART_MARKER_NONE, filled: true)
                marker(series(value, name: chart.name(of: .dot) ?? ""), LXW_CHART_MARKER_CIRCLE, filled: true)
                marker(series(high, name: interval + " " + table.columns[high].title), LXW_CHART_MARKER_NONE, filled: true)
                chart_set_high_low_lines(handle, &blackLine)
            } else {
                marker(series(value, name: chart.name(of: .dot) ?? ""), LXW_CHART_MARKER_CIRCLE, filled: true)
            }
        case .dumbbell:
            guard let earlier = chart.source.earlier.flatMap(columns.firstIndex(of:)) else { return }
            marker(series(earlier, name: chart.name(of: .hollow) ?? ""), LXW_CHART_MARKER_CIRCLE, filled: false)
            marker(series(value, name: chart.name(of: .dot) ?? ""), LXW_CHART_MARKER_CIRCLE, filled: true)
            chart_set_high_low_lines(handle, &blackLine)
        }
        chart_title_set_name(handle, chart.caption)
        let valueAxis = chart.kind == .bars ? handle.pointee.x_axis : handle.pointee.y_axis
        if chart.scale == .share {
            chart_axis_set_num_format(valueAxis, "0%")
            chart_axis_set_min(valueAxis, 0)
            chart_axis_set_max(valueAxis, 1)
        } else {
            chart_axis_set_min(valueAxis, 0)
        }
        chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
        var options = lxw_chart_options()
        options.x_offset = 10
        options.y_offset = 10
        options.x_scale = 1.4
        options.y_scale = max(1, Double(rows) / 12)
        try workbook.check(worksheet_insert_chart_opt(sheet, 1, lxw_col_t(table.columns.count + 1), handle, &options), "chart \(chart.key)")
    }
}
