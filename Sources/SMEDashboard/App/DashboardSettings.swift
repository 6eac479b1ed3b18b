import Foundation
import SMEModel

/// What the dashboard remembers between runs: language, last screen, the business table's sort
/// and columns, and the assessor. Every field is optional; a missing one keeps the default.
public struct DashboardSettings: Hashable, Sendable {
    public var language: Language?
    public var screen: Screen?
    public var sort: BusinessSortField?
    public var descending: Bool?
    public var columns: [BusinessColumn]?
    public var assessor: Assessor?
    /// Copying through the terminal (OSC 52) was allowed.
    public var copy: Bool?

    public init(language: Language? = nil, screen: Screen? = nil, sort: BusinessSortField? = nil, descending: Bool? = nil,
                columns: [BusinessColumn]? = nil, assessor: Assessor? = nil, copy: Bool? = nil) {
        self.copy = copy
        self.language = language
        self.screen = screen
        self.sort = sort
        self.descending = descending
        self.columns = columns
        self.assessor = assessor
    }

    /// The settings as the file holds them: readable, one member per line, stable order.
    public func encoded() -> Data {
        var object: [String: Any] = [:]
        if let language { object["language"] = language.rawValue }
        if let screen { object["screen"] = screen.name }
        if let sort { object["sort"] = sort.rawValue }
        if let descending { object["descending"] = descending }
        if let columns { object["columns"] = columns.map(\.rawValue) }
        if let copy { object["copy"] = copy }
        if let assessor {
            var person: [String: Any] = ["name": assessor.name]
            if let nip = assessor.nip { person["nip"] = nip }
            if let rank = assessor.rank { person["rank"] = rank }
            object["assessor"] = person
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data("{}".utf8)
        return data + Data("\n".utf8)
    }

    /// Reads the file's text member by member: a value it does not know is named and skipped, so
    /// one bad entry costs only that setting.
    public static func decode(_ data: Data) -> (settings: DashboardSettings, problems: [Localized]) {
        guard let any = try? JSONSerialization.jsonObject(with: data), let object = any as? [String: Any] else {
            return (DashboardSettings(), [Localized(id: "bukan JSON yang sah", en: "not valid JSON")])
        }
        var settings = DashboardSettings()
        var problems: [Localized] = []
        func bad(_ key: String) {
            let shown = TerminalEscaping.visible(String(describing: object[key] ?? "").prefix(40).description, keepsLineBreaks: false)
            problems.append(Localized(id: "\"\(key)\": nilai \"\(shown)\" tidak dikenal", en: "\"\(key)\": unknown value \"\(shown)\""))
        }
        if object["language"] != nil {
            if let value = object["language"] as? String, let language = Language(rawValue: value) { settings.language = language } else { bad("language") }
        }
        if object["screen"] != nil {
            if let value = object["screen"] as? String, let screen = Screen.named(value) { settings.screen = screen } else { bad("screen") }
        }
        if object["sort"] != nil {
            if let value = object["sort"] as? String, let sort = BusinessSortField(rawValue: value) { settings.sort = sort } else { bad("sort") }
        }
        if object["descending"] != nil {
            if let value = object["descending"] as? Bool { settings.descending = value } else { bad("descending") }
        }
        if object["copy"] != nil {
            if let value = object["copy"] as? Bool { settings.copy = value } else { bad("copy") }
        }
        if object["columns"] != nil {
            let names = object["columns"] as? [String] ?? []
            let columns = names.compactMap(BusinessColumn.init(rawValue:))
            if columns.count == names.count, !columns.isEmpty { settings.columns = columns } else { bad("columns") }
        }
        if object["assessor"] != nil {
            if let person = object["assessor"] as? [String: Any], let name = person["name"] as? String,
               !name.trimmingCharacters(in: .whitespaces).isEmpty {
                settings.assessor = Assessor(name: name, nip: person["nip"] as? String, rank: person["rank"] as? String)
            } else {
                bad("assessor")
            }
        }
        return (settings, problems)
    }
}

extension Screen {
    /// The screen's name in the settings file.
    var name: String { String(describing: self) }

    static func named(_ name: String) -> Screen? { allCases.first { $0.name == name } }
}

extension AppState {
    /// The settings this state would leave behind.
    public var settings: DashboardSettings {
        DashboardSettings(language: language, screen: screen, sort: businesses.query.sort, descending: businesses.query.descending,
                          columns: businesses.columns, assessor: assess.assessor ?? options.assessor, copy: options.allowsCopy)
    }

    /// Takes remembered settings at start. The language only when none was asked for on the
    /// command line; the assessor only when SMEDASH_ASSESSOR named none.
    public mutating func apply(_ settings: DashboardSettings, languageChosen: Bool) {
        if !languageChosen, let language = settings.language { self.language = language }
        if let screen = settings.screen { self.screen = screen }
        if let sort = settings.sort { businesses.query.sort = sort }
        if let descending = settings.descending { businesses.query.descending = descending }
        if let columns = settings.columns { businesses.columns = columns }
        if let copy = settings.copy { options.allowsCopy = copy }
        if options.assessor == nil, let assessor = settings.assessor { options.assessor = assessor }
        businesses.recompute(data)
    }
}
