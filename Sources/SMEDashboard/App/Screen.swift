import SMEModel

/// The dashboard's screens, in the order of their number keys and tabs.
public enum Screen: Int, CaseIterable, Hashable, Sendable {
    case businesses, survey, checklists, assess, export, inbox

    public var title: Localized {
        switch self {
        case .businesses: Localized(id: "Usaha", en: "Businesses")
        case .survey: Localized(id: "Survei", en: "Survey")
        case .checklists: Localized(id: "SOP", en: "SOP")
        case .assess: Localized(id: "Penilaian", en: "Assess")
        case .export: Localized(id: "Ekspor", en: "Export")
        case .inbox: Localized(id: "Impor", en: "Import")
        }
    }

    public var next: Screen { Screen(rawValue: (rawValue + 1) % Screen.allCases.count) ?? .businesses }
    public var previous: Screen {
        Screen(rawValue: (rawValue + Screen.allCases.count - 1) % Screen.allCases.count) ?? .businesses
    }
}
