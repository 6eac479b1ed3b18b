import SMEModel

/// A survey wave's online-adoption figures as a document, from the same `SurveyFigures` the
/// screen and the `survey` command print: by sector and region with n, share and 95% interval,
/// channel shares, the change against an earlier wave, unreliable rows marked, sampling stated.
public struct SurveyReport: Sendable {
    public var registry: Registry
    public var wave: SurveyWave
    public var comparedWith: SurveyWave?
    public var office: OfficeProfile
    public var language: Language
    public var issuedOn: ISODate
    public var national: NationalReference
    public var weighting: SurveyWeighting?
    public var official: [String: Int]

    public init(registry: Registry, wave: SurveyWave, comparedWith: SurveyWave?, office: OfficeProfile, language: Language, issuedOn: ISODate,
                national: NationalReference = NationalReference(figures: []), weighting: SurveyWeighting? = nil, official: [String: Int] = [:]) {
        self.national = national
        self.weighting = weighting
        self.official = official
        self.registry = registry
        self.wave = wave
        self.comparedWith = comparedWith
        self.office = office
        self.language = language
        self.issuedOn = issuedOn
    }

    /// The breakdowns, in the order the report numbers its tables; the first key stays what
    /// `--table` has always accepted.
    static let breakdowns: [(key: String, breakdown: SurveyBreakdown)] = [
        ("sector", .sector), ("region", .region), ("scale", .scale), ("channels", .channel),
        ("channel-kinds", .channelKind), ("dependency", .dependency), ("revenue", .revenue),
    ]

