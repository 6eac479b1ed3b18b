import CPangoCairo

/// Something to draw on a page, placed in points from the top-left corner.
enum PDFOperation {
    case text(PDFText, x: Double, y: Double, gray: Double)
    case line(x0: Double, y0: Double, x1: Double, y1: Double, width: Double, gray: Double)
    case fill(x: Double, y: Double, width: Double, height: Double, gray: Double)
    case image(PDFImage, x: Double, y: Double, height: Double)
    case circle(x: Double, y: Double, radius: Double, gray: Double, filled: Bool)
    case dashedLine(x0: Double, y0: Double, x1: Double, y1: Double, width: Double, gray: Double)
}

/// Pages being filled top to bottom. Layout happens before any drawing, so the page count is
/// known when the footers ("Halaman 2 dari 5") are drawn. A page is portrait unless a table too
/// wide for portrait asked for landscape; the margins stay where the binding is.
final class PDFPageFlow {
    struct Page {
        var isLandscape: Bool
        var operations: [PDFOperation] = []
    }

    /// Where the flow stood, to take back a trial layout.
    struct Mark {
        fileprivate var pageCount: Int
        fileprivate var operationCount: Int
        fileprivate var isLandscape: Bool
        fileprivate var y: Double
    }

    let context: OpaquePointer
    let fonts: PDFFonts
    /// The paper in portrait.
    let paperWidth: Double
    let paperHeight: Double
    /// Margins after the Indonesian letter guidelines: wider on the left for binding.
    let left: Double
    let right: Double
    let top: Double
    let bottom: Double

    private(set) var pages: [Page] = [Page(isLandscape: false)]
    private(set) var y: Double

    init(context: OpaquePointer, fonts: PDFFonts, pageWidth: Double, pageHeight: Double) {
        self.context = context
        self.fonts = fonts
        paperWidth = pageWidth
        paperHeight = pageHeight
        let millimetre = 72 / 25.4
        left = 25 * millimetre
        right = 20 * millimetre
        top = 20 * millimetre
        bottom = 22 * millimetre
        y = top
    }

    var isLandscape: Bool { pages[pages.count - 1].isLandscape }
    var pageWidth: Double { width(landscape: isLandscape) }
    var pageHeight: Double { height(landscape: isLandscape) }
    func width(landscape: Bool) -> Double { landscape ? paperHeight : paperWidth }
    func height(landscape: Bool) -> Double { landscape ? paperWidth : paperHeight }
    func contentWidth(landscape: Bool) -> Double { width(landscape: landscape) - left - right }

    var contentWidth: Double { contentWidth(landscape: isLandscape) }
    var contentBottom: Double { pageHeight - bottom }
    var remaining: Double { contentBottom - y }
    var isAtPageTop: Bool { y <= top }
    var pageCount: Int { pages.count }
    /// The tallest block a page can hold.
    var pageContentHeight: Double { pageHeight - top - bottom }

    /// Starts a page; `landscape` nil keeps the current orientation.
    func newPage(landscape: Bool? = nil) {
        pages.append(Page(isLandscape: landscape ?? isLandscape))
        y = top
    }

    /// Continues in the given orientation: the current page turns when nothing is on it yet,
    /// otherwise a new page starts.
    func turn(landscape: Bool) {
        guard landscape != isLandscape else { return }
        if pages[pages.count - 1].operations.isEmpty {
            pages[pages.count - 1].isLandscape = landscape
            y = top
        } else {
            newPage(landscape: landscape)
        }
    }

    /// Starts a new page unless `height` fits below the current position (or the page is empty,
    /// where nothing more can be gained).
    func ensure(_ height: Double) {
        if height > remaining && !isAtPageTop { newPage() }
    }

    func advance(_ height: Double) { y += height }

    func add(_ operation: PDFOperation) {
        pages[pages.count - 1].operations.append(operation)
    }

    var mark: Mark {
        Mark(pageCount: pages.count, operationCount: pages[pages.count - 1].operations.count, isLandscape: isLandscape, y: y)
    }

    /// Takes back everything laid out since `mark`.
    func rewind(to mark: Mark) {
        pages.removeLast(pages.count - mark.pageCount)
        pages[pages.count - 1].operations.removeLast(pages[pages.count - 1].operations.count - mark.operationCount)
        pages[pages.count - 1].isLandscape = mark.isLandscape
        y = mark.y
    }

    func text(_ string: String, _ style: PDFFonts.Style, width: Double? = nil, alignment: PDFText.Alignment = .left,
              wrap: PDFText.Wrap = .words) throws(ReportError) -> PDFText
    {
        try PDFText(string, style: style, fonts: fonts, context: context, wrapWidth: width, alignment: alignment, wrap: wrap)
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
