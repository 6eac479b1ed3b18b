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

/// A comparison of one group's share with another wave.
public struct ChangeFigure: Hashable, Sendable, Codable {
    public var earlierWave: String
    public var earlierN: Int
    public var earlierShare: Double?
    /// Later minus earlier, as a fraction (0.05 is +5 points), with Newcombe's 95% interval.
    public var difference: Double?
    public var differenceLow: Double?
    public var differenceHigh: Double?
    public var excludesZero: Bool
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
}

/// A survey table with its labels and footnotes, built once from the model so every output
/// prints the same numbers.
public struct SurveyFigures: Sendable {
    public var wave: SurveyWave
    public var comparedWith: SurveyWave?
    public var breakdown: SurveyBreakdown
    public var rows: [SurveyFigureRow]
    public var total: SurveyFigureRow?
    public var footnotes: [Localized]
    /// Businesses that answered both waves; Newcombe's interval assumes there are few.
    public var sharedRespondents: Int

    public init(
        registry: Registry, wave: SurveyWave, breakdown: SurveyBreakdown, comparedWith: SurveyWave? = nil,
        language: Language
    ) {
        self.wave = wave
        self.breakdown = breakdown
        let compared = breakdown.isAdoption ? comparedWith : nil
        self.comparedWith = compared
        var rows: [SurveyFigureRow] = []
        var total: SurveyFigureRow?
        let analysis = SurveyAnalysis(wave: wave, responses: registry.responses)
        var notes: [Localized] = []
        var shared = 0
        func make(_ row: ShareRow, label: String, change: ChangeRow? = nil) -> SurveyFigureRow {
            var figure = SurveyFigureRow(
                group: row.group, label: label, n: row.n, count: row.count, share: row.share, ciLow: row.ciLow,
                ciHigh: row.ciHigh, isUnreliable: row.isUnreliable, noAnswer: row.noAnswer,
                flags: row.reliability.flags.map(\.code), change: nil)
            if let change, let earlierWave = compared {
                figure.change = ChangeFigure(
                    earlierWave: earlierWave.id, earlierN: change.earlier?.n ?? 0, earlierShare: change.earlier?.share,
                    difference: change.difference?.difference, differenceLow: change.difference?.lower,
                    differenceHigh: change.difference?.upper, excludesZero: change.excludesZero)
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
            if let earlierWave = compared {
                let earlier = SurveyAnalysis(wave: earlierWave, responses: registry.responses)
                let change = analysis.change(from: earlier, by: grouping, order: order)
                rows = change.rows.map { row in
                    make(row.later ?? ShareRow(group: row.group, proportion: Proportion(count: 0, n: 0), noAnswer: 0, sampling: wave.sampling),
                         label: label(row.group), change: row)
                }
                total = make(table.total, label: allLabel, change: change.total)
                shared = change.sharedRespondents
                notes.append(Localized(
                    id: "Perubahan dalam poin persentase dengan selang 95% Newcombe; anggap kedua gelombang sampel terpisah.",
                    en: "Change in percentage points with Newcombe's 95% interval; the two waves are treated as independent samples."))
            } else {
                rows = table.rows.map { make($0, label: label($0.group)) }
                total = make(table.total, label: allLabel)
            }
            notes.append(Localized(
                id: "n = responden yang menjawab pertanyaan daring; yang tidak menjawab dihitung terpisah.",
                en: "n = respondents who answered the online question; those who did not are counted apart."))
        case .channel, .channelKind:
            let shares = analysis.channelShares()
            rows = breakdown == .channel
                ? shares.channels.map { make($0, label: Channel(rawValue: $0.group)?.label(language) ?? $0.group) }
                : shares.kinds.map { make($0, label: Channel.Kind(rawValue: $0.group)?.label(language) ?? $0.group) }
            total = nil
            notes.append(ChannelShares.footnote)
            notes.append(Localized(id: "n = responden yang daring dan menyebut kanalnya.", en: "n = respondents online who named their channels."))
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
                id: "Gelombang ini memakai tautan terbuka (opt-in): responden memilih sendiri, jadi angka dan selangnya hanya indikatif.",
                en: "This wave used an open (opt-in) link: respondents chose themselves, so figures and intervals are indicative only."))
        }
        notes.append(Localized(id: "Metode sampel: ", en: "Sampling: ").appending(wave.sampling.label))
        self.rows = rows
        self.total = total
        footnotes = notes
        sharedRespondents = shared
    }
}

extension Localized {
    func appending(_ other: Localized) -> Localized {
        Localized(id: id + other.id, en: en + other.en)
    }
}
