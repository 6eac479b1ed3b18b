/// Paper for PDF and print CSS: A4 (the official base size) or F4/Folio (215 × 330 mm), which
/// many regional offices use.
public enum PaperSize: String, CaseIterable, Sendable, Codable {
    case a4, f4

    public var widthMillimetres: Double { self == .a4 ? 210 : 215 }
    public var heightMillimetres: Double { self == .a4 ? 297 : 330 }

    /// Size in PostScript points (1/72 inch), as PDF measures pages.
    public var widthPoints: Double { widthMillimetres * 72 / 25.4 }
    public var heightPoints: Double { heightMillimetres * 72 / 25.4 }

    /// The CSS `@page` size value.
    public var cssSize: String { self == .a4 ? "A4" : "215mm 330mm" }
}
