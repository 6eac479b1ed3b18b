/// The two languages every user-visible string exists in.
public enum Language: String, CaseIterable, Sendable, Codable {
    case id
    case en

    /// Picks the language from the environment the way users expect:
    /// `LC_ALL`, then `LC_MESSAGES`, then `LANG`; Indonesian when the first one set starts with `id`.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("id") ? .id : .en
            }
        }
        return .en
    }
}

/// A string in both languages. Indonesian is primary because the regulations are written in it.
public struct Localized: Hashable, Sendable, Codable {
    public var id: String
    public var en: String

    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    /// The same text in both languages (names, codes).
    public init(_ both: String) {
        self.id = both
        self.en = both
    }

    public func callAsFunction(_ language: Language) -> String {
        language == .id ? id : en
    }
}
