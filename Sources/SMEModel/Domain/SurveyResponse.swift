/// A yes/no survey answer that may be missing.
public enum YesNo: String, CaseIterable, Sendable, Codable {
    case yes, no, noAnswer = "no-answer"

    public var label: Localized {
        switch self {
        case .yes: Localized(id: "ya", en: "yes")
        case .no: Localized(id: "tidak", en: "no")
        case .noAnswer: Localized(id: "tidak menjawab", en: "no answer")
        }
    }
}

/// Sales change bands used by the ABDSI and LIPI surveys.
public enum RevenueChange: String, CaseIterable, Sendable, Codable {
    case noSales = "no-sales"
    case downOver60 = "down-60-plus"
    case down31to60 = "down-31-60"
    case down10to30 = "down-10-30"
    case stable
    case up
    case noAnswer = "no-answer"

    public var label: Localized {
        switch self {
        case .noSales: Localized(id: "tidak ada penjualan", en: "no sales")
        case .downOver60: Localized(id: "turun >60%", en: "down >60%")
        case .down31to60: Localized(id: "turun 31–60%", en: "down 31–60%")
        case .down10to30: Localized(id: "turun 10–30%", en: "down 10–30%")
        case .stable: Localized(id: "stabil", en: "stable")
        case .up: Localized(id: "naik", en: "up")
        case .noAnswer: Localized(id: "tidak menjawab", en: "no answer")
        }
    }
}

/// Why a business does not sell online (BPS e-commerce survey categories).
public enum NotOnlineReason: String, CaseIterable, Sendable, Codable {
    case prefersOffline = "prefers-offline"
    case notInterested = "not-interested"
    case lacksSkills = "lacks-skills"
    case capacity
    case other

    public var label: Localized {
        switch self {
        case .prefersOffline: Localized(id: "lebih nyaman luring", en: "prefers selling offline")
        case .notInterested: Localized(id: "tidak tertarik", en: "not interested")
        case .lacksSkills: Localized(id: "kurang pengetahuan/keahlian", en: "lacks knowledge or skills")
        case .capacity: Localized(id: "kapasitas produksi", en: "production capacity")
        case .other: Localized(id: "lainnya", en: "other")
        }
    }
}

/// Help a business asked for (BPS COVID business survey categories).
public enum AssistanceNeed: String, CaseIterable, Sendable, Codable {
    case workingCapital = "working-capital"
    case electricityRelief = "electricity-relief"
    case loanRelaxation = "loan-relaxation"
    case easierLoans = "easier-loans"
    case taxDeferral = "tax-deferral"
    case training

    public var label: Localized {
        switch self {
        case .workingCapital: Localized(id: "modal usaha", en: "working capital")
        case .electricityRelief: Localized(id: "keringanan tagihan listrik", en: "electricity bill relief")
        case .loanRelaxation: Localized(id: "relaksasi pinjaman", en: "loan relaxation")
        case .easierLoans: Localized(id: "kemudahan administrasi pinjaman", en: "easier loan paperwork")
        case .taxDeferral: Localized(id: "penundaan pajak", en: "tax deferral")
        case .training: Localized(id: "pelatihan digital", en: "digital training")
        }
    }
}

/// One business's answers in one survey wave. Sector, region and scale are recorded as they were
/// at survey time, so figures do not shift when the registry is later corrected.
public struct SurveyResponse: Hashable, Sendable, Codable {
    public var wave: String
    public var businessID: String
    public var sector: String
    public var region: String
    public var scale: Scale
    public var onlineBefore: YesNo
    public var onlineNow: YesNo
    public var channels: [Channel]
    public var revenueChange: RevenueChange
    public var status: OperatingStatus
    public var reasonsNotOnline: [NotOnlineReason]
    public var assistance: [AssistanceNeed]

    public init(
        wave: String, businessID: String, sector: String, region: String, scale: Scale,
        onlineBefore: YesNo, onlineNow: YesNo, channels: [Channel], revenueChange: RevenueChange,
        status: OperatingStatus, reasonsNotOnline: [NotOnlineReason], assistance: [AssistanceNeed]
    ) {
        self.wave = wave
        self.businessID = businessID
        self.sector = sector
        self.region = region
        self.scale = scale
        self.onlineBefore = onlineBefore
        self.onlineNow = onlineNow
        self.channels = channels
        self.revenueChange = revenueChange
        self.status = status
        self.reasonsNotOnline = reasonsNotOnline
        self.assistance = assistance
    }
}
