import SMEModel
import TerminalUI

extension ScreenScope where State == SurveyScreen {
    func renderSurvey(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        if let view = state.frequency {
            renderFrequency(view, in: area, into: &grid)
            return
        }
        guard let figures = surveyFigures else {
            let (message, style): (String, Style) = switch data.survey {
            case .loading: (SurveyScreen.loadingText(language), Style(.dim))
            case .failed(let problem): (problem(language), Style(.error))
            case .loaded: (text("Data tidak memuat gelombang survei.", "The data has no survey waves."), Style(.warning))
            }
            // A reader's message names the file and line; it may be longer than one line.
            for (row, line) in DisplayText.wrapped(message, toWidth: max(area.width, 1)).prefix(area.height).enumerated() {
                grid.put(line, x: area.x, y: area.y + row, style: style, maxWidth: area.width, ellipsis: options.glyphs.ellipsis)
            }
            return
        }
        let layout = surveyLayout(area, figures: figures)
        renderSurveyHeader(figures, in: layout.header, into: &grid)
        renderSurveyTable(figures, layout: layout, into: &grid)
        renderSurveyDetail(figures, in: layout.detail, into: &grid)
        let notes = surveyNoteLines(figures, width: layout.notes.width)
        for (row, line) in notes.prefix(layout.notes.height).enumerated() {
            grid.put(line, x: layout.notes.x, y: layout.notes.y + row, style: Style(.dim), maxWidth: layout.notes.width)
        }
    }

    // MARK: - Header

    /// Wave line (with the INDIKATIF label for opt-in waves) and breakdown line.
    private func renderSurveyHeader(_ figures: SurveyFigures, in area: Rect, into grid: inout Grid) {
        guard area.height > 0 else { return }
        let wave = figures.wave
        let ellipsis = options.glyphs.ellipsis
        var right = area.right
        if wave.sampling.isIndicative {
            let badge = " " + SurveyScreen.indicativeBadge(language) + " "
            right = max(area.x, area.right - TextWidth.of(badge))
            grid.put(badge, x: right, y: area.y, style: Style(.warning, bold: true, reverse: true), maxWidth: area.right - right)
            right -= 1
        }
        let count = numbers.integer(data.surveyResponseCount(wave.id))
        // The dates come last: on a narrow screen they are the first thing to go.
        let waveLine = text("Gelombang ", "Wave ") + wave.label(language) + " · " + text("\(count) responden", "\(count) responses")
            + " · " + wave.sampling.label(language) + " · \(wave.startDate) – \(wave.endDate)"
        grid.put(waveLine, x: area.x, y: area.y, style: Style(.title, bold: true), maxWidth: max(right - area.x, 0), ellipsis: ellipsis)
        guard area.height > 1 else { return }
        let y = area.y + 1
        var summary = ""
        if let total = figures.total {
            summary = "n \(numbers.integer(total.n)) · " + text("tidak menjawab ", "no answer ") + numbers.integer(total.noAnswer)
        }
        let summaryWidth = TextWidth.of(summary)
        if summaryWidth + 20 <= area.width {
            grid.put(summary, x: area.right - summaryWidth, y: y, style: Style(.dim))
        }
        let available = summaryWidth + 20 <= area.width ? area.width - summaryWidth - 2 : area.width
        let position = (SurveyScreen.breakdowns.firstIndex(of: figures.breakdown) ?? 0) + 1
        var line = figures.breakdown.label(language) + " (\(position)/\(SurveyScreen.breakdowns.count))"
        var role = StyleRole.accent
        if let compared = figures.comparedWith {
            line += text(" · dibanding ", " · compared with ") + compared.label(language)
            if compared.sampling.isIndicative { line += " (" + SurveyScreen.indicativeBadge(language) + ")" }
        } else if state.compareID != nil {
            line += text(" · perbandingan hanya untuk sektor, wilayah, skala", " · comparisons only by sector, region, scale")
            role = .warning
        }
        if let weighting = figures.weighting {
            line += text(" · tertimbang: ", " · weighted: ") + weighting.label(language)
        }
        grid.put(line, x: area.x, y: y, style: Style(role, bold: true), maxWidth: available, ellipsis: ellipsis)
    }

