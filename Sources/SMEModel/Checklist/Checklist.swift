/// An SOP checklist template for one sector, stored as `data/sop/<sector>.json`.
/// The file format is described in `docs/sop-format.md`.
public struct Checklist: Hashable, Sendable, Codable, JSONExtensible {
    /// The file syntax version this build reads and writes.
    public static let currentFormatVersion = 1

    public enum Status: String, Sendable, Codable, CaseIterable {
        case draft, published, archived

        public var label: Localized {
            switch self {
            case .draft: Localized(id: "draf", en: "draft")
            case .published: Localized(id: "terbit", en: "published")
            case .archived: Localized(id: "arsip", en: "archived")
            }
        }
    }

    public var formatVersion: Int
    public var key: String
    public var sector: String
    /// Content version; bumped each time the office publishes a change.
    public var revision: Int
    public var status: Status
    public var effectiveFrom: String
    public var title: String
    public var titleEn: String
    /// Regulations the checklist implements, such as "KMK HK.01.07/MENKES/382/2020".
    public var legalBasis: [String]
    /// Minimum score in percent for a pass.
    public var passPercent: Double
    /// Prefix of item keys (`kul` gives `kul-001`).
    public var keyPrefix: String
    /// Keys of deleted items, kept so a key is never reused with another meaning.
    public var retiredKeys: [String]?
    public var sections: [ChecklistSection]
    /// `x-` members kept as they were read (docs/sop-format.md).
    public var extensions: [String: JSONValue] = [:]

    private enum CodingKeys: String, CodingKey {
        case formatVersion, key, sector, revision, status, effectiveFrom, title, titleEn, legalBasis, passPercent,
             keyPrefix, retiredKeys, sections
    }

    public init(
        formatVersion: Int = Checklist.currentFormatVersion, key: String, sector: String, revision: Int,
        status: Status, effectiveFrom: String, title: String, titleEn: String, legalBasis: [String],
        passPercent: Double, keyPrefix: String, retiredKeys: [String]? = nil, sections: [ChecklistSection]
    ) {
        self.formatVersion = formatVersion
        self.key = key
        self.sector = sector
        self.revision = revision
        self.status = status
        self.effectiveFrom = effectiveFrom
        self.title = title
        self.titleEn = titleEn
        self.legalBasis = legalBasis
        self.passPercent = passPercent
        self.keyPrefix = keyPrefix
        self.retiredKeys = retiredKeys
        self.sections = sections
    }

    public func title(_ language: Language) -> String { language == .id ? title : titleEn }

    /// Every item in display order.
    public var items: [ChecklistItem] { sections.flatMap(\.items) }

    public func item(_ key: String) -> ChecklistItem? {
        for section in sections {
            if let found = section.items.first(where: { $0.key == key }) { return found }
        }
        return nil
    }

    /// Section and item index of an item key.
    public func position(of key: String) -> (section: Int, item: Int)? {
        for (sectionIndex, section) in sections.enumerated() {
            if let itemIndex = section.items.firstIndex(where: { $0.key == key }) {
                return (sectionIndex, itemIndex)
            }
        }
        return nil
    }
}

/// A stage of the protocol, such as preparation or payment.
public struct ChecklistSection: Hashable, Sendable, Codable {
    public var key: String
    public var title: String
    public var titleEn: String
    public var items: [ChecklistItem]

    public init(key: String, title: String, titleEn: String, items: [ChecklistItem]) {
        self.key = key
        self.title = title
        self.titleEn = titleEn
        self.items = items
    }

    public func title(_ language: Language) -> String { language == .id ? title : titleEn }
}

/// What kind of answer an item takes.
public enum AnswerType: String, Sendable, Codable, CaseIterable {
    /// Ya / Tidak / Tidak berlaku.
    case yesNoNA = "yes_no_na"
    /// A measured number that fails above or below a threshold (37.3 °C).
    case number
    /// A note; informative, never scored.
    case text
}

/// The threshold a numeric answer must not cross.
public struct FailCondition: Hashable, Sendable, Codable {
    /// Fails when the value is greater than this.
    public var gt: Double?
    /// Fails when the value is less than this.
    public var lt: Double?

    public init(gt: Double? = nil, lt: Double? = nil) {
        self.gt = gt
        self.lt = lt
    }

    public func fails(_ value: Double) -> Bool {
        if let gt, value > gt { return true }
        if let lt, value < lt { return true }
        return false
    }
}

/// The corrective action proposed when an item fails.
public struct FailAction: Hashable, Sendable, Codable {
    public var action: String
    public var actionEn: String
    /// Days from the assessment date until the action is due.
    public var dueDays: Int

    public init(action: String, actionEn: String, dueDays: Int) {
        self.action = action
        self.actionEn = actionEn
        self.dueDays = dueDays
    }
}

/// One step of the protocol.
public struct ChecklistItem: Hashable, Sendable, Codable {
    /// Stable key such as `kul-014`; never reused, so assessments can refer to it.
    public var key: String
    public var text: String
    public var textEn: String
    /// Must be answered before an assessment is complete (wajib).
    public var required: Bool
    /// A failed answer fails the whole assessment.
    public var critical: Bool
    public var weight: Double
    /// The legal source, such as "KMK 382/2020".
    public var source: String
    public var type: AnswerType
    public var failIf: FailCondition?
    public var unit: String?
    public var onFail: FailAction?

    public init(
        key: String, text: String, textEn: String, required: Bool = false, critical: Bool = false,
        weight: Double = 1, source: String, type: AnswerType = .yesNoNA, failIf: FailCondition? = nil,
        unit: String? = nil, onFail: FailAction? = nil
    ) {
        self.key = key
        self.text = text
        self.textEn = textEn
        self.required = required
        self.critical = critical
        self.weight = weight
        self.source = source
        self.type = type
        self.failIf = failIf
        self.unit = unit
        self.onFail = onFail
    }

    public func text(_ language: Language) -> String { language == .id ? text : textEn }
}

extension Checklist {
    /// The members docs/schema/sop-checklist.schema.json allows; a test keeps the two equal.
    public static let memberShapes: [String: Set<String>] = [
        "": ["formatVersion", "key", "sector", "revision", "status", "effectiveFrom", "title", "titleEn", "legalBasis",
             "passPercent", "keyPrefix", "retiredKeys", "sections"],
        "sections[]": ["key", "title", "titleEn", "items"],
        "sections[].items[]": ["key", "text", "textEn", "required", "critical", "weight", "source", "type", "failIf",
                               "unit", "onFail"],
        "sections[].items[].failIf": ["gt", "lt"],
        "sections[].items[].onFail": ["action", "actionEn", "dueDays"],
    ]
}
