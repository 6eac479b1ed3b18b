/// Everything the office knows about the businesses, cooperatives and surveys, with lookups built
/// once at load time.
public struct Registry: Sendable, Equatable {
    public let regions: [Region]
    public let sectors: [Sector]
    /// Stored by column; subscripting makes a `Business`.
    public let businesses: BusinessList
    public let cooperatives: [Cooperative]
    public let waves: [SurveyWave]
    public let responses: [SurveyResponse]

    private let regionIndex: [String: Int]
    private let sectorIndex: [String: Int]

    public init(
        regions: [Region], sectors: [Sector], businesses: [Business], cooperatives: [Cooperative],
        waves: [SurveyWave], responses: [SurveyResponse]
    ) {
        self.init(
            regions: regions, sectors: sectors,
            businesses: BusinessList(businesses, sectorKeys: sectors.map(\.key), regionCodes: regions.map(\.code)),
            cooperatives: cooperatives, waves: waves, responses: responses)
    }

    public init(
        regions: [Region], sectors: [Sector], businesses: BusinessList, cooperatives: [Cooperative],
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
    }

    /// The same registry with a survey read later (the dashboard reads it after its first frame).
    public func withSurvey(waves: [SurveyWave], responses: [SurveyResponse]) -> Registry {
        Registry(regions: regions, sectors: sectors, businesses: businesses, cooperatives: cooperatives, waves: waves, responses: responses)
    }

    public func region(_ code: String) -> Region? { regionIndex[code].map { regions[$0] } }
    public func sector(_ key: String) -> Sector? { sectorIndex[key].map { sectors[$0] } }
    public func business(_ id: String) -> Business? { businesses.index(ofID: id).map { businesses[$0] } }
    /// The row of the business with this id in `businesses`.
    public func businessIndex(_ id: String) -> Int? { businesses.index(ofID: id) }

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
