import SMEModel
import TerminalUI

/// State of the Survey screen: which wave, which breakdown, which wave to compare with, and the
/// selected row of the figures table.
public struct SurveyScreen: Hashable, Sendable {
    /// The breakdowns the screen offers, in the order `n` steps through them.
    public static let breakdowns: [SurveyBreakdown] = [.sector, .region, .scale, .channel, .channelKind, .dependency, .revenue]

    /// The wave shown; nil only when the data has no waves.
    public var waveID: String?
    public var breakdown: SurveyBreakdown = .sector
    /// The wave to compare with; nil shows no change columns.
    public var compareID: String?
    /// A post-stratified share beside the plain one; nil shows the plain share only.
    public var weighting: SurveyWeighting?
    public var selection: Int = 0
    /// The frequency or pivot view over the wave's responses, when open (Shift+F).
    public var frequency: FrequencyView?
    /// First visible table row, kept so scrolling moves as little as possible.
    public var offset: Int = 0

    public init(data: DashboardData) {
        waveID = data.registry.waves.last?.id
    }

    /// True when change columns are shown: comparisons exist for adoption breakdowns only.
    public var isComparing: Bool { compareID != nil && breakdown.isAdoption }
}

extension ScreenScope where State == SurveyScreen {
    /// The wave the Survey screen shows.
    var surveyWave: SurveyWave? {
        let waves = data.registry.waves
        return waves.first { $0.id == state.waveID } ?? waves.last
    }

    /// The wave compared with, when a comparison is chosen and the breakdown allows it.
    var surveyComparedWave: SurveyWave? {
        guard state.isComparing else { return nil }
        return data.registry.waves.first { $0.id == state.compareID }
    }

    /// The labelled figures of the current choice, computed by the model so the screen prints
    /// exactly what the CLI and reports print.
    var surveyFigures: SurveyFigures? {
        guard let wave = surveyWave else { return nil }
        let weighting = state.breakdown.isAdoption ? state.weighting : nil
        let compared = surveyComparedWave
        let key = SurveyPopulationCache.FiguresKey(wave: wave.id, compared: compared?.id, breakdown: state.breakdown, weighting: weighting,
                                                   language: language, responses: data.registry.responses.count)
        let (data, breakdown, language) = (data, state.breakdown, language)
        return data.surveyPopulations.figures(key) {
            SurveyFigures(registry: data.registry, wave: wave, breakdown: breakdown, comparedWith: compared,
                          weighting: weighting, official: weighting?.usesOfficialCounts == true ? data.surveyPopulations.official(data.folder) : [:],
                          population: weighting.map { data.surveyPopulations.population($0, registry: data.registry, folder: data.folder) },
                          national: breakdown == .channelKind ? data.surveyPopulations.national(data.folder) : NationalReference(figures: []),
                          language: language)
        }
    }
}

extension DashboardData {
    /// Number of survey responses in a wave, for the wave picker and the header.
    func surveyResponseCount(_ waveID: String) -> Int {
        registry.responses.reduce(0) { $0 + ($1.wave == waveID ? 1 : 0) }
    }

    /// "Juli 2020 · 350 responden · sampel acak · 2020-07-10 – 2020-07-26", with "INDIKATIF" after
    /// the label of an opt-in wave. Pickers are narrow, so what matters most comes first.
    func surveyWaveDescription(_ wave: SurveyWave) -> Localized {
        let count = surveyResponseCount(wave.id)
        func line(_ language: Language) -> String {
            let numbers = NumberStyle(language)
            var parts = [wave.label(language), numbers.integer(count) + (language == .id ? " responden" : " responses"),
                         wave.sampling.label(language), "\(wave.startDate) – \(wave.endDate)"]
            if wave.sampling.isIndicative { parts.insert(SurveyScreen.indicativeBadge(language), at: 1) }
            return parts.joined(separator: " · ")
        }
        return Localized(id: line(.id), en: line(.en))
    }
}

extension SurveyScreen {
    /// Said while the survey is read in the background after the first frame.
    static let loadingText = Localized(id: "Survei sedang dibaca…", en: "Reading the survey…")

    /// The word that marks an opt-in wave wherever it is named.
    static let indicativeBadge = Localized(id: "INDIKATIF", en: "INDICATIVE")
}

extension SurveyFigures {
    /// The table rows: the groups, then the total when the breakdown has one.
    var tableRows: [SurveyFigureRow] { rows + (total.map { [$0] } ?? []) }
}
