import CXLSXWriter
import Foundation
import SMEModel

/// A libxlsxwriter workbook written into a private temporary folder and read back as bytes
/// (version 1.1.4 in Debian cannot write to memory). Every status is checked and turned into
/// `ReportError.xlsx`.
final class XLSXWorkbook {
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private let folder: String
    private let path: String
    private var isClosed = false

    init() throws(ReportError) {
        var template = Array((FileManager.default.temporaryDirectory.path + "/smedash-xlsx-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else { throw .xlsx("cannot create a temporary folder: \(String(cString: strerror(errno)))") }
        let folder = String(cString: created)
        let path = folder + "/report.xlsx"
        self.folder = folder
        self.path = path
        let handle: UnsafeMutablePointer<lxw_workbook>? = folder.withCString { tmpdir in
            var options = lxw_workbook_options(constant_memory: 0, tmpdir: UnsafeMutablePointer(mutating: tmpdir), use_zip64: 0)
            return workbook_new_opt(path, &options)
        }
        guard let handle else {
            try? FileManager.default.removeItem(atPath: folder)
            throw .xlsx("workbook_new_opt returned nothing")
        }
        workbook = handle
    }

    deinit {
        if !isClosed { _ = workbook_close(workbook) }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Title, author and a creation date pinned to `created` (midnight UTC), for reproducible files.
    func setProperties(title: String, author: String, subject: String, created: ISODate) throws(ReportError) {
        let strings = [title, author, subject, "smedash"].map { $0.withCString { strdup($0) } }
        defer { strings.forEach { free($0) } }
        var properties = lxw_doc_properties()
        properties.title = strings[0]
        properties.author = strings[1]
        properties.company = strings[1]
        properties.subject = strings[2]
        properties.comments = strings[3]
        properties.created = time_t(created.dayNumber * 86_400)
        try check(workbook_set_properties(workbook, &properties), "workbook_set_properties")
    }

    func addSheet(_ name: String) throws(ReportError) -> UnsafeMutablePointer<lxw_worksheet> {
        try check(workbook_validate_sheet_name(workbook, name), "sheet name \"\(name)\"")
        guard let sheet = workbook_add_worksheet(workbook, name) else { throw .xlsx("workbook_add_worksheet(\"\(name)\") returned nothing") }
        return sheet
    }

    func addChart(_ type: lxw_chart_type) throws(ReportError) -> UnsafeMutablePointer<lxw_chart> {
        guard let chart = workbook_add_chart(workbook, UInt8(type.rawValue)) else { throw .xlsx("workbook_add_chart returned nothing") }
        return chart
    }

    func addFormat() throws(ReportError) -> UnsafeMutablePointer<lxw_format> {
        guard let format = workbook_add_format(workbook) else { throw .xlsx("workbook_add_format returned nothing") }
        return format
    }

    /// Writes the file and returns its bytes; the temporary folder goes when the workbook does.
    func close() throws(ReportError) -> Data {
        isClosed = true
        try check(workbook_close(workbook), "workbook_close")
        guard let data = FileManager.default.contents(atPath: path) else { throw .xlsx("cannot read back \(path)") }
        return data
    }

    func check(_ status: lxw_error, _ what: String) throws(ReportError) {
        guard status != LXW_NO_ERROR else { return }
        let message = lxw_strerror(status).map { String(cString: $0) } ?? "error \(status.rawValue)"
        throw .xlsx("\(what): \(message)")
    }
}
