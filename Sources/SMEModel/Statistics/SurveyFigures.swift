/// The ways the survey screen, the `survey` command and the survey report break a wave down.
public enum SurveyBreakdown: String, CaseIterable, Sendable, Codable {
    case total, sector, region, scale, channel
    case channelKind = "channel-kind"
    case dependency, revenue

    public var label: Localized {
        switch self {
        case .total: Localized(id: "Semua responden", en: "All respondents")
        case .sector: Localized(id: "Daring menurut sektor", en: "Online by sector")
        case .region: Localized(id: "Daring menurut wilayah", en: "Online by region")
        case .scale: Localized(id: "Daring menurut skala", en: "Online by scale")
        case .channel: Localized(id: "Kanal penjualan daring", en: "Online sales channels")
        case .channelKind: Localized(id: "Jenis kanal", en: "Channel kinds")
        case .dependency: Localized(id: "Bergantung pada satu kanal sosial/pesan", en: "Dependent on one social/messaging channel")
        case .revenue: Localized(id: "Perubahan penjualan", en: "Change in sales")
        }
    }

    /// Breakdowns of the online share, which can be compared between waves.
    public var isAdoption: Bool { [.total, .sector, .region, .scale].contains(self) }
}

/// A comparison of one group's share with another wave. The change always runs from the earlier
/// wave to the later one, whichever of the two was picked first.
public struct ChangeFigure: Hashable, Sendable, Codable {
    /// The other wave: the one compared with, and its figures.
    public var comparedWave: String
    public var comparedN: Int
    public var comparedShare: Double?
    /// The earlier and the later wave of the two.
    public var fromWave: String
    public var toWave: String
    /// Later minus earlier, as a fraction (0.05 is +5 points), with Newcombe's 95% interval.
    public var difference: Double?
    public var differenceLow: Double?
    public var differenceHigh: Double?
    public var excludesZero: Bool
    /// One of the waves is an opt-in sample: the shares stand side by side, with no interval and
    /// no significance, since an opt-in sample has no sampling error to estimate.
    public var isIndicative: Bool
}

/// One labelled row, ready for any output: screen, CLI or report.
public struct SurveyFigureRow: Hashable, Sendable, Codable {
    public var group: String
    public var label: String
    public var n: Int
    public var count: Int
    public var share: Double?
    public var ciLow: Double?
    public var ciHigh: Double?
    public var isUnreliable: Bool
    public var noAnswer: Int
    /// Reliability codes: n (small sample), w (wide interval), r (wide relative interval),
    /// 0 (0% or 100%), i (indicative, opt-in wave).
    public var flags: [String]
    public var change: ChangeFigure?
    /// With a weighting chosen: the post-stratified share, beside the unweighted one.
    public var weighted: WeightedShare?
    /// For a kind of channel: the national share among businesses selling online (BPS), as the
    /// range over the editions in the reference file.
    public var nationalLow: Double?
    public var nationalHigh: Double?

    /// "94,0%" or "48,7–54,7%": the national share, or its range over the editions; empty without one.
    public func nationalText(_ numbers: NumberStyle) -> String {
        guard let low = nationalLow, let high = nationalHigh else { return "" }
        return abs(high - low) < 0.0005 ? numbers.percent(low) : numbers.decimal(low * 100, decimals: 1) + "–" + numbers.percent(high)
    }
}

/// A survey table with its labels and footnotes, built once from the model so every output
/// prints the same numbers.
public struct SurveyFigures: Sendable {
    public var wave: SurveyWave
    public var comparedWith: SurveyWave?
    /// With a comparison, the earlier and the later of the two waves; the change is later minus
    /// earlier and is labelled "Juli 2020 → Oktober 2021" wherever it is shown.
    public var earlierWave: SurveyWave?
    public var laterWave: SurveyWave?
    public var breakdown: SurveyBreakdown
    public var rows: [SurveyFigureRow]
    public var total: SurveyFigureRow?
    public var footnotes: [Localized]
    /// Businesses that answered both waves; Newcombe's interval assumes there are few.
    public var sharedRespondents: Int
    /// The weighting the weighted column uses, when one was asked for (adoption breakdowns only).
    public var weighting: SurveyWeighting?

