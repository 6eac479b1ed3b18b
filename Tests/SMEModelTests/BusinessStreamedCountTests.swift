import Foundation
import Testing
@testable import SMEModel

/// A search and filter count read straight from the CSV gives exactly the full load's answer:
/// the same lower-casing (ASCII and otherwise), doubled quotes read as one, and it steps aside
/// (nil) when the full reader must report something.
@Suite struct BusinessStreamedCountTests {
    /// Rewrites some names: accented and Turkish capitals, a doubled quote, a search that spans
    /// the name and the owner.
    private func rewriteNames(_ data: DataFolder) throws {
        var lines = try String(contentsOfFile: data.businesses, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let names = ["\"Warung \"\"BAKSO\"\" Pak Kumis\"", "KEDAI BAKSÖ İBU", "Bakso Ñoño", "ÉCOLE DE BAKSO", "Toko Roti"]
        for index in stride(from: 1, to: lines.count - 1, by: 7) {
            var fields = lines[index].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[1] = names[index % names.count]
            lines[index] = fields.joined(separator: ",")
        }
        try lines.joined(separator: "\n").write(toFile: data.businesses, atomically: true, encoding: .utf8)
    }

    private func fullCount(_ registry: Registry, _ query: BusinessQuery, by grouping: BusinessGrouping) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: registry.count(query.matchingRows(in: registry), by: grouping, language: .en).map { ($0.group, $0.count) })
    }

    @Test func sameCountsAsTheFullLoad() throws {
        let (temporary, data) = try BusinessColumnCountTests.folder(businesses: 4_000, seed: 21)
        defer { withExtendedLifetime(temporary) {} }
        try rewriteNames(data)
        let registry = try data.loadRegistry([.businesses])
        let sectors = registry.sectors.map(\.key), regions = registry.regions.map(\.code)
        let sector = try #require(sectors.first), region = try #require(regions.dropFirst(3).first)
        let owner = registry.businesses[10].owner
        let cases: [(String, String?, String?)] = [
            ("bakso", nil, nil), ("BAKSO", sector, nil), ("baksö", nil, nil), ("i̇bu", nil, nil), ("\"bakso\"", nil, nil),
            ("a", nil, region), ("", sector, region), ("zzzq", nil, nil),
            (String(registry.businesses[10].name.suffix(3) + " " + owner.prefix(2)), nil, nil),
            (registry.businesses[20].id.lowercased(), nil, nil),
        ]
        var matched = 0
        for (search, sectorFilter, regionFilter) in cases {
            let query = BusinessQuery(sector: sectorFilter, region: regionFilter, search: search)
            for byRegion in [false, true] {
                let request = BusinessStreamedCount.Request(byRegion: byRegion, sectors: sectors, regions: regions,
                                                            sector: sectorFilter, region: regionFilter, search: search)
                let streamed = try #require(BusinessStreamedCount.count(data, request, pieceBytes: 8_192))
                let full = fullCount(registry, query, by: byRegion ? .region : .sector)
                #expect(streamed == full, "search \"\(search)\", sector \(sectorFilter ?? "-"), region \(regionFilter ?? "-")")
                matched += streamed.values.reduce(0, +)
            }
        }
        // The cases find something: a test that compares zeros with zeros proves little.
        #expect(matched > 1_000)
        let bakso = try #require(BusinessStreamedCount.count(data, .init(byRegion: false, sectors: sectors, regions: regions, search: "bakso")))
        // Three of the five rewritten names hold "bakso" (about 340 rows), besides the generated ones.
        let baksoTotal: Int = bakso.values.reduce(0, +)
        #expect(baksoTotal >= 340)
    }

    @Test func aBrokenIdOrUnknownRegionLeavesItToTheFullReader() throws {
        let (temporary, data) = try BusinessColumnCountTests.folder(businesses: 60, seed: 22)
        defer { withExtendedLifetime(temporary) {} }
        let registry = try data.loadRegistry([])
        let request = BusinessStreamedCount.Request(byRegion: true, sectors: registry.sectors.map(\.key),
                                                    regions: registry.regions.map(\.code), search: "zzzq")
        #expect(BusinessStreamedCount.count(data, request) != nil)
        for (column, value) in [(0, "../etc"), (6, "9999")] {
            var lines = try String(contentsOfFile: data.businesses, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let original = lines
            var fields = lines[5].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[column] = value
            lines[5] = fields.joined(separator: ",")
            try lines.joined(separator: "\n").write(toFile: data.businesses, atomically: true, encoding: .utf8)
            // Even though no record matches the search, every record is checked.
            #expect(BusinessStreamedCount.count(data, request) == nil, "column \(column) = \(value)")
            #expect(throws: DataFolderError.self) { try data.loadRegistry([.businesses]) }
            try original.joined(separator: "\n").write(toFile: data.businesses, atomically: true, encoding: .utf8)
        }
    }
}
