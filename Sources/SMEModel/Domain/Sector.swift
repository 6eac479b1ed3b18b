/// A business sector such as food or tailoring. Sectors are data (`registry/sectors.csv`), so an
/// office can add one without a new build.
public struct Sector: Hashable, Sendable, Codable {
    /// Stable key used in files: `food`, `tailoring`, `salon`, `events`, `crafts`.
    public var key: String
    public var name: Localized
    /// Other names users type, such as `kuliner` or `penjahit`.
    public var aliases: [String]

    public init(key: String, name: Localized, aliases: [String] = []) {
        self.key = key
        self.name = name
        self.aliases = aliases
    }

    /// True when `text` names this sector in either language or by an alias, ignoring case.
    public func matches(_ text: String) -> Bool {
        let wanted = text.lowercased()
        return wanted == key.lowercased() || wanted == name.id.lowercased() || wanted == name.en.lowercased()
            || aliases.contains { $0.lowercased() == wanted }
    }
}