    public func document() -> ReportDocument {
        let l = language
        let total = SurveyFigures(registry: registry, wave: wave, breakdown: .total, comparedWith: comparedWith, weighting: weighting,
                                  official: official, language: l)
        let overall = total.total
        let showsIntervals = !wave.sampling.isIndicative
        let interval = Localized(id: "SK 95%", en: "95% CI")(l)
        var summary: [SummaryEntry] = [
            SummaryEntry(key: "wave", label: Localized(id: "Gelombang", en: "Wave")(l), value: .term(wave.label(l), code: wave.id)),
            SummaryEntry(key: "dates", label: Localized(id: "Waktu survei", en: "Fieldwork")(l), value: .term(dateRange(wave), code: "\(wave.startDate)/\(wave.endDate)")),
            SummaryEntry(key: "sampling", label: Localized(id: "Metode sampel", en: "Sampling")(l), value: .term(wave.sampling.label(l), code: wave.sampling.rawValue), isEmphasised: wave.sampling.isIndicative),
            SummaryEntry(key: "responses", label: Localized(id: "Responden", en: "Respondents")(l), value: .int(registry.responses.count { $0.wave == wave.id })),
            SummaryEntry(key: "n", label: Localized(id: "Menjawab pertanyaan daring (n)", en: "Answered the online question (n)")(l), value: .int(overall?.n ?? 0)),
            SummaryEntry(key: "onlineShare", label: Localized(id: "Berjualan daring", en: "Selling online")(l), value: .percent(overall?.share), isEmphasised: true),
        ]
        if showsIntervals {
            summary += [
                SummaryEntry(key: "ciLow", label: Localized(id: "SK 95% bawah", en: "95% CI lower")(l), value: .percent(overall?.ciLow)),
                SummaryEntry(key: "ciHigh", label: Localized(id: "SK 95% atas", en: "95% CI upper")(l), value: .percent(overall?.ciHigh)),
            ]
        }
        if let weighting, let weighted = overall?.weighted {
            // Which figure is which: the plain share stays the headline, the weighted one is named.
            summary.append(SummaryEntry(key: "weightedShare", label: Localized(id: "Berjualan daring, tertimbang (\(weighting.label.id))",
                                                                                en: "Selling online, weighted (\(weighting.label.en))")(l),
                                        value: .percent(weighted.share)))
            if showsIntervals {
                summary += [
                    SummaryEntry(key: "weightedLow", label: Localized(id: "SK 95% tertimbang bawah", en: "Weighted 95% CI lower")(l), value: .percent(weighted.low)),
                    SummaryEntry(key: "weightedHigh", label: Localized(id: "SK 95% tertimbang atas", en: "Weighted 95% CI upper")(l), value: .percent(weighted.high)),
                ]
            }
            summary.append(SummaryEntry(key: "designEffect", label: Localized(id: "Efek desain", en: "Design effect")(l),
                                        value: .number(weighted.designEffect, decimals: 2)))
        }
        if let comparedWith, let change = overall?.change {
            summary += [
                SummaryEntry(key: "comparedWith", label: Localized(id: "Dibandingkan dengan", en: "Compared with")(l), value: .term(comparedWith.label(l), code: comparedWith.id)),
                SummaryEntry(key: "comparedShare", label: Localized(id: "Berjualan daring (\(comparedWith.label.id))", en: "Selling online (\(comparedWith.label.en))")(l), value: .percent(change.comparedShare)),
                SummaryEntry(key: "change", label: Localized(id: "Perubahan ", en: "Change ")(l) + (total.direction?(l) ?? ""), value: .points(change.difference), isEmphasised: true),
            ]
            // The headline change is given with its interval, as every change in the tables.
            if !change.isIndicative {
                summary += [
                    SummaryEntry(key: "changeLow", label: Localized(id: "SK 95% perubahan bawah", en: "Change 95% CI lower")(l), value: .points(change.differenceLow)),
                    SummaryEntry(key: "changeHigh", label: Localized(id: "SK 95% perubahan atas", en: "Change 95% CI upper")(l), value: .points(change.differenceHigh)),
                ]
            }
            summary.append(SummaryEntry(key: "sharedRespondents", label: Localized(id: "Responden di kedua gelombang", en: "Respondents in both waves")(l), value: .int(total.sharedRespondents)))
        }
        var blocks: [ReportBlock] = [.summary(key: "summary", title: ReportLabel.summary(l), entries: summary)]
        if wave.sampling.isIndicative {
            blocks.append(.paragraph(Localized(
                id: "Perhatian: gelombang ini memakai tautan terbuka; angkanya hanya indikatif, tanpa selang, dan tidak mewakili semua UMKM.",
                en: "Caution: this wave used an open link; its figures are indicative only, shown without intervals, and do not represent all small businesses.")(l)))
        }
        var notes: [String] = []
        var charts = 0
        for (number, entry) in Self.breakdowns.enumerated() {
            let figures = SurveyFigures(registry: registry, wave: wave, breakdown: entry.breakdown, comparedWith: comparedWith,
                                        weighting: entry.breakdown.isAdoption ? weighting : nil, official: official,
                                        national: entry.breakdown == .channelKind ? national : NationalReference(figures: []), language: l)
            let table = table(key: entry.key, number: number + 1, figures, interval: interval)
            blocks.append(.table(table))
            for note in figures.footnotes.map({ $0(l) }) where !notes.contains(note) { notes.append(note) }
            // Shares with their intervals by sector and by region, and the two waves by sector.
            guard entry.breakdown == .sector || entry.breakdown == .region else { continue }
            charts += 1
            blocks.append(.chart(SurveyCharts(report: self, figures: figures, table: table).shares(number: charts)))
            if entry.breakdown == .sector, let dumbbell = SurveyCharts(report: self, figures: figures, table: table).waves(number: charts + 1) {
                charts += 1
                blocks.append(.chart(dumbbell))
            }
        }
        if showsIntervals {
            notes.append(Localized(
                id: "SK 95% = selang kepercayaan 95% (Wilson untuk persentase, Newcombe untuk perubahan).",
                en: "95% CI = 95% confidence interval (Wilson for shares, Newcombe for changes).")(l))
        }
        notes.append(Localized(
            id: "Baris bertanda ! kurang andal: bacalah dengan hati-hati. Tabel menurut wilayah diurutkan dari persentase tertinggi.",
            en: "Rows marked ! are unreliable: read them with care. The table by region is sorted from the highest share.")(l))
        let codes = Reliability.Flag.allCases.map { "\($0.code) = \($0.label(l))" }.joined(separator: "; ")
        notes.append(Localized(id: "Kode keandalan: ", en: "Reliability codes: ")(l) + codes + ".")
        blocks.append(.footnotes(notes))
        blocks.append(.signature(SignatureBlock(place: office.city, date: issuedOn, signatories: [
            Signatory(role: "", position: office.head.position, name: office.head.name, nip: office.head.nip),
        ])))
        return ReportDocument(
            kind: .survey, language: l,
            title: Localized(id: "Ringkasan Survei Adopsi Daring UMKM", en: "Survey Summary: Online Adoption of Small Businesses")(l),
            subtitle: wave.label(l) + (comparedWith.map { Localized(id: " dibandingkan ", en: " compared with ")(l) + $0.label(l) } ?? ""),
            issuedOn: issuedOn, office: office, blocks: blocks)
    }

