import SMEModel

/// How a sector (optionally one region) complies with its SOP: businesses assessed, the score
/// distribution, the pass rate, the items failed most often, and every business's latest result.
public struct ComplianceReport: Sendable {
    public var checklist: Checklist
    public var sector: Sector
    /// Nil covers the whole province.
    public var region: Region?
    /// Every assessment; the report keeps those of this checklist (and region).
    public var assessments: [Assessment]
    public var registry: Registry
    public var office: OfficeProfile
    public var language: Language
    public var issuedOn: ISODate

    public init(
        checklist: Checklist, sector: Sector, region: Region?, assessments: [Assessment], registry: Registry,
        office: OfficeProfile, language: Language, issuedOn: ISODate
    ) {
        self.checklist = checklist
        self.sector = sector
        self.region = region
        self.assessments = assessments
        self.registry = registry
        self.office = office
        self.language = language
        self.issuedOn = issuedOn
    }

    public func document() -> ReportDocument {
        let l = language
        let figures = ComplianceFigures(checklist: checklist, region: region?.code, assessments: assessments, registry: registry)
        let regionName = region?.displayName(l) ?? ReportLabel.allRegions(l)
        let businesses = registry.businesses
        let registered = businesses.rows(inSectors: [sector.key]).count { region == nil || businesses.region(at: $0) == region?.code }
        let summary: [SummaryEntry] = [
            SummaryEntry(key: "sector", label: ReportLabel.sector(l), value: .term(sector.name(l), code: sector.key)),
            SummaryEntry(key: "region", label: ReportLabel.region(l), value: .term(regionName, code: region?.code ?? "")),
            SummaryEntry(key: "template", label: Localized(id: "Templat SOP", en: "SOP template")(l), value: .code("\(checklist.key) rev. \(checklist.revision)")),
            SummaryEntry(key: "assessments", label: Localized(id: "Kunjungan penilaian", en: "Assessment visits")(l), value: .int(figures.visitCount)),
            SummaryEntry(key: "businessesAssessed", label: Localized(id: "Usaha dinilai", en: "Businesses assessed")(l), value: .int(figures.latest.count)),
            SummaryEntry(key: "businessesRegistered", label: Localized(id: "Usaha terdaftar", en: "Businesses registered")(l), value: .int(registered)),
            SummaryEntry(key: "coverage", label: Localized(id: "Cakupan penilaian", en: "Coverage")(l), value: .percent(registered > 0 ? Double(figures.latest.count) / Double(registered) : nil)),
            SummaryEntry(key: "passed", label: Localized(id: "Usaha lulus", en: "Businesses passed")(l), value: .int(figures.passedCount)),
            SummaryEntry(key: "passRate", label: Localized(id: "Tingkat kelulusan", en: "Pass rate")(l), value: .percent(figures.passRate), isEmphasised: true),
            SummaryEntry(key: "meanScore", label: Localized(id: "Skor rata-rata", en: "Mean score")(l), value: .percent(figures.meanScore)),
            SummaryEntry(key: "medianScore", label: Localized(id: "Skor median", en: "Median score")(l), value: .percent(figures.medianScore)),
            SummaryEntry(key: "failedCritical", label: Localized(id: "Usaha gagal butir kritis", en: "Businesses failing a critical item")(l), value: .int(figures.failedCriticalCount)),
        ]
        var blocks: [ReportBlock] = [.summary(key: "summary", title: ReportLabel.summary(l), entries: summary)]
        if figures.latest.isEmpty {
            blocks.append(.paragraph(Localized(id: "Belum ada penilaian untuk cakupan ini.", en: "No assessments for this scope yet.")(l)))
        }
        let distribution = distributionTable(figures)
        blocks.append(.table(distribution))
        blocks.append(.chart(distributionChart(figures, table: distribution)))
        let items = itemsTable(figures)
        blocks.append(.table(items))
        if !items.rows.isEmpty { blocks.append(.chart(itemsChart(figures, table: items))) }
        if region == nil { blocks.append(.table(regionTable(figures))) }
        blocks.append(.table(businessTable(figures)))
        blocks.append(.footnotes([
            Localized(id: "Setiap usaha dihitung sekali, dengan penilaian terakhirnya; daftar usaha diurutkan dari skor terendah.",
                      en: "Each business counts once, with its latest assessment; the list of businesses starts with the lowest score.")(l),
            Localized(id: "Lulus = skor ≥ batas lulus \(NumberStyle(l).decimal(checklist.passPercent, decimals: 0))%, semua butir wajib dijawab, dan tidak ada butir kritis yang gagal.",
                      en: "Passed = score ≥ the \(NumberStyle(l).decimal(checklist.passPercent, decimals: 0))% pass mark, every required item answered, and no critical item failed.")(l),
        ]))
        blocks.append(.signature(SignatureBlock(place: office.city, date: issuedOn, signatories: [
            Signatory(role: "", position: office.head.position, name: office.head.name, nip: office.head.nip),
        ])))
        return ReportDocument(
            kind: .compliance, language: l,
            title: Localized(id: "Laporan Kepatuhan Protokol Kesehatan", en: "Health-Protocol Compliance Report")(l),
            subtitle: "\(sector.name(l)) — \(regionName)", issuedOn: issuedOn, office: office, blocks: blocks)
    }

