import Foundation
import SMEModel
import Testing
@testable import SMEReports
import SMEReportRequest

/// Charts come from the same figures as the tables and appear in every format that holds a
/// picture: vector shapes with text in PDF, inline SVG with a title and a data table in HTML,
/// native charts reading the cells in XLSX; Markdown and CSV say where the chart is.
struct ChartTests {
    func document(_ kind: ReportKind, _ language: Language = .id, data: ReportData = ReportFixture.data) throws -> ReportDocument {
        try ReportExporter.document(for: ReportFixture.request(kind, .json, language: language), data: data)
    }

    func chart(_ document: ReportDocument, _ key: String) throws -> ReportChart {
        try #require(document.charts.first { $0.key == key }, "no chart \(key) in \(document.charts.map(\.key))")
    }

    @Test func surveyChartsCarryTheTablesFigures() throws {
        let document = try document(.survey)
        #expect(document.charts.map(\.key) == ["chart-sector", "chart-sector-waves", "chart-region"])
        let shares = try chart(document, "chart-sector")
        #expect(shares.caption == "Gambar 1. Daring menurut sektor, Januari 2021")
        #expect(shares.points.map(\.label) == ["Kuliner", "Salon"])
        #expect(shares.points.map(\.value) == [0.375, 0.375])
        let food = try #require(shares.points.first)
        #expect(abs((food.low ?? 0) - 0.2293) < 0.0001 && abs((food.high ?? 0) - 0.5475) < 0.0001)
        #expect(shares.points.allSatisfy(\.isMuted) == true, "both rows are marked unreliable in the table")
        let waves = try chart(document, "chart-sector-waves")
        #expect(waves.kind == .dumbbell)
        #expect(waves.points.map(\.earlier) == [0.25, 0.25])
        #expect(waves.legend.map(\.name) == ["Juli 2020", "Januari 2021"])
    }

    @Test func anOptInWaveHasNoWhiskers() throws {
        var data = ReportFixture.data
        data.registry = Registry(regions: ReportFixture.regions, sectors: ReportFixture.sectors, businesses: ReportFixture.businesses,
                                 cooperatives: [], waves: ReportFixture.waves.map { wave in
                                     var wave = wave
                                     wave.sampling = .optIn
                                     return wave
                                 }, responses: ReportFixture.responses)
        let shares = try chart(try document(.survey, data: data), "chart-sector")
        #expect(shares.points.allSatisfy { $0.low == nil && $0.high == nil })
        #expect(shares.legend.map(\.mark) == [.dot])
        #expect(shares.caption.hasSuffix("(indikatif, tanpa selang)"))
    }

    @Test func complianceHistogramMarksThePassMarkBetweenBands() throws {
        let document = try document(.compliance)
        let histogram = try chart(document, "chart-score_distribution")
        #expect(histogram.kind == .bars && histogram.scale == .count)
        #expect(histogram.points.map(\.label).prefix(3) == ["90–100%", "80–89,9%", "70–79,9%"])
        // 80% is the bottom of the second band: the line runs under "80–89,9%".
        #expect(histogram.reference == .between(2, label: "batas lulus 80%"))
        let items = try chart(document, "chart-items_failed")
        #expect(items.points.first?.label == "kul-001")
    }

    @Test func assessmentChartsSectionScoresAgainstThePassMark() throws {
        let sections = try chart(try document(.assessment), "chart-sections")
        #expect(sections.points.map(\.label) == ["1. Persiapan", "2. Layanan & kasir"])
        #expect(sections.points.map(\.value) == [2.0 / 3.0, 1])
        #expect(sections.reference == .value(0.8, label: "batas lulus 80%"))
    }

    @Test(arguments: [(1.0, 1.0), (3, 3), (7, 8), (13, 15), (230, 300), (0, 1)])
    func countAxesEndOnARoundNumber(_ largest: Double, _ top: Double) {
        let chart = ReportChart(key: "k", caption: "c", kind: .bars, scale: .count, points: [.init(label: "a", value: largest)],
                                legend: [], source: .init(table: "t", category: "a", value: "b"), textOnlyNote: "")
        #expect(chart.axisMaximum == top)
        #expect(chart.ticks.first == 0 && chart.ticks.last == top)
    }

