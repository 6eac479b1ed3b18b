import Testing
@testable import SMEModel

/// The search index against the plain definition: a row matches when its lower-cased
/// "name owner id" contains the lower-cased needle.
@Suite struct BusinessSearchIndexTests {
    private static let registry: Registry = {
        var generator = SampleGenerator(settings: GeneratorSettings(businesses: 3_000, cooperatives: 2, responsesPerWave: 2, seed: 11))
        let sample = generator.makeRegistry()
        // A few names beyond ASCII, which are lower-cased as strings.
        var businesses = Array(sample.businesses)
        businesses[7].name = "Warung SATÉ Ibu Éka"
        businesses[8].name = "Toko Kue ÇİĞ"
        businesses[9].owner = "Ñoño Rahmat"
        return Registry(regions: sample.regions, sectors: sample.sectors, businesses: businesses,
                        cooperatives: sample.cooperatives, waves: sample.waves, responses: sample.responses)
    }()

    private func expected(_ needle: String) -> [Int32] {
        let list = Self.registry.businesses
        return list.indices.filter { row in
            let b = list[row]
            return "\(b.name) \(b.owner) \(b.id)".lowercased().contains(needle.lowercased())
        }.map(Int32.init)
    }

    private var index: BusinessSearchIndex { Self.registry.businesses.columns.searchIndex }

    @Test(arguments: ["a", "bakso", "warung", "umk-3273", "siti", "sat", "saté", "éka", "ñoño", "zzz", " ", "kue ç", "00012"])
    func matchesThePlainDefinition(_ needle: String) {
        #expect(index.rows(containing: Array(needle.lowercased().utf8)) == expected(needle))
    }

    @Test func narrowingFromAShorterSearchGivesTheSameRows() {
        let index = self.index
        let first = index.rows(containing: Array("wa".utf8))
        #expect(first == expected("wa"))
        // Many candidates (a merge with the whole scan) and few (one by one).
        #expect(index.rows(containing: Array("war".utf8), among: first) == expected("war"))
        let few = Array(first.prefix(20))
        #expect(index.rows(containing: Array("war".utf8), among: few) == few.filter { expected("war").contains($0) })
        #expect(index.filter(few.reversed(), containing: Array("war".utf8)) == few.reversed().filter { expected("war").contains($0) })
    }

    @Test func theNameKeyIsTheLowerCasedNameForSorting() {
        let list = Self.registry.businesses
        for row in [0, 7, 8, 2_999] {
            #expect(String(decoding: index.nameKey(row), as: UTF8.self) == list[row].name.lowercased())
        }
    }

    @Test func aNeedleWithAZeroByteMatchesNothing() {
        #expect(index.rows(containing: [UInt8(ascii: "a"), 0]).isEmpty)
        #expect(index.rows(containing: []).count == Self.registry.businesses.count)
    }
}
