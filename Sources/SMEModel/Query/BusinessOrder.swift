import Foundation

/// All business rows in the order of one sort field (ascending, ties by lower-cased name, then
/// by row), with each row's position in that order. Built once per field and kept, so a sort
/// change is a walk over this list instead of a sort.
struct BusinessOrder: Sendable {
    /// The fields with a fixed order; the SOP score order depends on the scores and is made per query.
    enum Key: Hashable, Sendable {
        case name, id, owner, sector, region, scale, employees, online, channels, yearFounded

        init?(_ field: BusinessSortField) {
            switch field {
            case .name: self = .name
            case .id: self = .id
            case .owner: self = .owner
            case .sector: self = .sector
            case .region: self = .region
            case .scale: self = .scale
            case .employees: self = .employees
            case .online: self = .online
            case .channels: self = .channels
            case .yearFounded: self = .yearFounded
            case .sopScore: return nil
            }
        }
    }

    /// Rows in ascending order.
    let rows: [Int32]
    private let rankSlot = BuildOnce<[Int32]>()

    /// `rank[row]` is the row's position in `rows`. Made when first asked for: only sorting a
    /// few matches and the score order use it, and at ten million rows each is 40 MB.
    var rank: [Int32] {
        rankSlot.value {
            var rank = [Int32](repeating: 0, count: rows.count)
            rank.withUnsafeMutableBufferPointer { rank in
                for (position, row) in rows.enumerated() { rank[Int(row)] = Int32(position) }
            }
            return rank
        }
    }

    init(rows: [Int32]) {
        self.rows = rows
    }

    /// The same order built once, not merely one with the same rows.
    func isSame(as other: BusinessOrder) -> Bool { rankSlot === other.rankSlot }

    init(_ key: Key, of columns: BusinessColumns) {
        switch key {
        case .name:
            let index = columns.searchIndex
            self.init(rows: ByteStringOrder.order(count: columns.count, keys: ByteStringOrder.Keys(
                bytes: index.keys.base, starts: index.starts.base, ends: index.nameEnds.base, stride: 1)))
        case .id:
            let width = BusinessColumns.textFieldCount * 2
            self.init(rows: ByteStringOrder.order(count: columns.count, keys: ByteStringOrder.Keys(
                bytes: columns.text.base, starts: columns.spans.base, ends: columns.spans.base + 1, stride: width)))
        case .owner:
            var arena: [UInt8] = []
            let starts = ColumnBuffer<UInt32>(uninitializedCount: columns.count + 1)
            starts[0] = 0
            for row in 0..<columns.count {
                arena.append(contentsOf: columns.string(row, .owner).lowercased().utf8)
                starts[row + 1] = UInt32(truncatingIfNeeded: arena.count)
            }
            let text = ColumnBuffer(arena)
            let keys = ByteStringOrder.Keys(bytes: text.base, starts: starts.base, ends: starts.base + 1, stride: 1)
            let byOwner = ByteStringOrder.order(count: columns.count, keys: keys)
            // Ties by name: number the distinct owners, then bucket the name order by them.
            var groupOf = [Int](repeating: 0, count: columns.count)
            var group = 0
            for (position, row) in byOwner.enumerated() {
                if position > 0 {
                    let (a, x) = keys.range(row), (b, y) = keys.range(byOwner[position - 1])
                    if x != y || memcmp(text.base + a, text.base + b, x) != 0 { group += 1 }
                }
                groupOf[Int(row)] = group
            }
            self.init(rows: Self.buckets(columns.order(.name).rows, count: group + 1) { groupOf[$0] })
        case .sector:
            let ranks = Self.textRanks(columns.sectorValues)
            self.init(rows: Self.buckets(columns.order(.name).rows, count: ranks.count) { ranks[Int(columns.sectorCodes[$0])] })
        case .region:
            let ranks = Self.textRanks(columns.regionValues)
            self.init(rows: Self.buckets(columns.order(.name).rows, count: ranks.count) { ranks[Int(columns.regionCodes[$0])] })
        case .scale:
            self.init(rows: Self.buckets(columns.order(.name).rows, count: Scale.allCases.count) { Int(columns.scales[$0]) })
        case .online:
            self.init(rows: Self.buckets(columns.order(.name).rows, count: 2) { Int(columns.online[$0]) })
        case .channels:
            self.init(rows: Self.buckets(columns.order(.name).rows, count: Channel.allCases.count * 4 + 1) {
                min(columns.channelCount($0), Channel.allCases.count * 4)
            })
        case .employees, .yearFounded:
            let field: BusinessColumns.NumberField = key == .employees ? .employees : .yearFounded
            self.init(rows: Self.byNumber(columns, field))
        }
    }

    /// Code ranks of a value table in lower-cased text order.
    private static func textRanks(_ values: [String]) -> [Int] {
        let sorted = values.indices.sorted { a, b in
            let x = values[a].lowercased(), y = values[b].lowercased()
            return x == y ? a < b : x < y
        }
        var ranks = [Int](repeating: 0, count: values.count)
        var rank = 0
        for (position, code) in sorted.enumerated() {
            if position > 0 && values[sorted[position - 1]].lowercased() != values[code].lowercased() { rank += 1 }
            ranks[code] = rank
        }
        return ranks
    }

    /// A stable counting sort of `order` by a small bucket number.
    static func buckets(_ order: [Int32], count: Int, bucket: (Int) -> Int) -> [Int32] {
        var counts = [Int](repeating: 0, count: count + 1)
        for row in order { counts[bucket(Int(row)) + 1] += 1 }
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        var out = [Int32](repeating: 0, count: order.count)
        out.withUnsafeMutableBufferPointer { out in
            for row in order {
                let b = bucket(Int(row))
                out[counts[b]] = row
                counts[b] += 1
            }
        }
        return out
    }

    /// Rows by a number column, ties in name order: a counting sort when the values span a small
    /// range (years, staff counts), a comparison sort otherwise.
    private static func byNumber(_ columns: BusinessColumns, _ field: BusinessColumns.NumberField) -> [Int32] {
        let names = columns.order(.name).rows
        let values = (0..<columns.count).map { columns.number($0, field) ?? 0 }
        guard let low = values.min(), let high = values.max() else { return [] }
        let (span, overflow) = high.subtractingReportingOverflow(low)
        if !overflow && span < 1 << 20 {
            return buckets(names, count: high - low + 1) { values[$0] - low }
        }
        let nameRank = BusinessOrder(rows: names).rank
        return (0..<Int32(columns.count)).sorted { a, b in
            let x = values[Int(a)], y = values[Int(b)]
            return x != y ? x < y : nameRank[Int(a)] < nameRank[Int(b)]
        }
    }
}
