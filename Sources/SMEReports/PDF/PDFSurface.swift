import CPangoCairo
import Foundation
import SMEModel

/// A Cairo PDF surface that writes into memory, with its drawing context. Every Cairo status is
/// checked and turned into `ReportError.pdf`.
final class PDFSurface {
    /// Collects the bytes Cairo writes; passed to the C callback as an unretained pointer.
    private final class Sink {
        var data = Data()
    }

    let context: OpaquePointer
    private let surface: OpaquePointer
    private let sink = Sink()
    private var isFinished = false

    init(widthPoints: Double, heightPoints: Double) throws(ReportError) {
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        guard let surface = cairo_pdf_surface_create_for_stream({ closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, closure, widthPoints, heightPoints) else {
            throw .pdf("cairo_pdf_surface_create_for_stream returned nothing")
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS, let context = cairo_create(surface) else {
            cairo_surface_destroy(surface)
            throw .pdf(Self.message(status))
        }
        self.surface = surface
        self.context = context
        try check()
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// Title, author, subject, creator and a fixed creation date, so the same report gives the
    /// same bytes.
    func setMetadata(title: String, author: String, subject: String, created: ISODate) throws(ReportError) {
        let date = "\(created)T00:00:00Z"
        let pairs: [(cairo_pdf_metadata_t, String)] = [
            (CAIRO_PDF_METADATA_TITLE, title), (CAIRO_PDF_METADATA_AUTHOR, author),
            (CAIRO_PDF_METADATA_SUBJECT, subject), (CAIRO_PDF_METADATA_CREATOR, "smedash"),
            (CAIRO_PDF_METADATA_CREATE_DATE, date), (CAIRO_PDF_METADATA_MOD_DATE, date),
        ]
        for (key, value) in pairs {
            cairo_pdf_surface_set_metadata(surface, key, value)
        }
        try check()
    }

    /// The size of the page about to be drawn: landscape pages for wide tables.
    func setPageSize(widthPoints: Double, heightPoints: Double) throws(ReportError) {
        cairo_pdf_surface_set_size(surface, widthPoints, heightPoints)
        try check()
    }

    func showPage() throws(ReportError) {
        cairo_show_page(context)
        try check()
    }

    /// Ends the document and returns its bytes.
    func finish() throws(ReportError) -> Data {
        guard !isFinished else { return sink.data }
        try check()
        cairo_surface_finish(surface)
        isFinished = true
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw .pdf(Self.message(status)) }
        return sink.data
    }

    /// Throws when the context or the surface has entered an error state.
    func check() throws(ReportError) {
        let contextStatus = cairo_status(context)
        guard contextStatus == CAIRO_STATUS_SUCCESS else { throw .pdf(Self.message(contextStatus)) }
        let surfaceStatus = cairo_surface_status(surface)
        guard surfaceStatus == CAIRO_STATUS_SUCCESS else { throw .pdf(Self.message(surfaceStatus)) }
    }

    static func message(_ status: cairo_status_t) -> String {
        guard let text = cairo_status_to_string(status) else { return "cairo status \(status.rawValue)" }
        return String(cString: text)
    }
}
