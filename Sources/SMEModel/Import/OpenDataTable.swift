import Foundation

/// The column layout Open Data Jabar publishes counts of small businesses in, for the aggregates
/// the office publishes and for the official counts it reads back: `kode_provinsi, nama_provinsi,
/// kode_kabupaten_kota, nama_kabupaten_kota, kategori_usaha, jumlah_umkm, satuan, tahun`, names in
/// the portal's upper case.
public enum OpenDataTable {
    public static let header = ["kode_provinsi", "nama_provinsi", "kode_kabupaten_kota", "nama_kabupaten_kota",
                                "kategori_usaha", "jumlah_umkm", "satuan", "tahun"]
    public static let provinceCode = "32"
    public static let provinceName = "JAWA BARAT"

    /// One row of the table.
    public struct Row: Equatable, Sendable {
        public var regionCode: String
        public var regionName: String
        /// Nil for a table by region only.
        public var category: String?
        public var count: Int
        public var year: Int
    }

    /// Counts of the registry by region, and by sector within region when `bySector`.
    public static func rows(_ registry: Registry, bySector: Bool, year: Int) -> [Row] {
        let list = registry.businesses
        var counts: [String: Int] = [:]
        for business in list { counts[bySector ? business.region + "|" + business.sector : business.region, default: 0] += 1 }
        var out: [Row] = []
        for region in registry.regions {
            let name = region.name.uppercased()
            if bySector {
                for sector in registry.sectors {
                    out.append(Row(regionCode: region.code, regionName: name, category: sector.name.id.uppercased(),
                                   count: counts[region.code + "|" + sector.key] ?? 0, year: year))
                }
            } else {
                out.append(Row(regionCode: region.code, regionName: name, category: nil, count: counts[region.code] ?? 0, year: year))
            }
        }
        return out
    }

    /// The CSV the portal takes (comma, UTF-8, no byte order mark), with the publishing caveat.
    public static func csv(_ rows: [Row]) -> [UInt8] {
        var writer = CSVWriter(profile: .rfc4180)
        let byCategory = rows.contains { $0.category != nil }
        writer.row(byCategory ? header : header.filter { $0 != "kategori_usaha" })
        for row in rows {
            var cells = [provinceCode, provinceName, row.regionCode, row.regionName]
            if byCategory { cells.append(row.category ?? "") }
            cells += [String(row.count), "UNIT", String(row.year)]
            writer.row(cells)
        }
        return writer.bytes
    }

    /// Official counts read back from such a table (a portal download or the office's own): the
    /// total per region code, summed over categories. Region names are read with the one region
    /// normaliser when the code column is missing; every problem names its row.
    public static func officialCounts(_ rows: [[String]], source: String, regions: [Region]) throws(ImportError) -> [String: Int] {
        guard let head = rows.first else {
            throw ImportError(source: source, row: nil, column: nil, message: Localized(id: "berkas kosong", en: "the file is empty"))
        }
        let columns = head.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let countColumn = columns.firstIndex(of: "jumlah_umkm") ?? columns.firstIndex(of: "proyeksi_jumlah_umkm")
        let codeColumn = columns.firstIndex(of: "kode_kabupaten_kota")
        let nameColumn = columns.firstIndex(of: "nama_kabupaten_kota")
        guard let countColumn, codeColumn != nil || nameColumn != nil else {
            throw ImportError(source: source, row: 1, column: nil, message: Localized(
                id: "kolom jumlah_umkm dan kode_kabupaten_kota (atau nama_kabupaten_kota) diperlukan",
                en: "the columns jumlah_umkm and kode_kabupaten_kota (or nama_kabupaten_kota) are needed"))
        }
        let normaliser = RegionNormaliser(regions: regions)
        var counts: [String: Int] = [:]
        for (index, row) in rows.enumerated().dropFirst() where !row.allSatisfy({ $0.isEmpty }) {
            let cell = { (column: Int?) in column.flatMap { $0 < row.count ? row[$0].trimmingCharacters(in: .whitespaces) : nil } ?? "" }
            let text = cell(codeColumn).isEmpty ? cell(nameColumn) : cell(codeColumn)
            let outcome = normaliser.normalise(text)
            guard case .found(let region) = outcome else {
                throw ImportError(source: source, row: index + 1, column: codeColumn != nil ? "kode_kabupaten_kota" : "nama_kabupaten_kota",
                                  message: normaliser.problem(text, outcome) ?? Localized(text))
            }
            guard let number = IndonesianNumber.parse(cell(countColumn)), number >= 0, number == number.rounded() else {
                throw ImportError(source: source, row: index + 1, column: "jumlah_umkm", message: Localized(
                    id: "\"\(cell(countColumn))\" bukan jumlah", en: "\"\(cell(countColumn))\" is not a count"))
            }
            counts[region.code, default: 0] += Int(number)
        }
        return counts
    }
}

/// How much of each region's official count of businesses the registry holds: where it is thin.
public struct RegistryCoverage: Equatable, Sendable {
    public var region: Region
    public var registry: Int
    public var official: Int?

    /// registry / official; nil without an official count.
    public var share: Double? { official.flatMap { $0 > 0 ? Double(registry) / Double($0) : nil } }

    public static func rows(_ registry: Registry, official: [String: Int]) -> [RegistryCoverage] {
        var counts: [String: Int] = [:]
        for business in registry.businesses { counts[business.region, default: 0] += 1 }
        return registry.regions.map { RegistryCoverage(region: $0, registry: counts[$0.code] ?? 0, official: official[$0.code]) }
    }

    /// `registry/official-counts.csv`: `code,count`.
    public static func encode(_ counts: [String: Int]) -> [UInt8] {
        var writer = CSVWriter(profile: .dataFile)
        writer.row(["code", "count"])
        for (code, count) in counts.sorted(by: { $0.key < $1.key }) { writer.row([code, String(count)]) }
        return writer.bytes
    }

    /// The data folder's official counts; empty when none were imported.
    public static func load(from folder: DataFolder) throws -> [String: Int] {
        let path = folder.officialCounts
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        return try decode(DataFolder.readBytes(path), file: path)
    }

    public static func decode(_ bytes: [UInt8], file: String) throws(CSVError) -> [String: Int] {
        let table = try CSVTable(bytes: bytes, file: file)
        try table.require(["code", "count"])
        var counts: [String: Int] = [:]
        for record in table.records {
            let row = table.row(record)
            counts[row.string("code")] = try row.int("count")
        }
        return counts
    }
}
