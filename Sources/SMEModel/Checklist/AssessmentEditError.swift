/// Why an assessment change could not be made.
public enum AssessmentEditError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Notes and actions belong to an answer, so the item must be answered first.
    case unanswered(String)
    case invalidDate(String)

    public var message: Localized {
        switch self {
        case .unanswered(let key):
            Localized(
                id: "butir \"\(key)\" belum dijawab; jawab dulu", en: "item \"\(key)\" is not answered yet")
        case .invalidDate(let date):
            Localized(
                id: "\"\(date)\" bukan tanggal TTTT-BB-HH yang sah",
                en: "\"\(date)\" is not a valid YYYY-MM-DD date")
        }
    }

    public var description: String { message.en }
}
