/// Business size class (PP 7/2021).
public enum Scale: String, CaseIterable, Sendable, Codable, Comparable {
    case micro, small, medium

    public var label: Localized {
        switch self {
        case .micro: Localized(id: "mikro", en: "micro")
        case .small: Localized(id: "kecil", en: "small")
        case .medium: Localized(id: "menengah", en: "medium")
        }
    }

    public static func < (lhs: Scale, rhs: Scale) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }

    public init?(parsing text: String) {
        let wanted = text.lowercased()
        guard let found = Scale.allCases.first(where: {
            $0.rawValue == wanted || $0.label.id == wanted
        }) else { return nil }
        self = found
    }
}

/// Whether a business is trading, using the BPS COVID business-survey categories.
public enum OperatingStatus: String, CaseIterable, Sendable, Codable {
    case normal, reduced, remote, paused, closed

    public var label: Localized {
        switch self {
        case .normal: Localized(id: "normal", en: "normal")
        case .reduced: Localized(id: "kapasitas dikurangi", en: "reduced capacity")
        case .remote: Localized(id: "dari rumah", en: "working from home")
        case .paused: Localized(id: "berhenti sementara", en: "temporarily stopped")
        case .closed: Localized(id: "tutup permanen", en: "closed for good")
        }
    }
}

/// How customers pay.
public enum PaymentMethod: String, CaseIterable, Sendable, Codable {
    case cash, transfer, ewallet, qris, card

    public var label: Localized {
        switch self {
        case .cash: Localized(id: "tunai/COD", en: "cash/COD")
        case .transfer: Localized(id: "transfer bank", en: "bank transfer")
        case .ewallet: Localized(id: "dompet digital", en: "e-wallet")
        case .qris: Localized("QRIS")
        case .card: Localized(id: "kartu", en: "card")
        }
    }
}

/// A micro, small or medium business (UMKM) the office serves.
public struct Business: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var owner: String
    /// The owner's 16-digit e-KTP number: personal data, masked unless asked for.
    public var ownerNIK: String?
    public var phone: String
    public var sector: String
    public var region: String
    public var scale: Scale
    /// The 13-digit OSS business number; many micro businesses have none.
    public var nib: String?
    public var employees: Int
    public var yearFounded: Int
    public var online: Bool
    public var onlineSince: Int?
    public var channels: [Channel]
    public var payments: [PaymentMethod]
    public var status: OperatingStatus

    public init(
        id: String, name: String, owner: String, ownerNIK: String?, phone: String, sector: String,
        region: String, scale: Scale, nib: String?, employees: Int, yearFounded: Int, online: Bool,
        onlineSince: Int?, channels: [Channel], payments: [PaymentMethod], status: OperatingStatus
    ) {
        self.id = id
        self.name = name
        self.owner = owner
        self.ownerNIK = ownerNIK
        self.phone = phone
        self.sector = sector
        self.region = region
        self.scale = scale
        self.nib = nib
        self.employees = employees
        self.yearFounded = yearFounded
        self.online = online
        self.onlineSince = onlineSince
        self.channels = channels
        self.payments = payments
        self.status = status
    }
}