    private func distributionTable(_ figures: ComplianceFigures) -> ReportTable {
        let l = language
        let total = figures.latest.count
        let rows = figures.distribution.map { band in
            ReportRow([.text(band.label(l)), .int(band.count), .percent(total > 0 ? Double(band.count) / Double(total) : nil)])
        }
        return ReportTable(key: "score_distribution", title: Localized(id: "Sebaran skor", en: "Score distribution")(l), columns: [
            ReportColumn(key: "band", title: ReportLabel.score(l)),
            ReportColumn(key: "businesses", title: Localized(id: "Usaha", en: "Businesses")(l)),
            ReportColumn(key: "share", title: Localized(id: "Bagian", en: "Share")(l)),
        ], rows: rows + [ReportRow([.text(Localized(id: "Jumlah", en: "Total")(l)), .int(total), .percent(total > 0 ? 1 : nil)], emphasis: .total)])
    }

    /// The histogram of latest scores, bands from the highest down, with the pass mark drawn
    /// between the bands where it falls.
    private func distributionChart(_ figures: ComplianceFigures, table: ReportTable) -> ReportChart {
        let l = language
        let bands = figures.distribution
        let mark = checklist.passPercent
        // Bands run from the top (90–100%) down; the mark sits inside the band holding it, in proportion.
        var position = Double(bands.count)
        for (index, band) in bands.enumerated() {
            guard let lower = band.lower else { continue }
            let upper = band.upper ?? 100
            if mark >= lower && mark <= upper {
                position = Double(index) + (upper - mark) / max(upper - lower, 1)
                break
            }
        }
        let markText = NumberStyle(l).decimal(mark, decimals: 0)
        let caption = ReportChart.figure(l) + " 1. " + Localized(id: "Sebaran skor penilaian terakhir", en: "Distribution of latest scores")(l)
        return ReportChart(
            key: "chart-\(table.key)", caption: caption, kind: .bars, scale: .count,
            points: bands.map { ReportChart.Point(label: $0.label(l), value: Double($0.count)) },
            legend: [ReportChart.LegendEntry(.bar, Localized(id: "Usaha", en: "Businesses")(l))],
            reference: .between(position, label: Localized(id: "batas lulus \(markText)%", en: "pass mark \(markText)%")(l)),
            source: ReportChart.Source(table: table.key, category: "band", value: "businesses"),
            textOnlyNote: ReportChart.textOnly(caption, table: table.printedTitle, l))
    }

    /// The ten items failed most often, by fail rate.
    private func itemsChart(_ figures: ComplianceFigures, table: ReportTable) -> ReportChart {
        let l = language
        let failures = figures.itemFailures.prefix(10)
        let caption = ReportChart.figure(l) + " 2. " + Localized(id: "Butir yang paling sering gagal (tingkat gagal)", en: "Items failed most often (fail rate)")(l)
        return ReportChart(
            key: "chart-\(table.key)", caption: caption, kind: .bars, scale: .share,
            points: failures.map { failure in
                ReportChart.Point(label: failure.key, value: failure.scored > 0 ? Double(failure.failed) / Double(failure.scored) : nil,
                                  isMuted: failure.scored < 5)
            },
            legend: [ReportChart.LegendEntry(.bar, Localized(id: "Tingkat gagal", en: "Fail rate")(l))],
            source: ReportChart.Source(table: table.key, category: "key", value: "failRate"),
            textOnlyNote: ReportChart.textOnly(caption, table: table.printedTitle, l))
    }

