/// How one item came out in an assessment.
public enum ItemResult: String, Hashable, Sendable, CaseIterable {
    case pass
    case fail
    /// Answered "tidak berlaku"; left out of the score.
    case notApplicable
    /// No answer, or an answer of the wrong kind for the item's type; left out of the score.
    case unanswered
    /// A text item: recorded but never scored.
    case unscored

    public var label: Localized {
        switch self {
        case .pass: Localized(id: "lulus", en: "pass")
        case .fail: Localized(id: "gagal", en: "fail")
        case .notApplicable: Localized(id: "tidak berlaku", en: "not applicable")
        case .unanswered: Localized(id: "belum dijawab", en: "unanswered")
        case .unscored: Localized(id: "tidak dinilai", en: "not scored")
        }
    }
}

extension ChecklistItem {
    /// Whether a value is of a kind this item takes; "not applicable" fits every type.
    public func accepts(_ value: AnswerValue) -> Bool {
        switch (type, value) {
        case (_, .notApplicable): true
        case (.yesNoNA, .yes), (.yesNoNA, .no): true
        case (.number, .number(let number)): number.isFinite
        case (.text, .text): true
        default: false
        }
    }

    /// The result of an answer: yes passes, no fails, a number passes unless `failIf` triggers.
    public func result(for value: AnswerValue?) -> ItemResult {
        guard let value, accepts(value) else { return .unanswered }
        switch value {
        case .yes: return .pass
        case .no: return .fail
        case .notApplicable: return .notApplicable
        case .number(let number): return failIf?.fails(number) == true ? .fail : .pass
        case .text: return .unscored
        }
    }

    /// Critical items count as required even when a hand-edited file forgot the flag.
    public var isRequired: Bool { required || critical }
}

extension ItemResult {
    /// The stable word data outputs write: "pass", "fail", "not-applicable", "unanswered", "unscored".
    public var code: String { self == .notApplicable ? "not-applicable" : rawValue }
}