    // MARK: - Table

    private func renderSurveyTable(_ figures: SurveyFigures, layout: SurveyScreenLayout, into grid: inout Grid) {
        let area = layout.table
        guard !area.isEmpty else { return }
        let rows = figures.tableRows
        let columns = layout.columns.enumerated().map { index, column in
            Table.Column(column == .bar ? surveyBarTitle(width: layout.widths[index]) : surveyTitle(column, figures: figures),
                         width: .fixed(layout.widths[index]), alignment: column.isNumber ? .right : .left)
        }
        let layoutColumns = layout.columns
        var table = Table(columns: columns, rowCount: rows.count, selection: rows.isEmpty ? nil : state.selection,
                          offset: state.offset, glyphs: options.glyphs) { index in
            layoutColumns.map { self.surveyCell($0, rows[index]) }
        }
        table.emptyMessage = text("Tidak ada jawaban untuk rincian ini.", "No answers for this breakdown.")
        table.render(in: area, into: &grid)
        guard let bar = layout.barColumn, !rows.isEmpty else { return }
        let first = table.effectiveOffset(in: area)
        for index in first..<min(first + table.visibleRowCount(in: area), rows.count) {
            let row = rows[index]
            guard let share = row.share else { continue }
            let interval = row.ciLow.flatMap { low in row.ciHigh.map { low...max($0, low) } }
            BarChart(bars: [BarChart.Bar("", value: share, valueText: "", interval: interval)], maxValue: 1, labelWidth: 0,
                     glyphs: options.glyphs)
                .render(in: Rect(x: bar.x, y: area.y + 1 + index - first, width: bar.width, height: 1), into: &grid)
        }
    }

    /// "0%      100%" over the bar column, so bar lengths read as shares of all respondents.
    private func surveyBarTitle(width: Int) -> String {
        let left = "0%", right = "100%"
        guard width >= TextWidth.of(left) + TextWidth.of(right) + 1 else { return "" }
        return left + String(repeating: " ", count: width - TextWidth.of(left) - TextWidth.of(right)) + right
    }

    func surveyTitle(_ column: SurveyScreenLayout.Column, figures: SurveyFigures?) -> String {
        switch column {
        case .label:
            switch figures?.breakdown ?? .sector {
            case .total: return text("Kelompok", "Group")
            case .sector: return text("Sektor", "Sector")
            case .region: return text("Wilayah", "Region")
            case .scale: return text("Skala", "Scale")
            case .channel, .dependency: return text("Kanal", "Channel")
            case .channelKind: return text("Jenis kanal", "Channel kind")
            case .revenue: return text("Penjualan", "Sales")
            }
        case .n: return "n"
        case .count: return text("Jumlah", "Count")
        case .share: return "%"
        case .interval, .changeInterval, .weightedInterval: return text("Selang 95%", "95% CI")
        case .weighted: return text("Tertimbang", "Weighted")
        case .national: return text("Nasional", "National")
        case .flag: return "!"
        case .earlier: return figures?.comparedWith?.id ?? ""
        case .change: return figures.flatMap { f in f.earlierWave.flatMap { e in f.laterWave.map { "\(e.id)→\($0.id)" } } } ?? text("Selisih", "Change")
        case .significance: return "*"
        case .bar: return ""
        }
    }

