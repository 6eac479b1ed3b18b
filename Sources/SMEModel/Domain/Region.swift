/// A regency (kabupaten) or city (kota), identified by its Kemendagri/BPS code such as `3273`.
public struct Region: Hashable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case kabupaten
        case kota

        public var label: Localized {
            switch self {
            case .kabupaten: Localized(id: "kabupaten", en: "regency")
            case .kota: Localized(id: "kota", en: "city")
            }
        }
    }

    public var code: String
    /// The official name, such as "Kabupaten Bandung Barat".
    public var name: String
    public var kind: Kind

    public init(code: String, name: String, kind: Kind) {
        self.code = code
        self.name = name
        self.kind = kind
    }

    /// The name without its "Kabupaten"/"Kota" prefix, for narrow columns.
    public var shortName: String {
        for prefix in ["Kabupaten ", "Kota "] where name.hasPrefix(prefix) {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }

    /// "Kab. Bandung" in Indonesian, "Bandung Regency" in English.
    public func displayName(_ language: Language) -> String {
        switch (language, kind) {
        case (.id, .kabupaten): "Kab. " + shortName
        case (.id, .kota): "Kota " + shortName
        case (.en, .kabupaten): shortName + " Regency"
        case (.en, .kota): shortName + " City"
        }
    }

    /// True when `text` names this region: its code, official or short name, in any case.
    public func matches(_ text: String) -> Bool {
        let wanted = text.lowercased()
        return wanted == code || wanted == name.lowercased() || wanted == shortName.lowercased()
            || wanted == displayName(.id).lowercased() || wanted == displayName(.en).lowercased()
    }
}
