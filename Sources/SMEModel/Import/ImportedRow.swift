import Foundation

/// One row of an import after its checks: the business it would become, what is wrong with it,
/// and what the review decided about it.
public struct ImportedRow: Codable, Hashable, Sendable {
    public enum Verdict: Codable, Hashable, Sendable {
        /// Becomes a new registry business.
        case new
        /// The same NIB is in the registry: the listed fields would change on that business.
        case update(id: String, changes: [FieldChange])
        /// May be the same business as these (registry ids or batch rows as `row N`); an official
        /// keeps it, or skips it.
        case duplicate(candidates: [String], reason: Localized)
        /// Cannot be imported; `problems` says why.
        case invalid
    }

    /// What an official decided for a duplicate candidate: a new business, nothing, or the
    /// chosen fields copied onto the registry business it duplicates (`mergeInto`, `mergeFields`).
    public enum Decision: String, Codable, Hashable, Sendable {
        case keep, skip, merge
    }

    public struct FieldChange: Codable, Hashable, Sendable {
        public var field: String
        public var from: String
        public var to: String
    }

    public var source: String
    public var row: Int
    /// The row's cells under the file's own headers, for the return file.
    public var cells: [String]
    public var business: Business?
    public var problems: [Localized]
    public var warnings: [Localized]
    public var verdict: Verdict
    public var decision: Decision?
    /// With a merge: the registry business that takes the chosen fields.
    public var mergeInto: String?
    public var mergeFields: [String]?
    /// District and village, when the file has them (the registry does not keep them), for
    /// telling apart two businesses of the same name.
    public var place: String

    public var isInvalid: Bool { verdict == .invalid }

    public var isUnresolvedDuplicate: Bool {
        if case .duplicate = verdict { return decision == nil }
        return false
    }
}

/// Turns sheet rows into checked rows. Every imported value is untrusted: identifiers go through
/// `SafeName`, personal data is masked in every message.
public struct ImportRowReader: Sendable {
    public var regions: RegionNormaliser
    public var sectors: SectorMapping
    public var mapping: ImportColumns.Mapping
    /// The region for files without a region column (one regency's own list).
    public var defaultRegion: String?

    public init(registry: Registry, mapping: ImportColumns.Mapping = .init(), defaultRegion: String? = nil) {
        regions = RegionNormaliser(regions: registry.regions)
        sectors = SectorMapping(sectors: registry.sectors)
        self.mapping = mapping
        self.defaultRegion = defaultRegion
    }

    public func read(_ sheet: ImportSheet) throws(ImportError) -> [ImportedRow] {
        let columns = ImportColumns(header: sheet.header, mapping: mapping)
        let missing = ImportField.required.filter { columns.columns[$0] == nil && !($0 == .region && defaultRegion != nil) }
            + (columns.columns[.sector] == nil && columns.columns[.kbli] == nil ? [ImportField.sector] : [])
        if !missing.isEmpty {
            let names = missing.map { $0.synonyms.first ?? $0.rawValue }.joined(separator: ", ")
            throw ImportError(source: sheet.source, row: sheet.headerRow, column: nil, message: Localized(
                id: "kolom wajib tidak ada: \(names) (sektor boleh diganti kbli; wilayah boleh diganti --region)",
                en: "required columns missing: \(names) (sector may be given as kbli; region with --region)"))
        }
        // A file repeats the same few dozen region and category spellings; each is worked out once.
        var memo = Memo()
        return sheet.rows.map { read($0, columns: columns, sheet: sheet, memo: &memo) }
    }

    /// Region and sector answers already worked out in this file, by the text as written.
    struct Memo {
        var regions: [String: (code: String?, problem: Localized?)] = [:]
        var sectors: [String: String?] = [:]
    }

