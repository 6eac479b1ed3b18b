/// What a list of businesses can be counted by.
public enum BusinessGrouping: String, CaseIterable, Sendable, Codable {
    case sector, region, scale, channel, online
}

/// One row of a count: the group's stable key, its display label and how many fall in it.
public struct GroupCount: Hashable, Sendable, Codable {
    public var group: String
    public var label: String
    public var count: Int

    public init(group: String, label: String, count: Int) {
        self.group = group
        self.label = label
        self.count = count
    }
}

extension Registry {
    /// Counts the given businesses (indices) per group, listing every known group, zeros included,
    /// in the registry's order. A business with several channels counts once per channel.
    public func count(_ rows: [Int], by grouping: BusinessGrouping, language: Language) -> [GroupCount] {
        switch grouping {
        case .sector:
            var counts: [String: Int] = [:]
            for row in rows { counts[businesses[row].sector, default: 0] += 1 }
            return sectors.map { GroupCount(group: $0.key, label: $0.name(language), count: counts[$0.key] ?? 0) }
        case .region:
            var counts: [String: Int] = [:]
            for row in rows { counts[businesses[row].region, default: 0] += 1 }
            return regions.map { GroupCount(group: $0.code, label: $0.displayName(language), count: counts[$0.code] ?? 0) }
        case .scale:
            var counts: [Scale: Int] = [:]
            for row in rows { counts[businesses[row].scale, default: 0] += 1 }
            return Scale.allCases.map { GroupCount(group: $0.rawValue, label: $0.label(language), count: counts[$0] ?? 0) }
        case .channel:
            var counts: [Channel: Int] = [:]
            for row in rows { for channel in businesses[row].channels { counts[channel, default: 0] += 1 } }
            return Channel.allCases.map { GroupCount(group: $0.rawValue, label: $0.label(language), count: counts[$0] ?? 0) }
        case .online:
            let online = rows.reduce(0) { $0 + (businesses[$1].online ? 1 : 0) }
            return [
                GroupCount(group: "yes", label: Localized(id: "daring", en: "online")(language), count: online),
                GroupCount(group: "no", label: Localized(id: "belum daring", en: "not online")(language), count: rows.count - online),
            ]
        }
    }
}
