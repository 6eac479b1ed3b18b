/// Writes model values as the registry and survey CSV files, the inverse of `RegistryDecoder`.
public enum RegistryEncoder {
    public static func regions(_ regions: [Region], profile: CSVProfile = .dataFile) -> [UInt8] {
        write(profile, RegistryColumns.regions, regions.map { [$0.code, $0.name, $0.kind.rawValue] })
    }

    public static func sectors(_ sectors: [Sector], profile: CSVProfile = .dataFile) -> [UInt8] {
        write(profile, RegistryColumns.sectors, sectors.map { [$0.key, $0.name.id, $0.name.en, $0.aliases.joined(separator: "|")] })
    }

    public static func businesses(_ businesses: some Collection<Business>, profile: CSVProfile = .dataFile) -> [UInt8] {
        write(profile, RegistryColumns.businesses, businesses.map { b in
            [
                b.id, b.name, b.owner, b.ownerNIK ?? "", b.phone, b.sector, b.region, b.scale.rawValue,
                b.nib ?? "", String(b.employees), String(b.yearFounded), b.online ? "yes" : "no",
                b.onlineSince.map(String.init) ?? "", b.channels.map(\.rawValue).joined(separator: "|"),
                b.payments.map(\.rawValue).joined(separator: "|"), b.status.rawValue,
            ]
        })
    }

    public static func cooperatives(_ cooperatives: [Cooperative], profile: CSVProfile = .dataFile) -> [UInt8] {
        write(profile, RegistryColumns.cooperatives, cooperatives.map { c in
            [
                c.id, c.name, c.nik ?? "", c.legalEntityNumber, c.type.rawValue, c.sector, c.region,
                String(c.membersMale), String(c.membersFemale), c.active ? "yes" : "no",
                c.lastRATYear.map(String.init) ?? "", String(c.assets),
            ]
        })
    }

    public static func waves(_ waves: [SurveyWave], profile: CSVProfile = .dataFile) -> [UInt8] {
        write(profile, RegistryColumns.waves, waves.map {
            [$0.id, $0.label.id, $0.label.en, $0.startDate, $0.endDate, $0.sampling.rawValue]
        })
    }

    public static func responses(_ responses: [SurveyResponse], profile: CSVProfile = .dataFile) -> [UInt8] {
        write(profile, RegistryColumns.responses, responses.map { r in
            [
                r.wave, r.businessID, r.sector, r.region, r.scale.rawValue, r.onlineBefore.rawValue,
                r.onlineNow.rawValue, r.channels.map(\.rawValue).joined(separator: "|"),
                r.revenueChange.rawValue, r.status.rawValue,
                r.reasonsNotOnline.map(\.rawValue).joined(separator: "|"),
                r.assistance.map(\.rawValue).joined(separator: "|"),
            ]
        })
    }

    private static func write(_ profile: CSVProfile, _ header: [String], _ rows: [[String]]) -> [UInt8] {
        var writer = CSVWriter(profile: profile)
        writer.row(header)
        for row in rows { writer.row(row) }
        return writer.bytes
    }
}
