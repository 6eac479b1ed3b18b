import CPangoCairo

/// Something to draw on a page, placed in points from the top-left corner.
enum PDFOperation {
    case text(PDFText, x: Double, y: Double, gray: Double)
    case line(x0: Double, y0: Double, x1: Double, y1: Double, width: Double, gray: Double)
    case fill(x: Double, y: Double, width: Double, height: Double, gray: Double)
}

/// Pages being filled top to bottom. Layout happens before any drawing, so the page count is
/// known when the footers ("Halaman 2 dari 5") are drawn.
final class PDFPageFlow {
    let context: OpaquePointer
    let fonts: PDFFonts
    let pageWidth: Double
    let pageHeight: Double
    /// Margins after the Indonesian letter guidelines: wider on the left for binding.
    let left: Double
    let right: Double
    let top: Double
    let bottom: Double

    private(set) var pages: [[PDFOperation]] = [[]]
    private(set) var y: Double

    init(context: OpaquePointer, fonts: PDFFonts, pageWidth: Double, pageHeight: Double) {
        self.context = context
        self.fonts = fonts
        self.pageWidth = pageWidth
        self.pageHeight = pageHeight
        let millimetre = 72 / 25.4
        left = 25 * millimetre
        right = 20 * millimetre
        top = 20 * millimetre
        bottom = 22 * millimetre
        y = top
    }

    var contentWidth: Double { pageWidth - left - right }
    var contentBottom: Double { pageHeight - bottom }
    var remaining: Double { contentBottom - y }
    var isAtPageTop: Bool { y <= top }
    var pageCount: Int { pages.count }

    func newPage() {
        pages.append([])
        y = top
    }

    /// Starts a new page unless `height` fits below the current position (or the page is empty,
    /// where nothing more can be gained).
    func ensure(_ height: Double) {
        if height > remaining && !isAtPageTop { newPage() }
    }

    func advance(_ height: Double) { y += height }

    func add(_ operation: PDFOperation) {
        pages[pages.count - 1].append(operation)
    }

    func text(_ string: String, _ style: PDFFonts.Style, width: Double? = nil, alignment: PDFText.Alignment = .left)
        throws(ReportError) -> PDFText
    {
        try PDFText(string, style: style, fonts: fonts, context: context, wrapWidth: width, alignment: alignment)
    }

    /// Places a wrapped block of text across the content width, breaking the page first if needed.
    func paragraph(_ string: String, _ style: PDFFonts.Style, gray: Double = 0, alignment: PDFText.Alignment = .left,
                   spaceAfter: Double = 4) throws(ReportError) {
        for line in string.reportLines {
            let box = try text(line, style, width: contentWidth, alignment: alignment)
            ensure(box.height)
            add(.text(box, x: left, y: y, gray: gray))
            advance(box.height)
        }
        advance(spaceAfter)
    }
}
