import Foundation

/// A way a business sells online. The catalogue is fixed because each channel's kind drives the
/// single-channel dependency figure.
public enum Channel: String, CaseIterable, Sendable, Codable, Comparable {
    case whatsapp, instagram, facebook, tiktok
    case tokopedia, shopee, lazada, bukalapak
    case gofood, grabfood, shopeefood
    case website

    public enum Kind: String, CaseIterable, Sendable, Codable {
        case messaging, social, marketplace, foodDelivery, website

        public var label: Localized {
            switch self {
            case .messaging: Localized(id: "pesan instan", en: "messaging")
            case .social: Localized(id: "media sosial", en: "social media")
            case .marketplace: Localized(id: "marketplace", en: "marketplace")
            case .foodDelivery: Localized(id: "pesan-antar makanan", en: "food delivery")
            case .website: Localized(id: "situs sendiri", en: "own website")
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .whatsapp: .messaging
        case .instagram, .facebook, .tiktok: .social
        case .tokopedia, .shopee, .lazada, .bukalapak: .marketplace
        case .gofood, .grabfood, .shopeefood: .foodDelivery
        case .website: .website
        }
    }

    public var label: Localized {
        switch self {
        case .whatsapp: Localized("WhatsApp")
        case .instagram: Localized("Instagram")
        case .facebook: Localized("Facebook")
        case .tiktok: Localized("TikTok")
        case .tokopedia: Localized("Tokopedia")
        case .shopee: Localized("Shopee")
        case .lazada: Localized("Lazada")
        case .bukalapak: Localized("Bukalapak")
        case .gofood: Localized("GoFood")
        case .grabfood: Localized("GrabFood")
        case .shopeefood: Localized("ShopeeFood")
        case .website: Localized(id: "situs sendiri", en: "own website")
        }
    }

    /// Messaging and social channels: the ones cut off when social media was shut down.
    public var isSocialOrMessaging: Bool { kind == .messaging || kind == .social }

    public static func < (lhs: Channel, rhs: Channel) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }

    /// Accepts the key or the display name in any case (`WhatsApp`, `own website`, `website`).
    public init?(parsing text: String) {
        let wanted = text.lowercased().trimmingCharacters(in: .whitespaces)
        guard let found = Channel.allCases.first(where: {
            $0.rawValue == wanted || $0.label.en.lowercased() == wanted || $0.label.id.lowercased() == wanted
        }) else { return nil }
        self = found
    }
}