    private func table(key: String, number: Int, _ figures: SurveyFigures, interval: String) -> ReportTable {
        let l = language
        let showsIntervals = !wave.sampling.isIndicative
        let change = figures.total?.change ?? figures.rows.lazy.compactMap(\.change).first
        let showsChange = figures.comparedWith != nil
        let showsChangeIntervals = showsChange && !(change?.isIndicative ?? true)
        var columns = [
            ReportColumn(key: "group", title: figures.breakdown == .channel ? Localized(id: "Kanal", en: "Channel")(l) : Localized(id: "Kelompok", en: "Group")(l)),
            ReportColumn(key: "n", title: "n"),
            ReportColumn(key: "count", title: Localized(id: "Jumlah", en: "Count")(l)),
            ReportColumn(key: "share", title: Localized(id: "Persentase", en: "Share")(l)),
        ]
        if showsIntervals {
            columns += [
                ReportColumn(key: "ciLow", title: Localized(id: "Bawah", en: "Low")(l), span: interval),
                ReportColumn(key: "ciHigh", title: Localized(id: "Atas", en: "High")(l), span: interval),
            ]
        }
        columns.append(ReportColumn(key: "flags", title: Localized(id: "Tanda", en: "Flags")(l)))
        let showsNational = figures.rows.contains { $0.nationalLow != nil }
        let showsWeighted = figures.weighting != nil
        if showsWeighted {
            columns.append(ReportColumn(key: "weightedShare", title: Localized(id: "Tertimbang", en: "Weighted")(l)))
            if showsIntervals {
                let span = Localized(id: "SK 95% tertimbang", en: "Weighted 95% CI")(l)
                columns += [
                    ReportColumn(key: "weightedLow", title: Localized(id: "Bawah", en: "Low")(l), span: span),
                    ReportColumn(key: "weightedHigh", title: Localized(id: "Atas", en: "High")(l), span: span),
                ]
            }
        }
        if showsNational {
            let span = Localized(id: "Nasional (BPS)", en: "National (BPS)")(l)
            columns += [
                ReportColumn(key: "nationalLow", title: Localized(id: "Terendah", en: "Lowest")(l), span: span),
                ReportColumn(key: "nationalHigh", title: Localized(id: "Tertinggi", en: "Highest")(l), span: span),
            ]
        }
        if showsChange {
            columns += [
                ReportColumn(key: "comparedShare", title: figures.comparedWith?.label(l) ?? ""),
                ReportColumn(key: "change", title: Localized(id: "Perubahan", en: "Change")(l)),
            ]
            if showsChangeIntervals {
                let span = Localized(id: "SK 95% perubahan", en: "Change 95% CI")(l)
                columns += [
                    ReportColumn(key: "changeLow", title: Localized(id: "Bawah", en: "Low")(l), span: span),
                    ReportColumn(key: "changeHigh", title: Localized(id: "Atas", en: "High")(l), span: span),
                ]
            }
        }
        let shows = Shown(intervals: showsIntervals, national: showsNational, weighted: showsWeighted, change: showsChange, changeIntervals: showsChangeIntervals)
        let rows = Self.orderedRows(figures).map { row($0, shows, emphasis: .normal) }
            + (figures.total.map { [row($0, shows, emphasis: .total)] } ?? [])
        var caption = Localized(id: "Tabel \(number). ", en: "Table \(number). ")(l) + figures.breakdown.label(l) + ", " + wave.label(l)
        if let from = figures.earlierWave, let to = figures.laterWave {
            caption = Localized(id: "Tabel \(number). ", en: "Table \(number). ")(l) + figures.breakdown.label(l) + ", " + from.label(l) + " → " + to.label(l)
        }
        let source = Localized(id: "Sumber: Survei Adopsi Daring UMKM, ", en: "Source: Small Business Online Adoption Survey, ")(l)
            + office.name + ", " + ([figures.earlierWave, figures.laterWave].compactMap { $0?.label(l) }.nonEmpty ?? [wave.label(l)]).joined(separator: Localized(id: " dan ", en: " and ")(l)) + "."
        // The wave is in the subtitle and summary; short titles make readable sheet names.
        return ReportTable(key: key, title: figures.breakdown.label(l), columns: columns, rows: rows, caption: caption, source: source)
    }

