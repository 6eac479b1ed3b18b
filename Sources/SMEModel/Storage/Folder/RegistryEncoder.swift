/// Writes model values as the registry and survey CSV files, the inverse of `RegistryDecoder`.
public enum RegistryEncoder {
    public static func regions(_ regions: [Region], profile: CSVProfile = .dataFile) -> [UInt8] {
        write(profile, RegistryColumns.regions, regions.map(regionRow))
    }

    public static func regionRow(_ r: Region) -> [String] { [r.code, r.name, r.kind.rawValue] }

    public static func sectors(_ sectors: [Sector], profile: CSVProfile = .dataFile) -> [UInt8] {
        write(profile, RegistryColumns.sectors, sectors.map(sectorRow))
    }

    public static func sectorRow(_ s: Sector) -> [String] { [s.key, s.name.id, s.name.en, s.aliases.joined(separator: "|")] }

    public static func businesses(_ businesses: some Collection<Business>, profile: CSVProfile = .dataFile) -> [UInt8] {
        write(profile, RegistryColumns.businesses, businesses.map(businessRow))
    }

    public static func businessRow(_ b: Business) -> [String] {
        [
            b.id, b.name, b.owner, b.ownerNIK ?? "", b.phone, b.sector, b.region, b.scale.rawValue,
            b.nib ?? "", String(b.employees), String(b.yearFounded), b.online ? "yes" : "no",
            b.onlineSince.map(String.init) ?? "", b.channels.map(\.rawValue).joined(separator: "|"),
            b.payments.map(\.rawValue).joined(separator: "|"), b.status.rawValue,
        ]
    }

    public static func cooperatives(_ cooperatives: [Cooperative], profile: CSVProfile = .dataFile) -> [UInt8] {
        write(profile, RegistryColumns.cooperatives, cooperatives.map(cooperativeRow))
    }

    public static func cooperativeRow(_ c: Cooperative) -> [String] {
        [
            c.id, c.name, c.nik ?? "", c.legalEntityNumber, c.type.rawValue, c.sector, c.region,
            String(c.membersMale), String(c.membersFemale), c.active ? "yes" : "no",
            c.lastRATYear.map(String.init) ?? "", String(c.assets),
        ]
    }

    public static func waves(_ waves: [SurveyWave], profile: CSVProfile = .dataFile) -> [UInt8] {
        write(profile, RegistryColumns.waves, waves.map(waveRow))
    }

    public static func waveRow(_ w: SurveyWave) -> [String] {
        [w.id, w.label.id, w.label.en, w.startDate, w.endDate, w.sampling.rawValue]
    }

    public static func responses(_ responses: [SurveyResponse], profile: CSVProfile = .dataFile) -> [UInt8] {
        write(profile, RegistryColumns.responses, responses.map(responseRow))
    }

    public static func responseRow(_ r: SurveyResponse) -> [String] {
        [
            r.wave, r.businessID, r.sector, r.region, r.scale.rawValue, r.onlineBefore.rawValue,
            r.onlineNow.rawValue, r.channels.map(\.rawValue).joined(separator: "|"),
            r.revenueChange.rawValue, r.status.rawValue,
            r.reasonsNotOnline.map(\.rawValue).joined(separator: "|"),
            r.assistance.map(\.rawValue).joined(separator: "|"),
        ]
    }

    public static func write(_ profile: CSVProfile, _ header: [String], _ rows: [[String]]) -> [UInt8] {
        var writer = CSVWriter(profile: profile)
        writer.row(header)
        for row in rows { writer.row(row) }
        return writer.bytes
    }
}