    public init(
        registry: Registry, wave: SurveyWave, breakdown: SurveyBreakdown, comparedWith: SurveyWave? = nil,
        weighting: SurveyWeighting? = nil, official: [String: Int] = [:], population: [String: Int]? = nil,
        national: NationalReference = NationalReference(figures: []), language: Language
    ) {
        self.wave = wave
        self.breakdown = breakdown
        let compared = breakdown.isAdoption ? comparedWith : nil
        self.comparedWith = compared
        // Which of the two is later decides the direction, not which one was picked.
        let pickedIsLater = compared.map { (wave.startDate, wave.id) >= ($0.startDate, $0.id) } ?? true
        let earlierOfTwo = compared.map { pickedIsLater ? $0 : wave }
        let laterOfTwo = compared.map { pickedIsLater ? wave : $0 }
        let comparisonIsIndicative = wave.sampling.isIndicative || (compared?.sampling.isIndicative ?? false)
        var rows: [SurveyFigureRow] = []
        var total: SurveyFigureRow?
        let analysis = SurveyAnalysis(wave: wave, responses: registry.responses)
        var notes: [Localized] = []
        var shared = 0
        // An opt-in wave's shares carry no interval (BPS publishes none for such samples).
        let showsIntervals = !wave.sampling.isIndicative
        func make(_ row: ShareRow, label: String, change: ChangeRow? = nil) -> SurveyFigureRow {
            var figure = SurveyFigureRow(
                group: row.group, label: label, n: row.n, count: row.count, share: row.share,
                ciLow: showsIntervals ? row.ciLow : nil, ciHigh: showsIntervals ? row.ciHigh : nil,
                isUnreliable: row.isUnreliable, noAnswer: row.noAnswer,
                flags: row.reliability.flags.map(\.code), change: nil)
            if let change, let other = compared, let from = earlierOfTwo, let to = laterOfTwo {
                let otherRow = pickedIsLater ? change.earlier : change.later
                figure.change = ChangeFigure(
                    comparedWave: other.id, comparedN: otherRow?.n ?? 0, comparedShare: otherRow?.share,
                    fromWave: from.id, toWave: to.id, difference: change.difference?.difference,
                    differenceLow: comparisonIsIndicative ? nil : change.difference?.lower,
                    differenceHigh: comparisonIsIndicative ? nil : change.difference?.upper,
                    excludesZero: comparisonIsIndicative ? false : change.excludesZero, isIndicative: comparisonIsIndicative)
            }
            return figure
        }
        let allLabel = Localized(id: "Semua", en: "All")(language)
        switch breakdown {
        case .total, .sector, .region, .scale:
            let grouping: SurveyGrouping = switch breakdown {
            case .sector: .sector
            case .region: .region
            case .scale: .scale
            default: .total
            }
            let order = grouping == .sector ? registry.sectors.map(\.key) : registry.regions.map(\.code)
            let label: (String) -> String = { key in
                switch grouping {
                case .sector: registry.sectorName(key, language)
                case .region: registry.regionName(key, language)
                case .scale: Scale(rawValue: key)?.label(language) ?? key
                case .total: allLabel
                }
            }
            let table = analysis.adoption(by: grouping, order: order)
            if let other = compared, let from = earlierOfTwo, let to = laterOfTwo {
                let otherAnalysis = SurveyAnalysis(wave: other, responses: registry.responses)
                let laterAnalysis = pickedIsLater ? analysis : otherAnalysis
                let earlierAnalysis = pickedIsLater ? otherAnalysis : analysis
                let change = laterAnalysis.change(from: earlierAnalysis, by: grouping, order: order)
                rows = change.rows.map { row in
                    make((pickedIsLater ? row.later : row.earlier)
                            ?? ShareRow(group: row.group, proportion: Proportion(count: 0, n: 0), noAnswer: 0, sampling: wave.sampling),
                         label: label(row.group), change: row)
                }
                total = make(table.total, label: allLabel, change: change.total)
                shared = change.sharedRespondents
                let direction = Self.direction(from: from, to: to)
                if comparisonIsIndicative {
                    notes.append(Localized(
                        id: "Perubahan \(direction.id) dalam poin persentase, tanpa selang dan tanpa tanda bermakna: gelombang opt-in tidak memiliki galat sampel yang dapat dihitung (BPS tidak menerbitkan selang untuk sampel seperti ini). Bandingkan kedua angka berdampingan saja.",
                        en: "Change \(direction.en) in percentage points, with no interval and no significance mark: an opt-in wave has no sampling error to estimate (BPS publishes no intervals for such samples). Read the two shares side by side only."))
                } else {
                    notes.append(Localized(
                        id: "Perubahan \(direction.id) dalam poin persentase dengan selang 95% Newcombe; kedua gelombang dianggap sampel terpisah.",
                        en: "Change \(direction.en) in percentage points with Newcombe's 95% interval; the two waves are treated as independent samples."))
                }
            } else {
                rows = table.rows.map { make($0, label: label($0.group)) }
                total = make(table.total, label: allLabel)
            }
            notes.append(Localized(
                id: "n = responden yang menjawab pertanyaan daring; yang tidak menjawab dihitung terpisah.",
                en: "n = respondents who answered the online question; those who did not are counted apart."))
            if let weighting {
                // A caller that keeps the counts (the dashboard) passes them; counting is per registry.
                let population = population ?? weighting.population(registry, official: official)
                let weights = weighting.weights(analysis.responses, population: population)
                func weighted(_ key: String) -> WeightedShare? {
                    let chosen = analysis.responses.indices.filter { key == SurveyGrouping.totalKey || grouping.key(of: analysis.responses[$0]) == key }
                    return WeightedShare(responses: chosen.map { analysis.responses[$0] }, weights: chosen.map { weights.values[$0] },
                                         withInterval: showsIntervals)
                }
                for index in rows.indices { rows[index].weighted = weighted(rows[index].group) }
                total?.weighted = weighted(SurveyGrouping.totalKey)
                let deff = total?.weighted.map { NumberStyle(.en).decimal($0.designEffect, decimals: 2) } ?? "–"
                let deffID = total?.weighted.map { NumberStyle(.id).decimal($0.designEffect, decimals: 2) } ?? "–"
                let idStyle = NumberStyle(.id), enStyle = NumberStyle(.en)
                let officialRegions = weighting.usesOfficialCounts ? Set(official.keys).intersection(registry.regions.map(\.code)).count : 0
                // An opt-in wave's weighted share has no interval either; the design effect still says how uneven the weights are.
                let interval = showsIntervals
                    ? Localized(id: "selangnya memakai ukuran sampel efektif Kish (efek desain \(deffID)).",
                                en: "its interval uses Kish's effective sample size (design effect \(deff)).")
                    : Localized(id: "tanpa selang karena gelombang opt-in (efek desain \(deffID)).",
                                en: "no interval, as the wave is opt-in (design effect \(deff)).")
                var note = (weighting.usesOfficialCounts
                    ? Localized(
                        id: "Tertimbang (pasca-stratifikasi \(weighting.label.id)) menurut \(idStyle.integer(weights.registryBusinesses)) usaha: jumlah resmi \(officialRegions) kabupaten/kota dibagi ke sektor menurut registri; ",
                        en: "Weighted (post-stratified by \(weighting.label.en)) to \(enStyle.integer(weights.registryBusinesses)) businesses: the official counts of \(officialRegions) regencies/cities shared over sectors as in the registry; ")
                    : Localized(
                        id: "Tertimbang (pasca-stratifikasi \(weighting.label.id)) menurut \(idStyle.integer(weights.registryBusinesses)) usaha di registri; ",
                        en: "Weighted (post-stratified by \(weighting.label.en)) to the registry's \(enStyle.integer(weights.registryBusinesses)) businesses; "))
                    .appending(interval)
                if weights.uncoveredBusinesses > 0 {
                    note = note.appending(Localized(
                        id: " \(idStyle.integer(weights.uncoveredBusinesses)) usaha berada di sel tanpa responden dan tidak terwakili.",
                        en: " \(enStyle.integer(weights.uncoveredBusinesses)) businesses are in cells without respondents and are not represented."))
                }
                if weights.outsideRegistry > 0 {
                    note = note.appending(Localized(
                        id: " \(weights.outsideRegistry) responden di sel yang tidak ada di registri diberi bobot 0.",
                        en: " \(weights.outsideRegistry) respondents in cells the registry does not have get weight 0."))
                }
                notes.append(note)
            }
        case .channel, .channelKind:
            let shares = analysis.channelShares()
            rows = breakdown == .channel
                ? shares.channels.map { make($0, label: Channel(rawValue: $0.group)?.label(language) ?? $0.group) }
                : shares.kinds.map { make($0, label: Channel.Kind(rawValue: $0.group)?.label(language) ?? $0.group) }
            total = nil
            notes.append(ChannelShares.footnote)
            notes.append(Localized(id: "n = responden yang daring dan menyebut kanalnya.", en: "n = respondents online who named their channels."))
            if breakdown == .channelKind, let years = national.coverageYears {
                for index in rows.indices {
                    guard let kind = Channel.Kind(rawValue: rows[index].group), let range = national.range(kind) else { continue }
                    rows[index].nationalLow = range.lowerBound
                    rows[index].nationalHigh = range.upperBound
                }
                let span = years.lowerBound == years.upperBound ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)"
                notes.append(Localized(
                    id: "Nasional = bagian pelaku usaha daring di Indonesia yang memakai jenis kanal itu, tahun cakupan \(span) (\(national.sources.joined(separator: "; "))). Bukan sampel yang sama: bandingkan urutan dan jaraknya, bukan selisih kecil.",
                    en: "National = share of Indonesian businesses selling online that use that kind of channel, coverage years \(span) (\(national.sources.joined(separator: "; "))). Not the same sample: compare the order and the size of gaps, not small differences."))
            }
        case .dependency:
            let dependency = analysis.singleChannelDependency()
            rows = dependency.byChannel.map { make($0, label: Channel(rawValue: $0.group)?.label(language) ?? $0.group) }
            total = make(dependency.overall, label: Localized(id: "Hanya satu kanal sosial/pesan", en: "Only one social/messaging channel")(language))
            notes.append(Localized(
                id: "Usaha yang hanya berjualan lewat satu kanal sosial atau pesan paling terdampak saat media sosial dibatasi. Baris kanal: bagian dari usaha yang bergantung.",
                en: "Businesses selling through a single social or messaging channel were hit hardest when social media was restricted. Channel rows: share of the dependent businesses."))
        case .revenue:
            let distribution = analysis.revenueChange()
            rows = distribution.rows.map { make($0, label: RevenueChange(rawValue: $0.group)?.label(language) ?? $0.group) }
            total = nil
        }
        if rows.contains(where: \.isUnreliable) || total?.isUnreliable == true {
            notes.append(Localized(
                id: "! = tidak andal (n < 30 atau selang terlalu lebar); jangan dikutip tanpa catatan.",
                en: "! = unreliable (n < 30 or interval too wide); do not quote without a caveat."))
        }
        if wave.sampling.isIndicative {
            notes.append(Localized(
                id: "INDIKATIF: gelombang ini memakai tautan terbuka (opt-in); responden memilih sendiri, jadi angkanya hanya indikatif dan ditampilkan tanpa selang.",
                en: "INDICATIVE: this wave used an open (opt-in) link; respondents chose themselves, so its figures are indicative only and shown without intervals."))
        } else if let compared, compared.sampling.isIndicative {
            notes.append(Localized(
                id: "INDIKATIF: gelombang pembanding \(compared.label.id) memakai tautan terbuka (opt-in); perbandingan hanya indikatif.",
                en: "INDICATIVE: the compared wave \(compared.label.en) used an open (opt-in) link; the comparison is indicative only."))
        }
        notes.append(Localized(id: "Metode sampel: ", en: "Sampling: ").appending(wave.sampling.label))
        self.rows = rows
        self.total = total
        self.weighting = breakdown.isAdoption ? weighting : nil
        earlierWave = earlierOfTwo
        laterWave = laterOfTwo
        footnotes = notes
        sharedRespondents = shared
    }
}

extension SurveyFigures {
    /// "Juli 2020 → Oktober 2021".
    public static func direction(from earlier: SurveyWave, to later: SurveyWave) -> Localized {
        Localized(id: "\(earlier.label.id) → \(later.label.id)", en: "\(earlier.label.en) → \(later.label.en)")
    }

    /// The direction of this table's comparison, when it has one.
    public var direction: Localized? {
        guard let earlierWave, let laterWave else { return nil }
        return Self.direction(from: earlierWave, to: laterWave)
    }
}

extension Localized {
    func appending(_ other: Localized) -> Localized {
        Localized(id: id + other.id, en: en + other.en)
    }
}
