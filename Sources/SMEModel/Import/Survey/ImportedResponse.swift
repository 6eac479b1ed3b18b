/// One respondent's row of a survey export after checking: the response it becomes, how it was
/// linked to the registry, and what was wrong, located by file and row.
public struct ImportedResponse: Codable, Hashable, Sendable {
    public enum Link: Codable, Hashable, Sendable {
        /// By the business id in the row.
        case id(String)
        /// By the NIB in the row.
        case nib(String)
        /// Kept with a respondent number of its own; it counts in the figures, not in panels.
        case notLinked
    }

    public var source: String
    public var row: Int
    /// Nil when the row has problems and cannot be applied.
    public var response: SurveyResponse?
    public var link: Link
    public var problems: [Localized]
    public var warnings: [Localized]
    /// Rejected in the platform's own review (ODK Central "rejected", Kobo "not approved").
    public var isRejected: Bool

    public var isInvalid: Bool { response == nil && !isRejected }

    public init(source: String, row: Int, response: SurveyResponse?, link: Link, problems: [Localized], warnings: [Localized], isRejected: Bool = false) {
        self.source = source
        self.row = row
        self.response = response
        self.link = link
        self.problems = problems
        self.warnings = warnings
        self.isRejected = isRejected
    }
}

extension [ImportedResponse] {
    /// Rows to apply, invalid rows, rejected rows, and applied rows not linked to the registry.
    public var surveyCounts: (valid: Int, invalid: Int, rejected: Int, notLinked: Int) {
        (count { $0.response != nil }, count(where: \.isInvalid), count(where: \.isRejected),
         count { $0.response != nil && $0.link == .notLinked })
    }
}
