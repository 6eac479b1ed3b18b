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

    public init(registry: Registry, wave: SurveyWave, comparedWith: SurveyWave?, office: OfficeProfile, language: Language, issuedOn: ISODate) {
        self.registry = registry
        self.wave = wave
        self.comparedWith = comparedWith
        self.office = office
        self.language = language
        self.issuedOn = issuedOn
    }

    public func document() -> ReportDocument {
        let l = language
        let total = SurveyFigures(registry: registry, wave: wave, breakdown: .total, comparedWith: comparedWith, language: l)
        let tables: [(String, SurveyFigures)] = [
            ("sector", SurveyFigures(registry: registry, wave: wave, breakdown: .sector, comparedWith: comparedWith, language: l)),
            ("region", SurveyFigures(registry: registry, wave: wave, breakdown: .region, comparedWith: comparedWith, language: l)),
            ("channels", SurveyFigures(registry: registry, wave: wave, breakdown: .channel, language: l)),
        ]
        let overall = total.total
        var summary: [SummaryEntry] = [
            SummaryEntry(key: "wave", label: Localized(id: "Gelombang", en: "Wave")(l), value: .text(wave.label(l))),
            SummaryEntry(key: "dates", label: Localized(id: "Waktu survei", en: "Fieldwork")(l), value: .text(dateRange(wave))),
            SummaryEntry(key: "sampling", label: Localized(id: "Metode sampel", en: "Sampling")(l), value: .text(wave.sampling.label(l)), isEmphasised: wave.sampling.isIndicative),
            SummaryEntry(key: "responses", label: Localized(id: "Responden", en: "Respondents")(l), value: .int(registry.responses.count { $0.wave == wave.id })),
            SummaryEntry(key: "n", label: Localized(id: "Menjawab pertanyaan daring (n)", en: "Answered the online question (n)")(l), value: .int(overall?.n ?? 0)),
            SummaryEntry(key: "onlineShare", label: Localized(id: "Berjualan daring", en: "Selling online")(l), value: .percent(overall?.share), isEmphasised: true),
            SummaryEntry(key: "ciLow", label: Localized(id: "Selang 95% bawah", en: "95% CI lower")(l), value: .percent(overall?.ciLow)),
            SummaryEntry(key: "ciHigh", label: Localized(id: "Selang 95% atas", en: "95% CI upper")(l), value: .percent(overall?.ciHigh)),
        ]
        if let comparedWith, let change = overall?.change {
            summary += [
                SummaryEntry(key: "comparedWith", label: Localized(id: "Dibandingkan dengan", en: "Compared with")(l), value: .text(comparedWith.label(l))),
                SummaryEntry(key: "comparedShare", label: Localized(id: "Berjualan daring (\(comparedWith.label.id))", en: "Selling online (\(comparedWith.label.en))")(l), value: .percent(change.comparedShare)),
                SummaryEntry(key: "change", label: Localized(id: "Perubahan ", en: "Change ")(l) + (total.direction?(l) ?? ""), value: .points(change.difference)),
                SummaryEntry(key: "sharedRespondents", label: Localized(id: "Responden di kedua gelombang", en: "Respondents in both waves")(l), value: .int(total.sharedRespondents)),
            ]
        }
        var blocks: [ReportBlock] = [.summary(key: "summary", title: ReportLabel.summary(l), entries: summary)]
        if wave.sampling.isIndicative {
            blocks.append(.paragraph(Localized(
                id: "Perhatian: gelombang ini memakai tautan terbuka; angkanya hanya indikatif, tanpa selang, dan tidak mewakili semua UMKM.",
                en: "Caution: this wave used an open link; its figures are indicative only, shown without intervals, and do not represent all small businesses.")(l)))
        }
        var notes: [String] = []
        for (key, figures) in tables {
            blocks.append(.table(table(key: key, figures)))
            for note in figures.footnotes.map({ $0(l) }) where !notes.contains(note) { notes.append(note) }
        }
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

    private func table(key: String, _ figures: SurveyFigures) -> ReportTable {
        let l = language
        let isCompared = figures.comparedWith != nil
        var columns = [
            ReportColumn(key: "group", title: figures.breakdown == .channel ? Localized(id: "Kanal", en: "Channel")(l) : Localized(id: "Kelompok", en: "Group")(l)),
            ReportColumn(key: "n", title: "n"),
            ReportColumn(key: "count", title: Localized(id: "Jumlah", en: "Count")(l)),
            ReportColumn(key: "share", title: Localized(id: "Bagian", en: "Share")(l)),
            ReportColumn(key: "ciLow", title: Localized(id: "Selang 95% bawah", en: "95% CI low")(l)),
            ReportColumn(key: "ciHigh", title: Localized(id: "Selang 95% atas", en: "95% CI high")(l)),
            ReportColumn(key: "flags", title: Localized(id: "Tanda", en: "Flags")(l)),
        ]
        if isCompared {
            columns += [
                ReportColumn(key: "comparedShare", title: figures.comparedWith?.label(l) ?? ""),
                ReportColumn(key: "change", title: Localized(id: "Perubahan ", en: "Change ")(l) + (figures.direction?(l) ?? "")),
                ReportColumn(key: "changeLow", title: Localized(id: "Perubahan 95% bawah", en: "Change 95% low")(l)),
                ReportColumn(key: "changeHigh", title: Localized(id: "Perubahan 95% atas", en: "Change 95% high")(l)),
            ]
        }
        let rows = figures.rows.map { row($0, isCompared: isCompared, emphasis: $0.isUnreliable ? .muted : .normal) }
            + (figures.total.map { [row($0, isCompared: isCompared, emphasis: .total)] } ?? [])
        // The wave is in the subtitle and summary; short titles make readable sheet names.
        return ReportTable(key: key, title: figures.breakdown.label(l), columns: columns, rows: rows)
    }

    private func row(_ figure: SurveyFigureRow, isCompared: Bool, emphasis: ReportRow.Emphasis) -> ReportRow {
        let flags = (figure.isUnreliable ? ["!"] : []) + figure.flags
        var cells: [ReportCell] = [
            .text(figure.label), .int(figure.n), .int(figure.count), .percent(figure.share), .percent(figure.ciLow),
            .percent(figure.ciHigh), .text(flags.joined(separator: " ")),
        ]
        if isCompared {
            cells += [
                .percent(figure.change?.comparedShare), .points(figure.change?.difference),
                .points(figure.change?.differenceLow), .points(figure.change?.differenceHigh),
            ]
        }
        return ReportRow(cells, emphasis: figure.isUnreliable && emphasis != .total ? .muted : emphasis)
    }

    private func dateRange(_ wave: SurveyWave) -> String {
        let start = ISODate(wave.startDate).map { DateText.long($0, language) } ?? wave.startDate
        let end = ISODate(wave.endDate).map { DateText.long($0, language) } ?? wave.endDate
        return "\(start) – \(end)"
    }
}
