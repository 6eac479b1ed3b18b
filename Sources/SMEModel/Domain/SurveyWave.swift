/// How a survey wave chose its respondents. Opt-in waves are shown as indicative only (AAPOR).
public enum SamplingMethod: String, CaseIterable, Sendable, Codable {
    case probability, panel, optIn = "opt-in", census

    public var label: Localized {
        switch self {
        case .probability: Localized(id: "sampel acak", en: "probability sample")
        case .panel: Localized(id: "panel usaha", en: "business panel")
        case .optIn: Localized(id: "tautan terbuka (opt-in)", en: "open link (opt-in)")
        case .census: Localized(id: "sensus", en: "census")
        }
    }

    /// Margins of error on self-selected samples mislead, so their intervals are labelled indicative.
    public var isIndicative: Bool { self == .optIn }
}

/// One round of the online-adoption survey.
public struct SurveyWave: Hashable, Sendable, Codable {
    public var id: String
    public var label: Localized
    /// ISO dates (`2020-07-10`).
    public var startDate: String
    public var endDate: String
    public var sampling: SamplingMethod

    public init(id: String, label: Localized, startDate: String, endDate: String, sampling: SamplingMethod) {
        self.id = id
        self.label = label
        self.startDate = startDate
        self.endDate = endDate
        self.sampling = sampling
    }
}
