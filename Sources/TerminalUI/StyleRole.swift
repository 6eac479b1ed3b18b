/// What a piece of text means on screen; a `Theme` decides how each role looks.
public enum StyleRole: Int, CaseIterable, Hashable, Sendable {
    case normal
    case header
    case selected
    case selectedInactive
    case dim
    case accent
    case warning
    case error
    case success
    case border
    case title
    case hint
    case hintKey
    case barFill
    case barInterval
    case modified
    case input
    case placeholder
    case disabled
}
