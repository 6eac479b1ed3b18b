import Foundation

/// What a column of an office's file holds, recognised from its header in Indonesian or English.
public enum ImportField: String, CaseIterable, Codable, Sendable {
    case name, owner, nik, phone, nib, kbli, sector, region, address, district, village
    case employees, revenue, scale, yearFounded, online, channels

    /// Header texts that mean this field, folded (lower case, `_ - / .` as spaces).
    public var synonyms: [String] {
        switch self {
        case .name: ["nama usaha", "nama umkm", "nama perusahaan", "nama toko", "nama badan usaha", "business name", "name", "nama"]
        case .owner: ["nama pemilik", "pemilik", "nama pelaku usaha", "owner", "owner name"]
        case .nik: ["nik", "no ktp", "nomor ktp", "nik pemilik", "no nik", "owner nik"]
        case .phone: ["no hp", "nomor hp", "telepon", "no telp", "no telepon", "nomor telepon", "hp", "phone", "no wa"]
        case .nib: ["nib", "nomor induk berusaha", "no nib"]
        case .kbli: ["kbli", "kode kbli", "kbli 2020"]
        case .sector: ["sektor", "kategori usaha", "jenis usaha", "bidang usaha", "kategori", "sektor usaha", "sector", "category"]
        case .region: ["kabupaten kota", "nama kabupaten kota", "kode kabupaten kota", "kab kota", "kota kabupaten", "kabupaten", "wilayah", "region", "regency city"]
        case .address: ["alamat", "alamat usaha", "address"]
        case .district: ["kecamatan", "district"]
        case .village: ["desa", "kelurahan", "desa kelurahan", "kelurahan desa", "village"]
        case .employees: ["jumlah tenaga kerja", "tenaga kerja", "jumlah karyawan", "karyawan", "jumlah pekerja", "employees"]
        case .revenue: ["omzet", "omset", "omzet per tahun", "omzet tahunan", "revenue", "annual revenue"]
        case .scale: ["skala", "skala usaha", "scale"]
        case .yearFounded: ["tahun berdiri", "tahun mulai usaha", "tahun mulai", "year founded"]
        case .online: ["berjualan online", "online", "daring", "penjualan daring", "jualan online"]
        case .channels: ["kanal", "kanal penjualan", "platform", "marketplace", "media penjualan", "channels"]
        }
    }

    /// Fields without which a row cannot become a registry business.
    public static let required: [ImportField] = [.name, .region]

    public static func fold(_ header: String) -> String {
        let lower = header.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        return String(lower.map { $0.isLetter || $0.isNumber ? $0 : " " }).split(separator: " ").joined(separator: " ")
    }

    /// The field a header names, nil when unknown.
    public static func field(forHeader header: String) -> ImportField? {
        let folded = fold(header)
        return allCases.first { $0.synonyms.contains(folded) }
    }
}

/// Which column of a sheet holds which field: from the headers, overridden by a mapping file.
public struct ImportColumns: Sendable, Equatable {
    public var columns: [ImportField: Int]
    /// Headers that mean nothing known, listed for the official.
    public var unknown: [String]

    /// A mapping file: `{"columns": {"Nama Toko": "name"}, "sectors": {"SEMBAKO": "food"}}`,
    /// documented in `docs/import.md`.
    public struct Mapping: Sendable, Equatable {
        public var columns: [String: ImportField] = [:]
        public var sectors: [String: String] = [:]
        public var regions: [String: String] = [:]

        public init() {}

        public init(json data: Data, source: String) throws(ImportError) {
            func fail(_ id: String, _ en: String) -> ImportError {
                ImportError(source: source, row: nil, column: nil, message: Localized(id: id, en: en))
            }
            guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw fail("berkas pemetaan harus berupa objek JSON", "the mapping file must be a JSON object")
            }
            for key in object.keys where !["columns", "sectors", "regions"].contains(key) {
                throw fail("anggota tidak dikenal \"\(key)\" (yang dikenal: columns, sectors, regions)",
                           "unknown member \"\(key)\" (known: columns, sectors, regions)")
            }
            for (header, value) in object["columns"] as? [String: String] ?? [:] {
                guard let field = ImportField(rawValue: value) else {
                    throw fail("columns: \"\(value)\" bukan nama isian (\(ImportField.allCases.map(\.rawValue).joined(separator: ", ")))",
                               "columns: \"\(value)\" is not a field name (\(ImportField.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                columns[ImportField.fold(header)] = field
            }
            for (text, sector) in object["sectors"] as? [String: String] ?? [:] { sectors[SectorMapping.fold(text)] = sector }
            for (text, code) in object["regions"] as? [String: String] ?? [:] { regions[RegionNormaliser.fold(text)] = code }
        }
    }

    public init(header: [String], mapping: Mapping = Mapping()) {
        var columns: [ImportField: Int] = [:]
        var unknown: [String] = []
        for (index, text) in header.enumerated() {
            let field = mapping.columns[ImportField.fold(text)] ?? ImportField.field(forHeader: text)
            if let field, columns[field] == nil {
                columns[field] = index
            } else if !text.isEmpty {
                unknown.append(text)
            }
        }
        self.columns = columns
        self.unknown = unknown
    }

    public func value(_ field: ImportField, in row: ImportSheet.Row) -> String {
        guard let index = columns[field], index < row.cells.count else { return "" }
        return row.cells[index]
    }

    /// True when a header text names a field (or the mapping names it), for finding the header row.
    public static func isKnownHeader(_ text: String, mapping: Mapping) -> Bool {
        mapping.columns[ImportField.fold(text)] != nil || ImportField.field(forHeader: text) != nil
    }
}