    private func read(_ row: ImportSheet.Row, columns: ImportColumns, sheet: ImportSheet, memo: inout Memo) -> ImportedRow {
        var problems: [Localized] = []
        var warnings: [Localized] = []
        func value(_ field: ImportField) -> String { columns.value(field, in: row) }
        func header(_ field: ImportField) -> String {
            columns.columns[field].map { sheet.header[$0] } ?? field.rawValue
        }
        func problem(_ field: ImportField, _ id: String, _ en: String) {
            problems.append(Localized(id: "kolom \"\(header(field))\": \(id)", en: "column \"\(header(field))\": \(en)"))
        }

        let name = value(.name)
        if name.isEmpty { problem(.name, "nama usaha kosong", "the business name is empty") }

        var region: String?
        let regionText = value(.region)
        if regionText.isEmpty {
            region = defaultRegion
            if region == nil { problem(.region, "wilayah kosong", "the region is empty") }
        } else {
            let resolved = memo.regions[regionText] ?? {
                if let mapped = mapping.regions[RegionNormaliser.fold(regionText)] { return (mapped, nil) }
                let outcome = regions.normalise(regionText)
                if case .found(let found) = outcome { return (found.code, nil) }
                return (nil, regions.problem(regionText, outcome))
            }()
            memo.regions[regionText] = resolved
            region = resolved.code
            if let message = resolved.problem {
                problems.append(Localized(id: "kolom \"\(header(.region))\": " + message.id, en: "column \"\(header(.region))\": " + message.en))
            }
        }

        var sector: String?
        let sectorText = value(.sector), kbli = value(.kbli)
        if !sectorText.isEmpty {
            if let known = memo.sectors[sectorText] {
                sector = known
            } else {
                sector = mapping.sectors[SectorMapping.fold(sectorText)] ?? sectors.sector(text: sectorText)
                memo.sectors[sectorText] = .some(sector)
            }
        }
        if sector == nil, !kbli.isEmpty { sector = sectors.sector(kbli: kbli) }
        if sector == nil {
            let shown = sectorText.isEmpty ? kbli : sectorText
            let hints = sectors.suggestions(for: shown)
            problem(sectorText.isEmpty ? .kbli : .sector,
                    "\"\(shown)\" tidak dapat dipetakan ke sektor" + (hints.isEmpty ? "" : "; maksudnya \(hints.joined(separator: ", "))?"),
                    "\"\(shown)\" maps to no sector" + (hints.isEmpty ? "" : "; did you mean \(hints.joined(separator: ", "))?"))
        }

        let nik = Self.checkNIK(value(.nik))
        if let message = nik.problem { problem(.nik, message.id, message.en) }
        if let message = nik.warning { warnings.append(Localized(id: "kolom \"\(header(.nik))\": " + message.id, en: "column \"\(header(.nik))\": " + message.en)) }

        let nibText = value(.nib).filter { !$0.isWhitespace }
        var nib: String?
        if !nibText.isEmpty {
            if nibText.count == 13, nibText.allSatisfy(\.isASCIIDigit) {
                nib = nibText
            } else {
                problem(.nib, "\"\(MessageMasking.shown(nibText))\" bukan NIB 13 angka", "\"\(MessageMasking.shown(nibText))\" is not a 13-digit NIB")
            }
        }

        var phone = ""
        let phoneText = value(.phone)
        if !phoneText.isEmpty {
            if let normalised = Self.normalisePhone(phoneText) {
                phone = normalised
            } else {
                problem(.phone, "\"\(MessageMasking.shown(phoneText, column: "phone"))\" bukan nomor telepon (08… atau +62…)",
                        "\"\(MessageMasking.shown(phoneText, column: "phone"))\" is not a phone number (08… or +62…)")
            }
        }

        var employees = 1
        let employeesText = value(.employees)
        if !employeesText.isEmpty {
            if let number = IndonesianNumber.parse(employeesText), number >= 0, number < 100_000, number == number.rounded() {
                employees = Int(number)
            } else {
                problem(.employees, "\"\(MessageMasking.shown(employeesText))\" bukan jumlah pekerja", "\"\(MessageMasking.shown(employeesText))\" is not a head count")
            }
        }

        var revenue: Double?
        let revenueText = value(.revenue)
        if !revenueText.isEmpty {
            if let number = IndonesianNumber.parse(revenueText), number >= 0 {
                revenue = number
            } else {
                problem(.revenue, "\"\(revenueText)\" bukan angka (tulis 1.500.000 atau 1500000)", "\"\(revenueText)\" is not a number (write 1.500.000 or 1500000)")
            }
        }

        var scale = Self.scale(employees: employees, revenue: revenue)
        let scaleText = value(.scale)
        if !scaleText.isEmpty {
            if let parsed = Scale(parsing: scaleText) ?? Self.scaleWords[scaleText.lowercased()] {
                scale = parsed
            } else {
                problem(.scale, "\"\(scaleText)\" bukan mikro, kecil atau menengah", "\"\(scaleText)\" is not micro, small or medium")
            }
        }

        var year = 0
        let yearText = value(.yearFounded)
        if !yearText.isEmpty {
            if let number = Int(yearText.prefix(4)), (1900...2100).contains(number) {
                year = number
            } else {
                problem(.yearFounded, "\"\(yearText)\" bukan tahun", "\"\(yearText)\" is not a year")
            }
        }

        let channels = value(.channels).split(whereSeparator: { ",;|/".contains($0) })
            .compactMap { Channel(parsing: String($0)) }
        let onlineText = value(.online).lowercased()
        let online = ["ya", "yes", "y", "1", "true", "sudah", "online", "daring"].contains(onlineText) || !channels.isEmpty

        var business: Business?
        if problems.isEmpty, let region, let sector {
            business = Business(
                id: "", name: name, owner: value(.owner), ownerNIK: nik.value, phone: phone, sector: sector,
                region: region, scale: scale, nib: nib, employees: employees, yearFounded: year, online: online,
                onlineSince: nil, channels: channels, payments: [], status: .normal)
        }
        let place = [value(.district), value(.village)].filter { !$0.isEmpty }.joined(separator: ", ")
        return ImportedRow(source: sheet.source, row: row.number, cells: row.cells, business: business, problems: problems,
                           warnings: warnings, verdict: business == nil ? .invalid : .new, decision: nil, place: place)
    }

