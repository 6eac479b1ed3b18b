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
        let columns = businesses.columns
        switch grouping {
        case .sector:
            let counts = Self.tally(rows, codes: columns.sectorCodes, values: columns.sectorValues.count)
            return sectors.map { sector in
                GroupCount(group: sector.key, label: sector.name(language),
                           count: columns.sectorValues.firstIndex(of: sector.key).map { counts[$0] } ?? 0)
            }
        case .region:
            let counts = Self.tally(rows, codes: columns.regionCodes, values: columns.regionValues.count)
            return regions.map { region in
                GroupCount(group: region.code, label: region.displayName(language),
                           count: columns.regionValues.firstIndex(of: region.code).map { counts[$0] } ?? 0)
            }
        case .scale:
            var counts = [Int](repeating: 0, count: Scale.allCases.count)
            for row in rows { counts[Int(columns.scales[row])] += 1 }
            return Scale.allCases.enumerated().map { GroupCount(group: $1.rawValue, label: $1.label(language), count: counts[$0]) }
        case .channel:
            var counts = [Int](repeating: 0, count: Channel.allCases.count)
            for row in rows {
                if columns.channelLists.isEmpty || columns.channelLists[Int32(row)] == nil {
                    var mask = columns.channelMasks[row]
                    while mask != 0 {
                        counts[mask.trailingZeroBitCount] += 1
                        mask &= mask - 1
                    }
                } else {
                    for channel in columns.channels(row) { counts[Channel.allCases.firstIndex(of: channel) ?? 0] += 1 }
                }
            }
            return Channel.allCases.enumerated().map { GroupCount(group: $1.rawValue, label: $1.label(language), count: counts[$0]) }
        case .online:
            let online = rows.reduce(0) { $0 + Int(columns.online[$1]) }
            return [
                GroupCount(group: "yes", label: Localized(id: "daring", en: "online")(language), count: online),
                GroupCount(group: "no", label: Localized(id: "belum daring", en: "not online")(language), count: rows.count - online),
            ]
        }
    }

    private static func tally(_ rows: [Int], codes: ColumnBuffer<UInt16>, values: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: max(values, 1))
        counts.withUnsafeMutableBufferPointer { counts in
            for row in rows { counts[Int(codes[row])] += 1 }
        }
        return counts
    }
}
