/// The characters widgets draw with: Unicode box drawing and block elements, or plain ASCII
/// for fonts and terminals that lack them (PuTTY in some modes, the Linux console).
public struct Glyphs: Hashable, Sendable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    /// Bar pieces from one eighth to a full cell; ASCII has only the full piece.
    public var barEighths: [String]
    public var intervalLine: String
    public var intervalEnd: String
    public var ellipsis: String
    /// Marks the selected row so it shows without colour or reverse video.
    public var selectionMarker: String
    public var scrollUp: String
    public var scrollDown: String

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        barEighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"], intervalLine: "─", intervalEnd: "┤",
        ellipsis: "…", selectionMarker: ">", scrollUp: "↑", scrollDown: "↓")

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        barEighths: ["#"], intervalLine: "-", intervalEnd: "|",
        ellipsis: "~", selectionMarker: ">", scrollUp: "^", scrollDown: "v")

    /// The bar for `cells` columns (fractional), using eighth blocks where the glyph set has them.
    public func bar(cells: Double) -> String {
        guard cells > 0, let full = barEighths.last else { return "" }
        let steps = barEighths.count
        let total = Int((cells * Double(steps)).rounded())
        let whole = total / steps, rest = total % steps
        var result = String(repeating: full, count: whole)
        if rest > 0 { result += barEighths[rest - 1] }
        return result
    }
}