    /// The printed text of one cell; numbers in the language's format.
    func surveyCell(_ column: SurveyScreenLayout.Column, _ row: SurveyFigureRow) -> String {
        let numbers = numbers
        switch column {
        case .label: return row.label
        case .n: return numbers.integer(row.n)
        case .count: return numbers.integer(row.count)
        case .share: return row.share.map { numbers.percent($0) } ?? "–"
        case .interval: return surveyInterval(row.ciLow, row.ciHigh)
        case .weighted: return row.weighted.map { numbers.percent($0.share) } ?? "–"
        case .weightedInterval: return surveyInterval(row.weighted?.low, row.weighted?.high)
        case .national: return row.nationalText(numbers)
        case .flag: return row.isUnreliable ? "!" : ""
        case .earlier: return row.change?.comparedShare.map { numbers.percent($0) } ?? "–"
        case .change: return row.change?.difference.map { numbers.points($0) } ?? "–"
        case .changeInterval: return surveyInterval(row.change?.differenceLow, row.change?.differenceHigh)
        case .significance: return row.change?.excludesZero == true ? "*" : ""
        case .bar: return ""
        }
    }

    /// "[34,1 – 46,4]" in points, as the CLI and the reports print intervals.
    private func surveyInterval(_ low: Double?, _ high: Double?) -> String {
        guard let low, let high else { return "" }
        return "[\(numbers.decimal(low * 100, decimals: 1)) – \(numbers.decimal(high * 100, decimals: 1))]"
    }

    // MARK: - Selected row and footnotes

    /// What the table does not show about the selected row: answers missing, why it is flagged,
    /// and the other wave's n.
    private func renderSurveyDetail(_ figures: SurveyFigures, in area: Rect, into grid: inout Grid) {
        guard area.height > 0, let row = figures.tableRows[safe: state.selection] else { return }
        var parts = [row.label + ": " + text("\(numbers.integer(row.count)) dari \(numbers.integer(row.n))",
                                             "\(numbers.integer(row.count)) of \(numbers.integer(row.n))"),
                     text("tidak menjawab ", "no answer ") + numbers.integer(row.noAnswer)]
        let flags = row.flags.compactMap { code in Reliability.Flag.allCases.first { $0.code == code }?.label(language) }
        if !flags.isEmpty { parts.append(text("tanda: ", "flags: ") + flags.joined(separator: ", ")) }
        if let weighted = row.weighted {
            parts.append(text("tertimbang ", "weighted ") + numbers.percent(weighted.share) + " (n eff "
                         + numbers.decimal(weighted.effectiveN, decimals: 0) + text(", efek desain ", ", design effect ")
                         + numbers.decimal(weighted.designEffect, decimals: 2) + ")")
        }
        if let change = row.change {
            parts.append("\(change.comparedWave): n \(numbers.integer(change.comparedN))")
            if let direction = figures.direction { parts.append(text("perubahan ", "change ") + direction(language)) }
            if change.isIndicative {
                parts.append(text("indikatif: tanpa selang", "indicative: no interval"))
            } else if change.excludesZero {
                parts.append(text("selang perubahan tidak memuat 0", "the change's interval excludes 0"))
            }
        }
        // Indented to the label column, so it reads as a note on the selected row.
        grid.put("  " + parts.joined(separator: " · "), x: area.x, y: area.y, style: Style(.accent), maxWidth: area.width,
                 ellipsis: options.glyphs.ellipsis)
    }

    /// The model's footnotes plus the change marker's legend, wrapped under a "· " bullet.
    func surveyNoteLines(_ figures: SurveyFigures, width: Int) -> [String] {
        guard width > 2 else { return [] }
        var notes = figures.footnotes.map { $0(language) }
        if figures.comparedWith != nil, figures.total?.change?.isIndicative != true {
            notes.append(text("* = selang 95% perubahan tidak memuat 0.", "* = the change's 95% interval excludes 0."))
        }
        return notes.flatMap { note in
            DisplayText.wrapped(note, toWidth: width - 2).enumerated().map { ($0.offset == 0 ? "· " : "  ") + $0.element }
        }
    }
}

extension SurveyScreenLayout.Column {
    var isNumber: Bool {
        switch self {
        case .n, .count, .share, .earlier, .change, .weighted, .national: true
        default: false
        }
    }
}
