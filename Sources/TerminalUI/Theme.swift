/// How each `StyleRole` looks on a terminal: colours for 8-colour terminals on the user's own
/// background, or monochrome attributes when colour is off.
public struct Theme: Hashable, Sendable {
    /// A curses colour number; `.default` (-1) keeps the terminal's own colour.
    public enum Color: Int16, Hashable, Sendable {
        case `default` = -1, black, red, green, yellow, blue, magenta, cyan, white
    }

    /// The colours and attributes of one role.
    public struct Appearance: Hashable, Sendable {
        public var foreground: Color
        public var background: Color
        public var isBold: Bool
        public var isReverse: Bool
        public var isUnderline: Bool
        public var isDim: Bool

        public init(_ foreground: Color = .default, on background: Color = .default,
                    bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
            self.foreground = foreground
            self.background = background
            self.isBold = bold
            self.isReverse = reverse
            self.isUnderline = underline
            self.isDim = dim
        }
    }

    public var name: String
    /// False for the monochrome theme: the backend then never starts colour.
    public var usesColor: Bool
    public var glyphs: Glyphs
    private var appearances: [StyleRole: Appearance]

    public init(name: String, usesColor: Bool, glyphs: Glyphs, appearances: [StyleRole: Appearance]) {
        self.name = name
        self.usesColor = usesColor
        self.glyphs = glyphs
        self.appearances = appearances
    }

    public func appearance(of role: StyleRole) -> Appearance {
        appearances[role] ?? Appearance()
    }

    /// The role's appearance with a style's own attributes added.
    public func appearance(of style: Style) -> Appearance {
        var result = appearance(of: style.role)
        result.isBold = result.isBold || style.isBold
        result.isReverse = result.isReverse || style.isReverse
        result.isUnderline = result.isUnderline || style.isUnderline
        if !usesColor {
            result.foreground = .default
            result.background = .default
        }
        return result
    }

    /// Eight colours on the terminal's default background, readable on dark and light themes
    /// (no white or black text). Selection is reverse video, so it survives without colour.
    public static let color = Theme(name: "color", usesColor: true, glyphs: .unicode, appearances: [
        .header: Appearance(bold: true),
        .selected: Appearance(.cyan, bold: true, reverse: true),
        .selectedInactive: Appearance(reverse: true),
        .dim: Appearance(dim: true),
        .accent: Appearance(.cyan),
        .warning: Appearance(.yellow, bold: true),
        .error: Appearance(.red, bold: true),
        .success: Appearance(.green),
        // Borders keep the terminal's colour: dark blue on black is unreadable (htop #1013).
        .title: Appearance(bold: true),
        .hint: Appearance(),
        .hintKey: Appearance(.cyan, bold: true),
        .barFill: Appearance(.cyan),
        .barInterval: Appearance(.magenta, bold: true),
        .modified: Appearance(.yellow, bold: true),
        .input: Appearance(underline: true),
        .placeholder: Appearance(dim: true),
        .disabled: Appearance(dim: true),
    ])

    /// Attributes only, for NO_COLOR and monochrome terminals; meaning stays in bold,
    /// reverse, underline and the glyphs.
    public static let monochrome = Theme(name: "monochrome", usesColor: false, glyphs: .unicode, appearances: [
        .header: Appearance(bold: true),
        .selected: Appearance(bold: true, reverse: true),
        .selectedInactive: Appearance(underline: true),
        .dim: Appearance(dim: true),
        .accent: Appearance(bold: true),
        .warning: Appearance(bold: true),
        .error: Appearance(bold: true, reverse: true),
        .title: Appearance(bold: true),
        .hintKey: Appearance(bold: true),
        .barInterval: Appearance(bold: true),
        .modified: Appearance(bold: true),
        .input: Appearance(underline: true),
        .placeholder: Appearance(dim: true),
        .disabled: Appearance(dim: true),
    ])

    /// The same theme drawn with other glyphs (ASCII borders and bars).
    public func with(glyphs: Glyphs) -> Theme {
        var copy = self
        copy.glyphs = glyphs
        return copy
    }

    /// Monochrome when NO_COLOR is set to any non-empty value (no-color.org), else colour.
    public static func fromEnvironment(_ environment: [String: String]) -> Theme {
        if let value = environment["NO_COLOR"], !value.isEmpty { return .monochrome }
        return .color
    }
}
