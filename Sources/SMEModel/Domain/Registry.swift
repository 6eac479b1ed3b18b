/// Everything the office knows about the businesses, cooperatives and surveys, with lookups built
/// once at load time.
public struct Registry: Sendable {
    public let regions: [Region]
    public let sectors: [Sector]
    public let businesses: [Business]
    public let cooperatives: [Cooperative]
    public let waves: [SurveyWave]
    public let responses: [SurveyResponse]

    private let regionIndex: [String: Int]
    private let sectorIndex: [String: Int]
    private let businessIndex: [String: Int]
    /// Lower-cased "name owner id" per business, so a search keystroke does not lower-case 1,000
    /// strings again.
    public let businessSearchKeys: [String]
    /// Lower-cased names, so sorting compares prepared keys instead of lower-casing per comparison.
    public let businessNameKeys: [String]

    public init(
        regions: [Region], sectors: [Sector], businesses: [Business], cooperatives: [Cooperative],
        waves: [SurveyWave], responses: [SurveyResponse]
    ) {
        self.regions = regions
        self.sectors = sectors
        self.businesses = businesses
        self.cooperatives = cooperatives
        self.waves = waves
        self.responses = responses
        regionIndex = Dictionary(regions.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        sectorIndex = Dictionary(sectors.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        businessIndex = Dictionary(businesses.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        businessSearchKeys = businesses.map { "\($0.name) \($0.owner) \($0.id)".lowercased() }
        businessNameKeys = businesses.map { $0.name.lowercased() }
    }

    public func region(_ code: String) -> Region? { regionIndex[code].map { regions[$0] } }
    public func sector(_ key: String) -> Sector? { sectorIndex[key].map { sectors[$0] } }
    public func business(_ id: String) -> Business? { businessIndex[id].map { businesses[$0] } }

    /// Finds a sector by key or either language's name, as typed on the command line.
    public func findSector(_ text: String) -> Sector? { sectors.first { $0.matches(text) } }
    public func findRegion(_ text: String) -> Region? { regions.first { $0.matches(text) } }

    public func regionName(_ code: String, _ language: Language) -> String {
        region(code)?.displayName(language) ?? code
    }

    public func sectorName(_ key: String, _ language: Language) -> String {
        sector(key)?.name(language) ?? key
    }

    public func responses(inWave wave: String) -> [SurveyResponse] {
        responses.filter { $0.wave == wave }
    }
}
