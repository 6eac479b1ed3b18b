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
                    #expect(Array(split.rows) == naive(query, scores: scores), "\(query)")
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
            #expect(Array(selection.rows) == naive(query))
            #expect(selection.allSectorsCount == others.count)
            #expect(selection.sectorCounts == Self.registry.sectors.map { sector in others.count { Self.all[$0].sector == sector.key } })
        }
    }

    static var severalRegions: BusinessQuery {
        var query = BusinessQuery(channel: .whatsapp)
        query.regions = ["3273", "3204", "3201"]
        return query
    }

    /// A filtered or searched list is walked as the screen asks for rows: from the top, from the
    /// bottom, in the middle after both, and a row's position; all as the full sort says.
    @Test func aWalkedSelectionAnswersInAnyOrderOfLooking() throws {
        let filtered: [BusinessQuery] = [
            BusinessQuery(online: true), BusinessQuery(sector: "food", scale: .micro),
            BusinessQuery(channel: .whatsapp), BusinessQuery(region: "3273", online: false),
            BusinessQuery(search: "a"), BusinessQuery(sector: "food", search: "an"),
        ]
        var random = SeededRandom(seed: 11)
        let scores: [Double?] = Self.all.indices.map { _ in random.chance(0.05) ? Double(random.int(0...4)) / 4 : nil }
        for var query in filtered + [Self.severalRegions] {
            for (sort, descending) in [(BusinessSortField.name, false), (.region, true), (.employees, false), (.sopScore, true), (.sopScore, false)] {
                query.sort = sort
                query.descending = descending
                let expected = naive(query, scores: scores)
                let rows = query.select(in: Self.registry, scores: RowScores(scores)).rows
                // A search sorted by score is the one listed in full.
                switch rows.source {
                case .walk, .scored: break
                case .list where !query.search.isEmpty && sort == .sopScore: break
                default:
                    Issue.record("\(query) sorted by \(sort) was not walked")
                    continue
                }
                #expect(rows.count == expected.count)
                let probes = [expected.count - 1, 0, expected.count / 2, 1, expected.count - 2, expected.count / 3]
                for position in probes where expected.indices.contains(position) {
                    #expect(rows[position] == expected[position], "\(query) at \(position)")
                }
                #expect(Array(rows) == expected, "\(query)")
                // A bounded look does not walk to the last row; an unbounded one does.
                let bounded = query.select(in: Self.registry, scores: RowScores(scores)).rows
                if case .walk = bounded.source, let last = expected.last, expected.count > 10 {
                    #expect(bounded.position(of: last, within: 5) == nil)
                }
                let fresh = query.select(in: Self.registry, scores: RowScores(scores)).rows
                for position in [expected.count - 1, expected.count / 2, 0] where expected.indices.contains(position) {
                    #expect(fresh.position(of: expected[position]) == position, "\(query): position of row \(expected[position])")
                }
                let missing = try #require(Self.all.indices.first { !expected.contains($0) })
                #expect(fresh.position(of: missing) == nil)
            }
        }
    }

    @Test func narrowingAndSearchMatchesEqualFreshRuns() throws {
        let short = BusinessQuery(search: "a")
        let long = BusinessQuery(search: "ay")
        #expect(long.narrowing(short.run(on: Self.registry), in: Self.registry) == long.run(on: Self.registry))
        let earlier = short.searchMatches(in: Self.registry)
        #expect(long.searchMatches(in: Self.registry, narrowing: earlier) == long.searchMatches(in: Self.registry))
        // Few enough earlier matches are checked one by one, in pieces on several cores: the
        // matches stay ascending and the same.
        let pairs = [("bu", "bu "), ("wa", "war"), ("ni", "nin"), ("ay", "aya"), ("ka", "kat"), ("ja", "jay")]
        let (few, longer) = try #require(pairs.map { (BusinessQuery(search: $0), BusinessQuery(search: $1)) }.first { short, long in
            let count = short.searchMatches(in: Self.registry)?.count ?? 0
            return count * 4 < Self.all.count && (long.searchMatches(in: Self.registry)?.count ?? 0) >= 5
        })
        let fewMatches = few.searchMatches(in: Self.registry)
        let split = BusinessQuery.$rowsPerPiece.withValue(7) { longer.searchMatches(in: Self.registry, narrowing: fewMatches) }
        #expect(split == longer.searchMatches(in: Self.registry))
        let matches = long.searchMatches(in: Self.registry) ?? []
        #expect(long.select(in: Self.registry, searchMatches: matches).rows.elementsEqual(naive(long)))
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
