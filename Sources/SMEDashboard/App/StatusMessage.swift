import SMEModel

/// A line in the status bar: notices disappear on the next key, errors stay until dismissed.
public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, success, warning, error }

    public var kind: Kind
    public var text: Localized

    public init(_ kind: Kind, _ text: Localized) {
        self.kind = kind
        self.text = text
    }

    public static func info(_ text: Localized) -> StatusMessage { StatusMessage(.info, text) }
    public static func success(_ text: Localized) -> StatusMessage { StatusMessage(.success, text) }
    public static func warning(_ text: Localized) -> StatusMessage { StatusMessage(.warning, text) }
    public static func error(_ text: Localized) -> StatusMessage { StatusMessage(.error, text) }
}
