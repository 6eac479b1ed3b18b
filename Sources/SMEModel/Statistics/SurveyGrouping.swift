/// How survey tables split respondents. Channels are not a grouping: a business can sell on
/// several, so they get their own table (`SurveyAnalysis.channelShares()`).
public enum SurveyGrouping: String, CaseIterable, Sendable {
    case total, sector, region, scale

    /// The group key of the overall row in every table.
    public static let totalKey = "total"

    public var label: Localized {
        switch self {
        case .total: Localized(id: "total", en: "total")
        case .sector: Localized(id: "sektor", en: "sector")
        case .region: Localized(id: "kabupaten/kota", en: "regency/city")
        case .scale: Localized(id: "skala usaha", en: "business size")
        }
    }

    /// The key of the group `response` falls in: its sector key, region code or scale, as recorded
    /// at survey time.
    public func key(of response: SurveyResponse) -> String {
        switch self {
        case .total: SurveyGrouping.totalKey
        case .sector: response.sector
        case .region: response.region
        case .scale: response.scale.rawValue
        }
    }

    /// Orders `keys`: those in `preferred` first in its order, then the rest in the grouping's
    /// natural order (size for scale, the key otherwise). Keys in `preferred` but not in `keys`
    /// are dropped, so tables never invent empty groups.
    public func ordered(_ keys: some Sequence<String>, preferred: [String] = []) -> [String] {
        let present = Set(keys)
        var seen = Set<String>()
        let first = preferred.filter { present.contains($0) && seen.insert($0).inserted }
        let natural = self == .scale ? Scale.allCases.map(\.rawValue) : []
        let rest = present.subtracting(first).sorted { lhs, rhs in
            let left = natural.firstIndex(of: lhs) ?? natural.count
            let right = natural.firstIndex(of: rhs) ?? natural.count
            return left != right ? left < right : lhs < rhs
        }
        return first + rest
    }
}
