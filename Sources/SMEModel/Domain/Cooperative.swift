/// The kind of cooperative (jenis koperasi) used in regional statistics.
public enum CooperativeType: String, CaseIterable, Sendable, Codable {
    case savingsLoan = "simpan-pinjam"
    case consumer = "konsumen"
    case producer = "produsen"
    case services = "jasa"
    case marketing = "pemasaran"
    case multiPurpose = "serba-usaha"

    public var label: Localized {
        switch self {
        case .savingsLoan: Localized(id: "simpan pinjam", en: "savings and loan")
        case .consumer: Localized(id: "konsumen", en: "consumer")
        case .producer: Localized(id: "produsen", en: "producer")
        case .services: Localized(id: "jasa", en: "services")
        case .marketing: Localized(id: "pemasaran", en: "marketing")
        case .multiPurpose: Localized(id: "serba usaha", en: "multi-purpose")
        }
    }

    public init?(parsing text: String) {
        let wanted = text.lowercased()
        guard let found = CooperativeType.allCases.first(where: {
            $0.rawValue == wanted || $0.label.id == wanted || $0.label.en == wanted
        }) else { return nil }
        self = found
    }
}

/// A cooperative (koperasi). "Active" in Dinas practice means it still operates and holds its
/// annual members' meeting (RAT).
public struct Cooperative: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    /// Nomor Induk Koperasi; many cooperatives have none.
    public var nik: String?
    /// Legal-entity decision number, free text because its style varies by era and region.
    public var legalEntityNumber: String
    public var type: CooperativeType
    public var sector: String
    public var region: String
    public var membersMale: Int
    public var membersFemale: Int
    public var active: Bool
    public var lastRATYear: Int?
    /// Assets in rupiah.
    public var assets: Int

    public var members: Int { membersMale + membersFemale }

    /// True when no RAT was held in `year` or the year before: two years without the members'
    /// meeting, which the office must follow up (pembinaan). A cooperative with no RAT on record
    /// is followed up too.
    public func needsRATFollowUp(in year: Int) -> Bool {
        guard let lastRATYear else { return true }
        return lastRATYear <= year - 2
    }

    public init(
        id: String, name: String, nik: String?, legalEntityNumber: String, type: CooperativeType,
        sector: String, region: String, membersMale: Int, membersFemale: Int, active: Bool,
        lastRATYear: Int?, assets: Int
    ) {
        self.id = id
        self.name = name
        self.nik = nik
        self.legalEntityNumber = legalEntityNumber
        self.type = type
        self.sector = sector
        self.region = region
        self.membersMale = membersMale
        self.membersFemale = membersFemale
        self.active = active
        self.lastRATYear = lastRATYear
        self.assets = assets
    }
}
