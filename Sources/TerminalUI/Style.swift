/// A role plus attributes a widget adds on top of the role's theme (bold, reverse, underline).
public struct Style: Hashable, Sendable {
    public var role: StyleRole
    public var isBold: Bool
    public var isReverse: Bool
    public var isUnderline: Bool

    public init(_ role: StyleRole = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.isBold = bold
        self.isReverse = reverse
        self.isUnderline = underline
    }

    public static let normal = Style()

    public func bold(_ on: Bool = true) -> Style {
        var copy = self
        copy.isBold = on
        return copy
    }

    public func reverse(_ on: Bool = true) -> Style {
        var copy = self
        copy.isReverse = on
        return copy
    }

    public func underline(_ on: Bool = true) -> Style {
        var copy = self
        copy.isUnderline = on
        return copy
    }

    /// The same attributes with another role.
    public func with(role: StyleRole) -> Style {
        var copy = self
        copy.role = role
        return copy
    }
}
