import CPangoCairo

/// A laid-out piece of plain text (never Pango markup, so user text cannot change styles), with
/// its size in points. Owns its Pango layout.
final class PDFText {
    enum Alignment { case left, center, right }
    /// Where a line may break: between words, falling back to characters only for a word wider
    /// than the box (`words`); never inside a word (`wholeWords`, headers: the column is sized
    /// so every word fits).
    enum Wrap { case words, wholeWords }

    private let layout: OpaquePointer
    let width: Double
    let height: Double

    /// Lays out `text` in `style`, wrapped at `wrapWidth` points (nil: one line per paragraph).
    init(_ text: String, style: PDFFonts.Style, fonts: PDFFonts, context: OpaquePointer, wrapWidth: Double? = nil,
         alignment: Alignment = .left, wrap: Wrap = .words) throws(ReportError) {
        guard let layout = pango_cairo_create_layout(context) else { throw .pdf("pango_cairo_create_layout returned nothing") }
        self.layout = layout
        pango_layout_set_font_description(layout, fonts.description(style))
        if let wrapWidth {
            pango_layout_set_width(layout, Int32(max(1, wrapWidth) * Double(PANGO_SCALE)))
            pango_layout_set_wrap(layout, wrap == .words ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_WORD)
        }
        switch alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        // Pango stops at a NUL byte; a control character is never meant to be printed anyway.
        let clean = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 && $0 != "\n" && $0 != "\t" ? " " : $0 }))
        pango_layout_set_text(layout, clean, -1)
        var logicalWidth: Int32 = 0
        var logicalHeight: Int32 = 0
        pango_layout_get_size(layout, &logicalWidth, &logicalHeight)
        width = wrapWidth ?? Double(logicalWidth) / Double(PANGO_SCALE)
        height = Double(logicalHeight) / Double(PANGO_SCALE)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    /// The width of the text itself, however wide the wrap box is.
    var inkWidth: Double {
        var logicalWidth: Int32 = 0
        var logicalHeight: Int32 = 0
        pango_layout_get_size(layout, &logicalWidth, &logicalHeight)
        return Double(logicalWidth) / Double(PANGO_SCALE)
    }

    func draw(in context: OpaquePointer, x: Double, y: Double, gray: Double) {
        cairo_set_source_rgb(context, gray, gray, gray)
        cairo_move_to(context, x, y)
        pango_cairo_show_layout(context, layout)
    }
}