    @Test(.enabled(if: ExternalTool.hasPoppler, "needs poppler-utils"))
    func pdfDrawsEveryChartWithItsCaptionLegendAndAxis() throws {
        for (kind, captions) in [(ReportKind.survey, ["Gambar 1. Daring menurut sektor", "Gambar 2.", "Gambar 3. Daring menurut wilayah"]),
                                 (.compliance, ["Gambar 1. Sebaran skor", "Gambar 2. Butir yang paling sering gagal"]),
                                 (.assessment, ["Gambar 1. Skor per bagian"])] {
            let pdf = try ReportExporter.render(ReportFixture.request(kind, .pdf), data: ReportFixture.data)
            let pages = try PDFLayoutTests.pages(pdf)
            let text = pages.map(\.text).joined(separator: " ")
            for caption in captions { #expect(text.contains(caption), "\(kind): \(caption)") }
            // The caption sits above a legend and an axis whose ticks read 0% … 100% on one line.
            if kind != .compliance {
                let page = try #require(pages.first { $0.text.contains(captions[0]) })
                let zero = try #require(page.words.last { $0.text == "0%" })
                let axis = page.line(of: zero).map(\.text)
                #expect(axis == ["0%", "25%", "50%", "75%", "100%"], "\(kind): \(axis)")
            }
        }
    }

    @Test func htmlChartIsAnAccessibleSVGBesideItsDataTable() throws {
        let html = String(decoding: try ReportExporter.render(ReportFixture.request(.survey, .html), data: ReportFixture.data), as: UTF8.self)
        let start = try #require(html.range(of: "<figure class=\"chart\" id=\"chart-sector\">"))
        let end = try #require(html.range(of: "</figure>", range: start.upperBound..<html.endIndex))
        let figure = String(html[start.lowerBound..<end.upperBound])
        #expect(figure.contains("<svg role=\"img\" aria-labelledby=\"chart-sector-title\""))
        #expect(figure.contains("<title id=\"chart-sector-title\">Gambar 1. Daring menurut sektor, Januari 2021</title>"))
        #expect(figure.components(separatedBy: "<circle class=\"dot\"").count - 1 == 3, "two points and the legend")
        #expect(figure.components(separatedBy: "<line class=\"whisker\"").count - 1 == 3)
        #expect(figure.contains("<table class=\"chart-data\">"))
        #expect(figure.contains("<tr class=\"muted\"><th scope=\"row\">Kuliner</th><td class=\"num\">37,5%</td><td class=\"num\">22,9%–54,7%</td></tr>"))
        let compliance = String(decoding: try ReportExporter.render(ReportFixture.request(.compliance, .html), data: ReportFixture.data), as: UTF8.self)
        #expect(compliance.contains("<line class=\"reference\""))
        #expect(compliance.contains("batas lulus 80%"))
    }

    @Test func markdownAndCSVSayWhereTheChartIs() throws {
        let markdown = String(decoding: try ReportExporter.render(ReportFixture.request(.survey, .md), data: ReportFixture.data), as: UTF8.self)
        #expect(markdown.contains("> Gambar 1. Daring menurut sektor, Januari 2021: grafik ada di keluaran PDF, HTML dan XLSX; angkanya di tabel \"Tabel 1. Daring menurut sektor, Juli 2020 → Januari 2021\"."))
        let csv = String(decoding: try ReportExporter.render(ReportFixture.request(.compliance, .csv), data: ReportFixture.data), as: UTF8.self)
        #expect(csv.contains("Gambar 1. Sebaran skor penilaian terakhir: grafik ada di keluaran PDF, HTML dan XLSX"))
    }

    /// Each chart is a real chart part reading the table's cells, so it stays live in Excel.
    @Test(.enabled(if: ExternalTool.pythonWithOpenpyxl != nil, "needs python3 with openpyxl"))
    func xlsxChartsReadTheTablesCells() throws {
        let script = """
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        out = {}
        for ws in wb.worksheets:
            out[ws.title] = [{"type": c.tagname, "title": "".join(r.t for p in c.title.tx.rich.p for r in (p.r or [])),
                              "values": [s.val.numRef.f for s in c.series], "categories": [s.cat.strRef.f if s.cat.strRef else s.cat.numRef.f for s in c.series]}
                             for c in ws._charts]
        print(json.dumps(out))
        """
        struct Chart: Decodable { var type: String; var title: String; var values: [String]; var categories: [String] }
        let folder = try TemporaryFolder()
        let path = try folder.write(try ReportExporter.render(ReportFixture.request(.survey, .xlsx), data: ReportFixture.data), "s.xlsx")
        let output = try ExternalTool.run(ExternalTool.pythonWithOpenpyxl ?? "python3", ["-c", script, path])
        #expect(output.status == 0, "\(output.stderr)")
        let sheets = try JSONDecoder().decode([String: [Chart]].self, from: Data(output.stdout.utf8))
        let sector = try #require(sheets["Daring menurut sektor"])
        #expect(sector.map(\.type) == ["lineChart", "lineChart"])
        #expect(sector[0].title == "Gambar 1. Daring menurut sektor, Januari 2021")
        // Low, share and high of the two sector rows; the total row is not a category.
        #expect(sector[0].values == ["'Daring menurut sektor'!$E$2:$E$3", "'Daring menurut sektor'!$D$2:$D$3", "'Daring menurut sektor'!$F$2:$F$3"])
        #expect(sector[0].categories.allSatisfy { $0 == "'Daring menurut sektor'!$A$2:$A$3" })
        #expect(sector[1].values == ["'Daring menurut sektor'!$H$2:$H$3", "'Daring menurut sektor'!$D$2:$D$3"])
        #expect(sheets["Daring menurut wilayah"]?.count == 1)
        #expect(sheets.values.map(\.count).reduce(0, +) == 3)
    }
}