    private static let scaleWords: [String: Scale] = ["usaha mikro": .micro, "usaha kecil": .small, "usaha menengah": .medium]

    /// PP 7/2021 by yearly revenue when known (micro ≤ Rp 2 billion, small ≤ 15 billion),
    /// otherwise BPS's head-count bands (micro 1–4, small 5–19).
    static func scale(employees: Int, revenue: Double?) -> Scale {
        if let revenue { return revenue <= 2_000_000_000 ? .micro : revenue <= 15_000_000_000 ? .small : .medium }
        return employees <= 4 ? .micro : employees <= 19 ? .small : .medium
    }

    /// "+62 812-3456-7890", "62812…", "0812 3456 7890" → "081234567890"; nil when not a phone.
    static func normalisePhone(_ text: String) -> String? {
        var digits = text.filter(\.isASCIIDigit)
        if text.trimmingCharacters(in: .whitespaces).hasPrefix("+62") || (digits.hasPrefix("62") && digits.count >= 11) {
            digits = "0" + digits.dropFirst(2)
        } else if digits.hasPrefix("8"), digits.count >= 9 {
            // Excel drops the leading zero of a number.
            digits = "0" + digits
        }
        guard digits.hasPrefix("0"), (9...14).contains(digits.count) else { return nil }
        return digits
    }

    /// A NIK kept as text, or the reason it cannot be: Excel turns 16 digits into `3,27308E+15`
    /// and zeroes what follows the 15th digit, and the last four digits (a serial from 0001) are
    /// then 0000.
    static func checkNIK(_ text: String) -> (value: String?, problem: Localized?, warning: Localized?) {
        let raw = text.trimmingCharacters(in: .whitespaces)
        guard !raw.isEmpty else { return (nil, nil, nil) }
        let shown = MessageMasking.shown(raw, column: "nik")
        let advice = Localized(id: "; minta kabupaten/kota mengekspor kolom NIK sebagai teks",
                               en: "; ask the regency to export the NIK column as text")
        if raw.lowercased().contains("e+") || raw.lowercased().contains("e1") {
            return (nil, Localized(id: "NIK \(shown) rusak oleh Excel (notasi ilmiah)" + advice.id,
                                   en: "NIK \(shown) was damaged by Excel (scientific notation)" + advice.en), nil)
        }
        var digits = raw.filter { !$0.isWhitespace }
        if digits.hasSuffix(".0") || digits.hasSuffix(",0") { digits.removeLast(2) }
        guard digits.allSatisfy(\.isASCIIDigit) else {
            return (nil, Localized(id: "\(shown) bukan NIK (harus 16 angka)", en: "\(shown) is not a NIK (16 digits)"), nil)
        }
        guard digits.count == 16 else {
            return (nil, Localized(id: "NIK \(shown) berisi \(digits.count) angka, bukan 16" + (digits.count == 15 ? advice.id : ""),
                                   en: "NIK \(shown) has \(digits.count) digits, not 16" + (digits.count == 15 ? advice.en : "")), nil)
        }
        if digits.hasSuffix("0000") {
            return (nil, Localized(id: "NIK \(shown) berakhir 0000, tanda dirusak Excel" + advice.id,
                                   en: "NIK \(shown) ends in 0000, a sign of Excel damage" + advice.en), nil)
        }
        let warning = digits.hasPrefix("32") ? nil : Localized(
            id: "NIK \(shown) tidak berawalan 32 (Jawa Barat); periksa bila pemilik memang ber-KTP provinsi lain",
            en: "NIK \(shown) does not start with 32 (West Java); check, unless the owner's ID card is from another province")
        return (digits, nil, warning)
    }
}

/// Numbers as Indonesian files write them: `1.234,5`, `1.500.000`, `Rp 2.000.000`, and plain
/// `1234.5` from programs.
public enum IndonesianNumber {
    public static func parse(_ text: String) -> Double? {
        var body = text.trimmingCharacters(in: .whitespaces)
        for prefix in ["Rp.", "Rp", "IDR"] where body.hasPrefix(prefix) { body = String(body.dropFirst(prefix.count)) }
        body = body.replacingOccurrences(of: " ", with: "")
        guard !body.isEmpty, body.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," || $0 == "-" }) else { return nil }
        let dots = body.count(where: { $0 == "." }), commas = body.count(where: { $0 == "," })
        if commas == 1, dots >= 0, let comma = body.lastIndex(of: ","), body[comma...].count <= 3 || dots > 0 {
            // Indonesian: dots group thousands, the comma is the decimal mark.
            return Double(body.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: "."))
        }
        if dots > 1 || (dots == 1 && commas == 0 && body.split(separator: ".").last?.count == 3 && body.first != "0") {
            // 1.500.000 or 1.500: thousands.
            return Double(body.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ""))
        }
        return Double(body.replacingOccurrences(of: ",", with: ""))
    }
}
