import Foundation
import Testing
@testable import SMEModel

/// The one-column count gives exactly the full loader's counts, and steps aside (nil) whenever
/// the full reader must speak: a value that is not a known code, a broken record.
@Suite struct BusinessColumnCountTests {
    /// A generated data folder in a temporary folder (kept alive by the first element).
    static func folder(businesses: Int, seed: UInt64) throws -> (TemporaryFolder, DataFolder) {
        let folder = try TemporaryFolder()
        var generator = SampleGenerator(settings: GeneratorSettings(businesses: businesses, cooperatives: 1, responsesPerWave: 1, seed: seed))
        let data = DataFolder(root: folder.path)
        try DataFolderWriter.write(generator.makeRegistry(), to: data, overwrite: false)
        return (folder, data)
    }

    @Test(arguments: [(300, UInt64(3)), (20_000, UInt64(5))])
    func sameCountsAsTheFullLoad(_ businesses: Int, _ seed: UInt64) throws {
        let (temporary, data) = try Self.folder(businesses: businesses, seed: seed)
        defer { withExtendedLifetime(temporary) {} }
        let registry = try data.loadRegistry([.businesses])
        let all = Array(registry.businesses.indices)
        for (column, grouping, codes) in [("sector", BusinessGrouping.sector, registry.sectors.map(\.key)),
                                          ("region", .region, registry.regions.map(\.code))] {
            let fast = try #require(BusinessColumnCount.count(data, column: column, codes: codes))
            let full = Dictionary(uniqueKeysWithValues: registry.count(all, by: grouping, language: .en).map { ($0.group, $0.count) })
            #expect(fast == full, "\(column)")
            #expect(fast.values.reduce(0, +) == businesses)
        }
    }

    /// Quoted names with commas and doubled quotes do not shift the counted column.
    @Test func quotedFieldsKeepTheColumns() throws {
        let (temporary, data) = try Self.folder(businesses: 50, seed: 7)
        defer { withExtendedLifetime(temporary) {} }
        var text = try String(contentsOfFile: data.businesses, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var fields = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[1] = "\"Warung \"\"Bu Siti\"\", Cabang 2\""
        text = ([lines[0], Substring(fields.joined(separator: ","))] + lines.dropFirst(2)).joined(separator: "\n")
        try text.write(toFile: data.businesses, atomically: true, encoding: .utf8)
        let registry = try data.loadRegistry([.businesses])
        let fast = try #require(BusinessColumnCount.count(data, column: "sector", codes: registry.sectors.map(\.key)))
        let full = Dictionary(uniqueKeysWithValues: registry.count(Array(registry.businesses.indices), by: .sector, language: .en).map { ($0.group, $0.count) })
        #expect(fast == full)
    }

    @Test func anUnknownCodeLeavesItToTheFullReader() throws {
        let (temporary, data) = try Self.folder(businesses: 50, seed: 8)
        defer { withExtendedLifetime(temporary) {} }
        let registry = try data.loadRegistry([])
        var text = try String(contentsOfFile: data.businesses, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var fields = lines[3].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[5] = "bakery"
        text = (lines[0..<3] + [Substring(fields.joined(separator: ","))] + lines.dropFirst(4)).joined(separator: "\n")
        try text.write(toFile: data.businesses, atomically: true, encoding: .utf8)
        #expect(BusinessColumnCount.count(data, column: "sector", codes: registry.sectors.map(\.key)) == nil)
        #expect(throws: DataFolderError.self) { try data.loadRegistry([.businesses]) }
    }

    /// Pieces of a few kilobytes: records cut across pieces are counted once, whatever the line ends.
    @Test(arguments: [false, true])
    func smallPiecesCountEveryRecordOnce(_ crlf: Bool) throws {
        let (temporary, data) = try Self.folder(businesses: 3_000, seed: 11)
        defer { withExtendedLifetime(temporary) {} }
        if crlf {
            let text = try String(contentsOfFile: data.businesses, encoding: .utf8)
            try text.replacingOccurrences(of: "\n", with: "\r\n").write(toFile: data.businesses, atomically: true, encoding: .utf8)
        }
        let registry = try data.loadRegistry([.businesses])
        let full = Dictionary(uniqueKeysWithValues: registry.count(Array(registry.businesses.indices), by: .region, language: .en).map { ($0.group, $0.count) })
        for piece in [1_000, 4_096, 65_536] {
            let fast = try #require(BusinessColumnCount.count(data, column: "region", codes: registry.regions.map(\.code), pieceBytes: piece))
            #expect(fast == full, "pieces of \(piece) bytes")
        }
    }

    /// A line break inside a quoted name can put a piece boundary inside a record: the count then
    /// steps aside rather than count a half record, and the full reader reads the file.
    @Test func aQuotedLineBreakAtAPieceBoundaryLeavesItToTheFullReader() throws {
        let (temporary, data) = try Self.folder(businesses: 400, seed: 12)
        defer { withExtendedLifetime(temporary) {} }
        var lines = try String(contentsOfFile: data.businesses, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in stride(from: 1, to: lines.count - 1, by: 2) {
            var fields = lines[index].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[1] = "\"Warung\nCabang \(index)\""
            lines[index] = fields.joined(separator: ",")
        }
        try lines.joined(separator: "\n").write(toFile: data.businesses, atomically: true, encoding: .utf8)
        let registry = try data.loadRegistry([.businesses])
        let codes = registry.sectors.map(\.key)
        #expect(BusinessColumnCount.count(data, column: "sector", codes: codes, pieceBytes: 1_000) == nil)
        // In one piece the quoted line breaks are read as the full reader reads them.
        let whole = try #require(BusinessColumnCount.count(data, column: "sector", codes: codes, pieceBytes: 1 << 20))
        let full = Dictionary(uniqueKeysWithValues: registry.count(Array(registry.businesses.indices), by: .sector, language: .en).map { ($0.group, $0.count) })
        #expect(whole == full)
    }
}
