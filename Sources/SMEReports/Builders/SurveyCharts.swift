import SMEModel

/// The survey report's charts, drawn from the rows of the table printed just before them: the
/// share selling online with its 95% interval (a dot and a whisker; no whisker for an opt-in
/// wave), and the two waves side by side (a dumbbell) when a comparison was asked for.
struct SurveyCharts {
    let report: SurveyReport
    let figures: SurveyFigures
    let table: ReportTable

    var language: Language { report.language }
    var rows: [SurveyFigureRow] { SurveyReport.orderedRows(figures) }

    func shares(number: Int) -> ReportChart {
        let l = language
        let indicative = report.wave.sampling.isIndicative
        let caption = ReportChart.figure(l) + " \(number). " + figures.breakdown.label(l) + ", " + report.wave.label(l)
            + (indicative ? Localized(id: " (indikatif, tanpa selang)", en: " (indicative, no intervals)")(l) : "")
        var legend = [ReportChart.LegendEntry(.dot, Localized(id: "Persentase", en: "Share")(l))]
        if !indicative { legend.append(ReportChart.LegendEntry(.whisker, Localized(id: "SK 95%", en: "95% CI")(l))) }
        return ReportChart(
            key: "chart-\(table.key)", caption: caption, kind: .intervals, scale: .share,
            points: rows.map { ReportChart.Point(label: $0.label, value: $0.share, low: $0.ciLow, high: $0.ciHigh, isMuted: $0.isUnreliable) },
            legend: legend,
            source: ReportChart.Source(table: table.key, category: "group", value: "share", low: indicative ? nil : "ciLow", high: indicative ? nil : "ciHigh"),
            textOnlyNote: ReportChart.textOnly(caption, table: table.printedTitle, l))
    }

    /// The earlier wave as a hollow circle, the later as a dot; nil without a second wave.
    func waves(number: Int) -> ReportChart? {
        let l = language
        guard let earlierWave = figures.earlierWave, let laterWave = figures.laterWave else { return nil }
        let pickedIsLater = laterWave.id == report.wave.id
        let points = rows.map { row -> ReportChart.Point in
            let other = row.change?.comparedShare
            return ReportChart.Point(label: row.label, value: pickedIsLater ? row.share : other,
                                     earlier: pickedIsLater ? other : row.share, isMuted: row.isUnreliable)
        }
        let caption = ReportChart.figure(l) + " \(number). " + figures.breakdown.label(l) + ", " + earlierWave.label(l) + " → " + laterWave.label(l)
        return ReportChart(
            key: "chart-\(table.key)-waves", caption: caption, kind: .dumbbell, scale: .share, points: points,
            legend: [ReportChart.LegendEntry(.hollow, earlierWave.label(l)), ReportChart.LegendEntry(.dot, laterWave.label(l))],
            source: ReportChart.Source(table: table.key, category: "group", value: pickedIsLater ? "share" : "comparedShare",
                                       earlier: pickedIsLater ? "comparedShare" : "share"),
            textOnlyNote: ReportChart.textOnly(caption, table: table.printedTitle, l))
    }
}
