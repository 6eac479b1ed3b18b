import Foundation
import Testing
@testable import SMEModel

/// The column store's queries, orders, counts and lookups against plain loops over `Business`
/// values (the implementation they replaced), on a generated registry with some awkward names.
@Suite struct ColumnarQueryTests {
    static let registry: Registry = {
        var generator = SampleGenerator(settings: GeneratorSettings(businesses: 2500, cooperatives: 0, responsesPerWave: 0, seed: 41))
        let generated = generator.makeRegistry()
        var businesses = Array(generated.businesses)
        let odd = ["Émile Café", "émile café", "ZEBRA", "zebra", "Zebra ", "Ölbrot", "Σοφία", "a", "A", "", "warung"]
        for (index, name) in odd.enumerated() {
            var business = businesses[index]
            business.id = "X-\(index)"
            business.name = name
            business.owner = index % 2 == 0 ? "Ibu Siti" : "BAPAK ASEP"
            business.channels = index % 3 == 0 ? [.instagram, .whatsapp] : []
            business.employees = index % 2 == 0 ? 3_000_000_000 : 4
            businesses.append(business)
        }
        return Registry(regions: generated.regions, sectors: generated.sectors, businesses: businesses,
                        cooperatives: [], waves: [], responses: [])
    }()

    static let all = Array(registry.businesses)

    /// The query as the old code ran it: a filter over `Business` values and a comparison sort.
    private func naive(_ query: BusinessQuery, scores: [Double?] = []) -> [Int] {
        let rows = Self.all.indices.filter { index in
            let b = Self.all[index]
            return query.matches(b, searchKey: "\(b.name) \(b.owner) \(b.id)".lowercased())
        }
        return naiveSorted(rows, query, scores: scores)
    }

    private func naiveSorted(_ rows: [Int], _ query: BusinessQuery, scores: [Double?]) -> [Int] {
        let names = Self.all.map { $0.name.lowercased() }
        func compare(_ x: String, _ y: String) -> Bool? {
            let lx = x.lowercased(), ly = y.lowercased()
            return lx == ly ? nil : lx < ly
        }
        func tieBreak(_ primary: Bool?, _ a: Int, _ b: Int) -> Bool {
            if let primary { return primary }
            return names[a] == names[b] ? a < b : names[a] < names[b]
        }
        let ascending = rows.sorted { a, b in
            let x = Self.all[a], y = Self.all[b]
            switch query.sort {
            case .name: return tieBreak(nil, a, b)
            case .id: return x.id == y.id ? a < b : x.id < y.id
            case .owner: return tieBreak(compare(x.owner, y.owner), a, b)
            case .sector: return tieBreak(compare(x.sector, y.sector), a, b)
            case .region: return tieBreak(compare(x.region, y.region), a, b)
            case .scale: return tieBreak(x.scale == y.scale ? nil : x.scale < y.scale, a, b)
            case .employees: return tieBreak(x.employees == y.employees ? nil : x.employees < y.employees, a, b)
            case .online: return tieBreak(x.online == y.online ? nil : !x.online, a, b)
            case .channels: return tieBreak(x.channels.count == y.channels.count ? nil : x.channels.count < y.channels.count, a, b)
            case .yearFounded: return tieBreak(x.yearFounded == y.yearFounded ? nil : x.yearFounded < y.yearFounded, a, b)
            case .sopScore:
                let sx = a < scores.count ? scores[a] : nil, sy = b < scores.count ? scores[b] : nil
                switch (sx, sy) {
                case let (l?, r?): return tieBreak(l == r ? nil : l < r, a, b)
                case (nil, nil): return tieBreak(nil, a, b)
                case (_?, nil): return !query.descending
                case (nil, _?): return query.descending
                }
            }
        }
        return query.descending ? ascending.reversed() : ascending
    }

    static let queries: [BusinessQuery] = [
        BusinessQuery(),
        BusinessQuery(sector: "food"),
        BusinessQuery(region: "3273", online: true),
        BusinessQuery(scale: .small, channel: .whatsapp),
        BusinessQuery(search: "siti"),
        BusinessQuery(search: "ÉMILE"),
        BusinessQuery(sector: "tailoring", search: "a"),
        BusinessQuery(sector: "no-such-sector"),
        BusinessQuery(search: "zz-not-there"),
    ]

    @Test(arguments: BusinessSortField.allCases)
    func everySortBothWaysMatchesTheComparisonSort(sort: BusinessSortField) {
        var random = SeededRandom(seed: 3)
        let scores: [Double?] = Self.all.indices.map { _ in random.chance(0.1) ? Double(random.int(0...4)) / 4 : nil }
        for var query in Self.queries {
            query.sort = sort
            for descending in [false, true] {
                query.descending = descending
                #expect(query.run(on: Self.registry, scores: RowScores(scores)) == naive(query, scores: scores), "\(query)")
            }
        }
    }

    @Test func sortingASubsetMatchesTheComparisonSort() {
        var random = SeededRandom(seed: 8)
        let subset = Self.all.indices.filter { _ in random.chance(0.01) }
        for sort in BusinessSortField.allCases {
            let query = BusinessQuery(sort: sort, descending: sort == .region)
            #expect(query.sorted(subset, in: Self.registry) == naiveSorted(subset, query, scores: []), "\(sort)")
        }
    }