    /// The rows in printed order: 27 regencies and cities read best from the highest share down,
    /// with groups that gave no answer last; other breakdowns keep their natural order.
    static func orderedRows(_ figures: SurveyFigures) -> [SurveyFigureRow] {
        guard figures.breakdown == .region else { return figures.rows }
        return figures.rows.enumerated().sorted { a, b in
            let left = a.element.share ?? -1, right = b.element.share ?? -1
            return left != right ? left > right : a.offset < b.offset
        }.map(\.element)
    }

    /// Which optional columns a table has.
    struct Shown {
        var intervals: Bool, national: Bool, weighted: Bool, change: Bool, changeIntervals: Bool
    }

    private func row(_ figure: SurveyFigureRow, _ shows: Shown, emphasis: ReportRow.Emphasis) -> ReportRow {
        let showsIntervals = shows.intervals, showsNational = shows.national, showsChange = shows.change, showsChangeIntervals = shows.changeIntervals
        let flags = (figure.isUnreliable ? ["!"] : []) + figure.flags
        var cells: [ReportCell] = [.term(figure.label, code: figure.group), .int(figure.n), .int(figure.count), .percent(figure.share)]
        if showsIntervals { cells += [.percent(figure.ciLow), .percent(figure.ciHigh)] }
        cells.append(.text(flags.joined(separator: " ")))
        if showsNational { cells += [.percent(figure.nationalLow), .percent(figure.nationalHigh)] }
        if shows.weighted {
            cells.append(.percent(figure.weighted?.share))
            if showsIntervals { cells += [.percent(figure.weighted?.low), .percent(figure.weighted?.high)] }
        }
        if showsChange {
            cells += [.percent(figure.change?.comparedShare), .points(figure.change?.difference)]
            if showsChangeIntervals { cells += [.points(figure.change?.differenceLow), .points(figure.change?.differenceHigh)] }
        }
        return ReportRow(cells, emphasis: figure.isUnreliable && emphasis != .total ? .muted : emphasis)
    }

    private func dateRange(_ wave: SurveyWave) -> String {
        let start = ISODate(wave.startDate).map { DateText.long($0, language) } ?? wave.startDate
        let end = ISODate(wave.endDate).map { DateText.long($0, language) } ?? wave.endDate
        return "\(start) – \(end)"
    }
}

extension Array {
    /// The array, or nil when it is empty.
    fileprivate var nonEmpty: [Element]? { isEmpty ? nil : self }
}
