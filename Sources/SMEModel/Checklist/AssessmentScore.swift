/// The outcome of an assessment against its checklist. Derived on read and never stored, so the
/// rule can be explained and re-checked from the answers alone.
///
/// Score = Σ weight of passed items / Σ weight of passed and failed items. Not-applicable,
/// unanswered and text items are left out of both sums. Scores are fractions 0…1.
public struct AssessmentScore: Hashable, Sendable {
    /// One item's part in the score.
    public struct ItemScore: Hashable, Sendable {
        public var key: String
        public var sectionKey: String
        public var result: ItemResult
        public var weight: Double
        public var isRequired: Bool
        public var isCritical: Bool
    }

    /// The score of one section, computed by the same rule over its items.
    public struct SectionScore: Hashable, Sendable {
        public var key: String
        public var earnedWeight: Double
        public var possibleWeight: Double
        public var itemCount: Int
        public var answeredCount: Int

        /// Nil when no item in the section is scorable yet.
        public var score: Double? { possibleWeight > 0 ? earnedWeight / possibleWeight : nil }
    }

    /// Every item in display order.
    public let items: [ItemScore]
    public let sections: [SectionScore]
    public let earnedWeight: Double
    public let possibleWeight: Double
    public let passPercent: Double
    /// Keys of failed items, in display order.
    public let failedItems: [String]
    /// Keys of failed critical items; any one fails the assessment whatever the score.
    public let failedCritical: [String]
    /// Keys of required (or critical) items without a valid answer.
    public let unansweredRequired: [String]

    public init(checklist: Checklist, assessment: Assessment) {
        var items: [ItemScore] = []
        var sections: [SectionScore] = []
        for section in checklist.sections {
            var sectionScore = SectionScore(
                key: section.key, earnedWeight: 0, possibleWeight: 0, itemCount: section.items.count,
                answeredCount: 0)
            for item in section.items {
                let result = assessment.result(of: item)
                items.append(
                    ItemScore(
                        key: item.key, sectionKey: section.key, result: result, weight: item.weight,
                        isRequired: item.isRequired, isCritical: item.critical))
                if result != .unanswered { sectionScore.answeredCount += 1 }
                if result == .pass || result == .fail { sectionScore.possibleWeight += item.weight }
                if result == .pass { sectionScore.earnedWeight += item.weight }
            }
            sections.append(sectionScore)
        }
        self.items = items
        self.sections = sections
        earnedWeight = sections.reduce(0) { $0 + $1.earnedWeight }
        possibleWeight = sections.reduce(0) { $0 + $1.possibleWeight }
        passPercent = checklist.passPercent
        failedItems = items.filter { $0.result == .fail }.map(\.key)
        failedCritical = items.filter { $0.result == .fail && $0.isCritical }.map(\.key)
        unansweredRequired = items.filter { $0.result == .unanswered && $0.isRequired }.map(\.key)
    }

    /// The overall score 0…1; nil when nothing is scorable (all N/A, unanswered or text).
    public var score: Double? { possibleWeight > 0 ? earnedWeight / possibleWeight : nil }

    /// Every required item has an answer.
    public var isComplete: Bool { unansweredRequired.isEmpty }

    /// The score as it may be reported and counted: nil while a required item is unanswered, so
    /// an assessment with 1 of 30 items answered never shows or counts as 100%.
    public var completeScore: Double? { isComplete ? score : nil }

    /// Items with an answer (not-applicable included), and all items.
    public var answeredCount: Int { items.count { $0.result != .unanswered } }
    public var itemCount: Int { items.count }

    /// What an assessment came to.
    public enum Outcome: Hashable, Sendable {
        case passed, failed, incomplete

        public var label: Localized {
            switch self {
            case .passed: Localized(id: "LULUS", en: "PASSED")
            case .failed: Localized(id: "TIDAK LULUS", en: "NOT PASSED")
            case .incomplete: Localized(id: "BELUM LENGKAP", en: "INCOMPLETE")
            }
        }
    }

    public var outcome: Outcome { passed ? .passed : (isComplete ? .failed : .incomplete) }

    /// "75,0%", or "belum lengkap (1/30)" / "incomplete (1/30)" while required items are
    /// unanswered; "–" when nothing is scorable.
    public func scoreText(_ language: Language, decimals: Int = 1) -> String {
        guard isComplete else {
            return Localized(id: "belum lengkap (\(answeredCount)/\(itemCount))", en: "incomplete (\(answeredCount)/\(itemCount))")(language)
        }
        return score.map { NumberStyle(language).percent($0, decimals: decimals) } ?? "–"
    }

    /// Whether the score reaches `passPercent`. Compared as earned·100 ≥ pass·possible so that
    /// 4 of 5 against 80% passes without rounding doubt.
    public var meetsPassMark: Bool {
        possibleWeight > 0 && earnedWeight * 100 >= passPercent * possibleWeight
    }

    /// Complete, at or above the pass mark, and no critical item failed. An assessment with
    /// nothing scorable does not pass: there is no evidence either way.
    public var passed: Bool { isComplete && meetsPassMark && failedCritical.isEmpty }

    public func result(for itemKey: String) -> ItemResult? {
        items.first { $0.key == itemKey }?.result
    }

    public func section(_ key: String) -> SectionScore? {
        sections.first { $0.key == key }
    }

    /// How many items came out with this result.
    public func count(_ result: ItemResult) -> Int {
        items.reduce(0) { $0 + ($1.result == result ? 1 : 0) }
    }
}
