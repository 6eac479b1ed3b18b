/// Turns registry and survey CSV tables into model values, checking every reference (sector,
/// region, wave) so a typo is reported at its line instead of silently dropping a row.
public struct RegistryDecoder {
    public var sectorKeys: Set<String>
    public var regionCodes: Set<String>

    public init(sectorKeys: Set<String>, regionCodes: Set<String>) {
        self.sectorKeys = sectorKeys
        self.regionCodes = regionCodes
    }

    public static func regions(_ table: CSVTable) throws(CSVError) -> [Region] {
        try table.require(RegistryColumns.regions)
        var out: [Region] = []
        for record in table.records {
            let row = table.row(record)
            out.append(Region(
                code: try row.requiredString("code"), name: try row.requiredString("name"),
                kind: try row.choice("kind") { Region.Kind(rawValue: $0.lowercased()) }))
        }
        return out
    }

    public static func sectors(_ table: CSVTable) throws(CSVError) -> [Sector] {
        try table.require(RegistryColumns.sectors)
        var out: [Sector] = []
        for record in table.records {
            let row = table.row(record)
            let aliases = row.string("aliases").split(separator: "|").map { String($0).trimmingSpaces() }
            out.append(Sector(
                key: try row.identifier("key"),
                name: Localized(id: try row.requiredString("nameId"), en: try row.requiredString("nameEn")),
                aliases: aliases))
        }
        return out
    }

    public func businesses(_ table: CSVTable) throws(CSVError) -> [Business] {
        try table.require(RegistryColumns.businesses)
        var out: [Business] = []
        out.reserveCapacity(table.records.count)
        for record in table.records {
            let row = table.row(record)
            let nik = row.optionalString("ownerNIK")
            if let nik, nik.count != 16 || !nik.allSatisfy(\.isASCIIDigit) {
                throw row.error("ownerNIK", nik, id: "bukan NIK 16 angka", en: "is not a 16-digit NIK")
            }
            let employees = try row.int("employees")
            // A NIK pasted one column too far still parses as a number; no business has a
            // quadrillion staff.
            if employees >= 1_000_000_000_000_000 {
                throw row.error("employees", String(employees), id: "bukan jumlah pekerja: tampak seperti NIK (16 angka) di kolom yang salah",
                                en: "is not a head count: it looks like a NIK (16 digits) in the wrong column")
            }
            if employees < 0 {
                throw row.error("employees", String(employees), id: "tidak boleh negatif", en: "cannot be negative")
            }
            out.append(Business(
                id: try row.identifier("id"), name: try row.requiredString("name"),
                owner: row.string("owner"), ownerNIK: nik, phone: row.string("phone"),
                sector: try sector(row), region: try region(row),
                scale: try row.choice("scale", Scale.init(parsing:)), nib: row.optionalString("nib"),
                employees: employees, yearFounded: try row.int("yearFounded"),
                online: try row.bool("online"), onlineSince: try row.optionalInt("onlineSince"),
                channels: try row.list("channels", Channel.init(parsing:)),
                payments: try row.list("payments") { PaymentMethod(rawValue: $0.lowercased()) },
                status: try row.choice("status") { OperatingStatus(rawValue: $0.lowercased()) }))
        }
        return out
    }

    public func cooperatives(_ table: CSVTable) throws(CSVError) -> [Cooperative] {
        try table.require(RegistryColumns.cooperatives)
        var out: [Cooperative] = []
        for record in table.records {
            let row = table.row(record)
            out.append(Cooperative(
                id: try row.identifier("id"), name: try row.requiredString("name"),
                nik: row.optionalString("nik"), legalEntityNumber: row.string("legalEntityNumber"),
                type: try row.choice("type", CooperativeType.init(parsing:)),
                sector: try sector(row), region: try region(row),
                membersMale: try row.int("membersMale"), membersFemale: try row.int("membersFemale"),
                active: try row.bool("active"), lastRATYear: try row.optionalInt("lastRATYear"),
                assets: try row.int("assets")))
        }
        return out
    }

    public static func waves(_ table: CSVTable) throws(CSVError) -> [SurveyWave] {
        try table.require(RegistryColumns.waves)
        var out: [SurveyWave] = []
        for record in table.records {
            let row = table.row(record)
            let start = try row.requiredString("startDate"), end = try row.requiredString("endDate")
            for (column, value) in [("startDate", start), ("endDate", end)] where ISODate(value) == nil {
                throw row.error(column, value, id: "bukan tanggal YYYY-MM-DD yang ada", en: "is not an existing YYYY-MM-DD date")
            }
            out.append(SurveyWave(
                id: try row.identifier("id"),
                label: Localized(id: try row.requiredString("labelId"), en: try row.requiredString("labelEn")),
                startDate: start, endDate: end,
                sampling: try row.choice("sampling") { SamplingMethod(rawValue: $0.lowercased()) }))
        }
        return out
    }

    public func responses(_ table: CSVTable, waveIDs: Set<String>) throws(CSVError) -> [SurveyResponse] {
        try table.require(RegistryColumns.responses)
        var out: [SurveyResponse] = []
        out.reserveCapacity(table.records.count)
        for record in table.records {
            let row = table.row(record)
            let wave = try row.requiredString("wave")
            guard waveIDs.contains(wave) else {
                throw row.error("wave", wave, id: "tidak ada di survey/waves.csv", en: "is not in survey/waves.csv")
            }
            out.append(SurveyResponse(
                wave: wave, businessID: row.string("businessID"), sector: try sector(row),
                region: try region(row), scale: try row.choice("scale", Scale.init(parsing:)),
                onlineBefore: try row.choice("onlineBefore", YesNo.parsing),
                onlineNow: try row.choice("onlineNow", YesNo.parsing),
                channels: try row.list("channels", Channel.init(parsing:)),
                revenueChange: try row.choice("revenueChange") {
                    $0.isEmpty ? .noAnswer : RevenueChange(rawValue: $0.lowercased())
                },
                status: try row.choice("status") { OperatingStatus(rawValue: $0.lowercased()) },
                reasonsNotOnline: try row.list("reasonsNotOnline") { NotOnlineReason(rawValue: $0.lowercased()) },
                assistance: try row.list("assistance") { AssistanceNeed(rawValue: $0.lowercased()) }))
        }
        return out
    }

    private func sector(_ row: CSVRow) throws(CSVError) -> String {
        let value = row.string("sector")
        guard sectorKeys.contains(value) else {
            throw row.error("sector", value, id: "bukan sektor di registry/sectors.csv", en: "is not a sector in registry/sectors.csv")
        }
        return value
    }

    private func region(_ row: CSVRow) throws(CSVError) -> String {
        let value = row.string("region")
        guard regionCodes.contains(value) else {
            throw row.error("region", value, id: "bukan kode wilayah di registry/regions.csv", en: "is not a region code in registry/regions.csv")
        }
        return value
    }
}

extension YesNo {
    /// Empty cells mean the respondent skipped the question.
    static func parsing(_ text: String) -> YesNo? {
        switch text.lowercased() {
        case "yes", "ya": .yes
        case "no", "tidak": .no
        case "", "no-answer": .noAnswer
        default: nil
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}
