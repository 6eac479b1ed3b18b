import Foundation
import Testing
@testable import SMEModel

/// The Open Data Jabar table: written in the portal's columns and read back as official counts,
/// by code or by the portal's upper-case names.
@Suite struct OpenDataTableTests {
    static let registry: Registry = {
        var generator = SampleGenerator(settings: GeneratorSettings(businesses: 300, cooperatives: 1, responsesPerWave: 1, seed: 21))
        return generator.makeRegistry()
    }()

    @Test func theTableHasThePortalsColumnsAndTheRegistrysCounts() throws {
        let rows = OpenDataTable.rows(Self.registry, bySector: true, year: 2023)
        #expect(rows.count == Self.registry.regions.count * Self.registry.sectors.count)
        #expect(rows.reduce(0) { $0 + $1.count } == 300)
        let text = String(decoding: OpenDataTable.csv(rows), as: UTF8.self)
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines[0] == "kode_provinsi,nama_provinsi,kode_kabupaten_kota,nama_kabupaten_kota,kategori_usaha,jumlah_umkm,satuan,tahun")
        let bogorFood = Self.registry.businesses.count { $0.region == "3201" && $0.sector == "food" }
        #expect(lines[1] == "32,JAWA BARAT,3201,KABUPATEN BOGOR,KULINER,\(bogorFood),UNIT,2023")
        let byRegion = String(decoding: OpenDataTable.csv(OpenDataTable.rows(Self.registry, bySector: false, year: 2023)), as: UTF8.self)
        #expect(byRegion.hasPrefix("kode_provinsi,nama_provinsi,kode_kabupaten_kota,nama_kabupaten_kota,jumlah_umkm,satuan,tahun\r\n"))
    }

    @Test func officialCountsRoundTripAndSumOverCategories() throws {
        let bytes = OpenDataTable.csv(OpenDataTable.rows(Self.registry, bySector: true, year: 2023))
        let (rows, _) = try ImportFileReader.csvRows(bytes, source: "od.csv")
        let counts = try OpenDataTable.officialCounts(rows, source: "od.csv", regions: Self.registry.regions)
        #expect(counts["3201"] == Self.registry.businesses.count { $0.region == "3201" })
        #expect(counts.values.reduce(0, +) == 300)
        let coverage = RegistryCoverage.rows(Self.registry, official: counts.mapValues { $0 * 4 })
        #expect(coverage.allSatisfy { $0.official == 0 || $0.share == 0.25 })
        #expect(try RegistryCoverage.decode(RegistryCoverage.encode(counts), file: "c.csv") == counts)
    }

    @Test func namesWithoutCodesAreReadWithTheRegionNormaliser() throws {
        let rows = [["nama_kabupaten_kota", "jumlah_umkm"], ["KABUPATEN GARUT", "123.456"], ["KOTA BANDUNG", "7"], ["BANDUNG", "1"]]
        do {
            _ = try OpenDataTable.officialCounts(rows, source: "portal.csv", regions: Self.registry.regions)
            Issue.record("the ambiguous BANDUNG was accepted")
        } catch {
            #expect(error.description(.en).hasPrefix("portal.csv row 4, column \"nama_kabupaten_kota\": region \"BANDUNG\" is ambiguous"))
        }
        let counts = try OpenDataTable.officialCounts(Array(rows.prefix(3)), source: "portal.csv", regions: Self.registry.regions)
        #expect(counts == ["3205": 123_456, "3273": 7])
    }
}
