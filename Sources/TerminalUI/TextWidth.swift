import CWidth

/// Display width in terminal columns, measured per Unicode scalar exactly as ncurses places text.
public enum TextWidth {
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        max(Int(cw_wcwidth(scalar.value)), 0)
    }

    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// Call once at start-up; wcwidth answers -1 for everything non-ASCII under the C locale.
    @discardableResult
    public static func useUTF8Locale() -> Bool { cw_use_utf8_locale() == 1 }

    /// Whether the user's locale itself was UTF-8 (checked by `useUTF8Locale`, which may fall back
    /// to C.UTF-8 for measuring); when it was not, draw lines and bars in ASCII.
    public static var userLocaleIsUTF8: Bool { cw_user_locale_was_utf8() == 1 }
}