    /// The passes over rows and over an order split into pieces on all cores at province scale;
    /// small pieces make this registry take that path, with the same answers.
    @Test func piecesOnSeveralCoresGiveTheSameSelection() {
        var random = SeededRandom(seed: 5)
        let scores: [Double?] = Self.all.indices.map { _ in random.chance(0.1) ? Double(random.int(0...4)) / 4 : nil }
        for var query in Self.queries {
            for sort in [BusinessSortField.name, .region, .sopScore] {
                query.sort = sort
                for descending in [false, true] {
                    query.descending = descending
                    let whole = query.select(in: Self.registry, scores: RowScores(scores))
                    let split = BusinessQuery.$rowsPerPiece.withValue(7) { query.select(in: Self.registry, scores: RowScores(scores)) }
                    #expect(split == whole, "\(query)")
                    #expect(split.rows == naive(query, scores: scores), "\(query)")
                }
            }
        }
    }

    @Test func selectionCountsEachSectorUnderTheOtherFilters() {
        for query in Self.queries {
            let selection = query.select(in: Self.registry)
            var withoutSector = query
            withoutSector.sector = nil
            let others = naive(withoutSector)
            #expect(selection.rows == naive(query))
            #expect(selection.allSectorsCount == others.count)
            #expect(selection.sectorCounts == Self.registry.sectors.map { sector in others.count { Self.all[$0].sector == sector.key } })
        }
    }

    @Test func narrowingAndSearchMatchesEqualFreshRuns() {
        let short = BusinessQuery(search: "a")
        let long = BusinessQuery(search: "ay")
        #expect(long.narrowing(short.run(on: Self.registry), in: Self.registry) == long.run(on: Self.registry))
        let earlier = short.searchMatches(in: Self.registry)
        #expect(long.searchMatches(in: Self.registry, narrowing: earlier) == long.searchMatches(in: Self.registry))
        let matches = long.searchMatches(in: Self.registry) ?? []
        #expect(long.select(in: Self.registry, searchMatches: matches).rows == naive(long))
    }

    @Test(arguments: BusinessGrouping.allCases)
    func countsMatchPlainLoops(grouping: BusinessGrouping) {
        let rows = BusinessQuery(online: true).matchingRows(in: Self.registry)
        let counts = Self.registry.count(rows, by: grouping, language: .en)
        for count in counts {
            let expected = rows.reduce(0) { total, row in
                let b = Self.all[row]
                switch grouping {
                case .sector: return total + (b.sector == count.group ? 1 : 0)
                case .region: return total + (b.region == count.group ? 1 : 0)
                case .scale: return total + (b.scale.rawValue == count.group ? 1 : 0)
                case .channel: return total + b.channels.count { $0.rawValue == count.group }
                case .online: return total + ((b.online ? "yes" : "no") == count.group ? 1 : 0)
                }
            }
            #expect(count.count == expected, "\(grouping) \(count.group)")
        }
    }

    @Test func everyIdIsFoundAndOthersAreNot() {
        for (row, business) in Self.all.enumerated() {
            #expect(Self.registry.businessIndex(business.id) == row)
        }
        #expect(Self.registry.business("no-such-id") == nil)
        #expect(Self.registry.business("X-5")?.name == "Ölbrot")
    }

    @Test func columnsGiveBackTheValuesTheyStored() {
        #expect(Self.all.last?.channels == [])
        #expect(Self.registry.businesses.first { $0.id == "X-0" }?.channels == [.instagram, .whatsapp])
        #expect(Self.registry.businesses.first { $0.id == "X-0" }?.employees == 3_000_000_000)
        #expect(Self.registry.businesses.rows(inSectors: ["salon"]).allSatisfy { Self.all[$0].sector == "salon" })
    }
}

@Suite struct ByteStringOrderTests {
    @Test func ordersByBytesThenLengthThenRow() {
        var random = SeededRandom(seed: 12)
        let alphabet: [UInt8] = [0, 1, 65, 97, 98, 0xC3, 0xFF]
        var keys: [[UInt8]] = []
        for _ in 0..<3000 {
            let prefix = random.chance(0.5) ? Array("warung nasi ".utf8) : []
            keys.append(prefix + (0..<random.int(0...20)).map { _ in alphabet[random.int(0...(alphabet.count - 1))] })
        }
        var text: [UInt8] = []
        var starts: [UInt32] = []
        for key in keys {
            starts.append(UInt32(text.count))
            text += key
        }
        starts.append(UInt32(text.count))
        let order = text.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                ByteStringOrder.order(count: keys.count, keys: ByteStringOrder.Keys(
                    bytes: bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!, starts: starts.baseAddress!, ends: starts.baseAddress! + 1, stride: 1))
            }
        }
        let expected = keys.indices.sorted { a, b in
            keys[a].lexicographicallyPrecedes(keys[b]) || (keys[a] == keys[b] && a < b)
        }
        #expect(order.map { Int($0) } == expected)
    }
}