    private func itemsTable(_ figures: ComplianceFigures) -> ReportTable {
        let l = language
        let rows = figures.itemFailures.enumerated().compactMap { rank, failure -> ReportRow? in
            guard let item = checklist.item(failure.key) else { return nil }
            return ReportRow([
                .int(rank + 1), .code(item.key), .text(item.text(l)), ReportLabel.markCell(item, l), .int(failure.failed),
                .int(failure.scored), .percent(failure.scored > 0 ? Double(failure.failed) / Double(failure.scored) : nil),
            ], emphasis: item.critical ? .alert : .normal)
        }
        return ReportTable(key: "items_failed", title: Localized(id: "Butir yang paling sering gagal", en: "Items failed most often")(l), columns: [
            ReportColumn(key: "rank", title: Localized(id: "Urutan", en: "Rank")(l)),
            ItemColumns.key(l),
            ItemColumns.item(l),
            ItemColumns.mark(l),
            ReportColumn(key: "failed", title: Localized(id: "Gagal", en: "Failed")(l)),
            ReportColumn(key: "scored", title: Localized(id: "Dinilai", en: "Scored")(l)),
            ReportColumn(key: "failRate", title: Localized(id: "Tingkat gagal", en: "Fail rate")(l)),
        ], rows: rows)
    }

    private func regionTable(_ figures: ComplianceFigures) -> ReportTable {
        let l = language
        let rows = figures.byRegion.map { group in
            ReportRow([
                .code(group.code), .text(registry.regionName(group.code, l)), .int(group.count), .int(group.passed),
                .percent(group.count > 0 ? Double(group.passed) / Double(group.count) : nil), .percent(group.meanScore),
            ])
        }
        return ReportTable(key: "regions", title: Localized(id: "Menurut wilayah", en: "By region")(l), columns: [
            ReportColumn(key: "code", title: ReportLabel.key(l)),
            ReportColumn(key: "region", title: ReportLabel.region(l)),
            ReportColumn(key: "businesses", title: Localized(id: "Usaha", en: "Businesses")(l)),
            ReportColumn(key: "passed", title: Localized(id: "Lulus", en: "Passed")(l)),
            ReportColumn(key: "passRate", title: Localized(id: "Tingkat kelulusan", en: "Pass rate")(l)),
            ReportColumn(key: "meanScore", title: Localized(id: "Skor rata-rata", en: "Mean score")(l)),
        ], rows: rows)
    }

    private func businessTable(_ figures: ComplianceFigures) -> ReportTable {
        let l = language
        let rows = figures.latest.map { entry in
            let business = registry.business(entry.assessment.businessID)
            return ReportRow([
                .code(entry.assessment.businessID), .text(business?.name ?? "–"),
                .text(business.map { registry.regionName($0.region, l) } ?? "–"), .date(entry.assessment.date),
                entry.score.isComplete ? .percent(entry.score.score) : .text(entry.score.scoreText(l)),
                ReportLabel.outcomeCell(entry.score.outcome, l),
                .int(entry.score.failedCritical.count),
            ], emphasis: entry.score.passed ? .normal : .alert)
        }
        return ReportTable(key: "businesses", title: Localized(id: "Usaha yang dinilai", en: "Businesses assessed")(l), columns: [
            ReportColumn(key: "id", title: "ID"),
            ReportColumn(key: "business", title: ReportLabel.business(l)),
            ReportColumn(key: "region", title: ReportLabel.region(l)),
            ReportColumn(key: "date", title: ReportLabel.date(l)),
            ReportColumn(key: "score", title: ReportLabel.score(l)),
            ReportColumn(key: "result", title: ReportLabel.result(l)),
            ReportColumn(key: "failedCritical", title: Localized(id: "Kritis gagal", en: "Critical failed")(l)),
        ], rows: rows)
    }
}
