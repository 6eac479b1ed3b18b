import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SMEModel
import ZIPFoundation

/// Reads an office's `.xlsx` into rows of text, as Excel stores it: shared and inline strings,
/// numbers as written (so a NIK Excel turned into `3.27308480664092E+15` is seen as damaged),
/// dates as ISO text, booleans. Bounded against hostile workbooks: every part's declared size is
/// checked before anything is inflated, a part that inflates past its limit is stopped, and a
/// sheet of a million empty formatted rows costs only the rows that hold values.
public struct XLSXWorkbook {
    /// Largest part inflated (a sheet or the shared strings); far beyond any regency's list.
    public static let partLimit = 256 << 20
    /// A part whose declared size is this many times its compressed size is a ZIP bomb.
    public static let ratioLimit: UInt64 = 1_000

    public let source: String
    /// Sheet names in workbook order.
    public let sheets: [String]
    private let archive: Archive
    private let targets: [String: String]
    private let sharedStrings: [String]
    private let dateStyles: Set<Int>

    public init(data: Data, source: String) throws(ImportError) {
        self.source = source
        func fail(_ id: String, _ en: String) -> ImportError {
            ImportError(source: source, row: nil, column: nil, message: Localized(id: id, en: en))
        }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw fail("buku kerja ini terkunci kata sandi atau berformat Excel 97–2003; buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx",
                       "this workbook is password-protected or in the Excel 97–2003 format; open it in Excel, remove the password and save it as .xlsx")
        }
        do { archive = try Archive(data: data, accessMode: .read) } catch {
            throw fail("bukan buku kerja .xlsx yang utuh (berkas ZIP rusak atau terpotong)",
                       "not a whole .xlsx workbook (the ZIP file is damaged or cut short)")
        }
        for entry in archive where entry.type == .file {
            let declared = entry.uncompressedSize
            if declared > UInt64(Self.partLimit) || (declared > 1 << 20 && declared / max(entry.compressedSize, 1) > Self.ratioLimit) {
                throw fail("bagian \(entry.path) terlalu besar saat dibuka (\(declared) bita; bom ZIP?); berkas ditolak",
                           "the part \(entry.path) would inflate to \(declared) bytes (a ZIP bomb?); the file is refused")
            }
        }
        let workbook = try Self.part(archive, "xl/workbook.xml", source: source)
        let relations = (try? Self.part(archive, "xl/_rels/workbook.xml.rels", source: source)) ?? Data()
        let sheetList = XMLElements(data: workbook, names: ["sheet"]).elements
        let relationList = XMLElements(data: relations, names: ["Relationship"]).elements
        let byID = Dictionary(relationList.compactMap { rel in rel.attributes["Id"].map { ($0, rel.attributes["Target"] ?? "") } },
                              uniquingKeysWith: { first, _ in first })
        var targets: [String: String] = [:]
        var names: [String] = []
        for (index, sheet) in sheetList.enumerated() {
            let name = sheet.attributes["name"] ?? "Sheet\(index + 1)"
            names.append(name)
            let id = sheet.attributes["r:id"] ?? sheet.attributes.first { $0.key.hasSuffix(":id") }?.value ?? ""
            var target = byID[id] ?? "worksheets/sheet\(index + 1).xml"
            if target.hasPrefix("/") { target.removeFirst() } else { target = "xl/" + target }
            targets[name] = target
        }
        guard !names.isEmpty else { throw fail("buku kerja tanpa lembar", "the workbook has no sheets") }
        sheets = names
        self.targets = targets
        let strings = (try? Self.part(archive, "xl/sharedStrings.xml", source: source)).map(SharedStrings.parse) ?? []
        sharedStrings = strings
        dateStyles = (try? Self.part(archive, "xl/styles.xml", source: source)).map(DateStyles.parse) ?? []
    }

    /// The rows of `sheet` (the first when nil), padded so row N is at index N-1.
    public func rows(sheet: String? = nil) throws(ImportError) -> (name: String, rows: [[String]]) {
        let name = sheet ?? sheets[0]
        guard let target = targets[name] else {
            throw ImportError(source: source, row: nil, column: nil, message: Localized(
                id: "lembar \"\(name)\" tidak ada (ada: \(sheets.joined(separator: ", ")))",
                en: "no sheet \"\(name)\" (there are: \(sheets.joined(separator: ", ")))"))
        }
        let data = try Self.part(archive, target, source: source)
        let cells = SheetCells(shared: sharedStrings, dateStyles: dateStyles)
        cells.read(data)
        var rows: [[String]] = []
        for (row, columns) in cells.rows.sorted(by: { $0.key < $1.key }) {
            while rows.count < row - 1 { rows.append([]) }
            var line = [String](repeating: "", count: (columns.keys.max() ?? -1) + 1)
            for (column, value) in columns { line[column] = value }
            rows.append(line)
        }
        return (name, rows)
    }

    /// One part's bytes, stopped at the limit whatever its header declared.
    static func part(_ archive: Archive, _ path: String, source: String) throws(ImportError) -> Data {
        guard let entry = archive[path] else {
            throw ImportError(source: source, row: nil, column: nil, message: Localized(
                id: "bagian \(path) tidak ada; bukan buku kerja Excel yang utuh", en: "the part \(path) is missing; not a whole Excel workbook"))
        }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > partLimit { throw PartTooLarge() }
            }
        } catch {
            throw ImportError(source: source, row: nil, column: nil, message: error is PartTooLarge
                ? Localized(id: "bagian \(path) melebihi \(partLimit >> 20) MiB saat dibuka; berkas ditolak",
                            en: "the part \(path) inflates past \(partLimit >> 20) MiB; the file is refused")
                : Localized(id: "bagian \(path) rusak (\(error))", en: "the part \(path) is damaged (\(error))"))
        }
        return data
    }

    private struct PartTooLarge: Error {}
}

/// Elements of a small XML part with their attributes (workbook sheets, relationships).
final class XMLElements: NSObject, XMLParserDelegate {
    struct Element { var name: String; var attributes: [String: String] }
    private(set) var elements: [Element] = []
    private let names: Set<String>

    init(data: Data, names: Set<String>) {
        self.names = names
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if names.contains(name) { elements.append(Element(name: name, attributes: attributes)) }
    }
}

/// `xl/sharedStrings.xml`: each `<si>` is one string, its `<t>` runs joined (rich text).
enum SharedStrings {
    static func parse(_ data: Data) -> [String] {
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        parser.parse()
        return reader.strings
    }

    final class Reader: NSObject, XMLParserDelegate {
        var strings: [String] = []
        private var current = ""
        private var inText = false
        private var inPhonetic = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "si": current = ""
            case "t": inText = !inPhonetic
            case "rPh": inPhonetic = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { current += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "t": inText = false
            case "rPh": inPhonetic = false
            case "si": strings.append(current)
            default: break
            }
        }
    }
}

/// Which cell styles show dates: built-in formats 14–22 and 45–47, and custom formats with day,
/// month or year codes outside quoted text.
enum DateStyles {
    static func parse(_ data: Data) -> Set<Int> {
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        parser.parse()
        var dates = Set<Int>()
        for (index, format) in reader.formats.enumerated() {
            if (14...22).contains(format) || (45...47).contains(format) || reader.customDates.contains(format) { dates.insert(index) }
        }
        return dates
    }

    final class Reader: NSObject, XMLParserDelegate {
        var formats: [Int] = []
        var customDates = Set<Int>()
        private var inCellFormats = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"], Self.isDate(code) {
                    customDates.insert(id)
                }
            case "cellXfs": inCellFormats = true
            case "xf" where inCellFormats: formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "cellXfs" { inCellFormats = false }
        }

        static func isDate(_ code: String) -> Bool {
            var quoted = false, bracket = false
            for character in code.lowercased() {
                if character == "\"" { quoted.toggle() }
                if character == "[" { bracket = true }
                if character == "]" { bracket = false }
                if !quoted, !bracket, "dmy".contains(character) { return true }
            }
            return false
        }
    }
}

/// A worksheet's cells by row and column (0-based), only those with a value.
final class SheetCells: NSObject, XMLParserDelegate {
    private(set) var rows: [Int: [Int: String]] = [:]
    private let shared: [String]
    private let dateStyles: Set<Int>
    private var row = 0, column = 0, nextColumn = 0
    private var type = "", style = 0
    private var value = ""
    private var inValue = false, inInline = false

    init(shared: [String], dateStyles: Set<Int>) {
        self.shared = shared
        self.dateStyles = dateStyles
    }

    func read(_ data: Data) {
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "row":
            row = attributes["r"].flatMap(Int.init) ?? row + 1
            nextColumn = 0
        case "c":
            column = attributes["r"].flatMap(Self.column) ?? nextColumn
            nextColumn = column + 1
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap(Int.init) ?? 0
            value = ""
        case "v": inValue = true
        case "is": inInline = true
        case "t" where inInline: inValue = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { value += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t": inValue = false
        case "is": inInline = false
        case "c":
            let text: String
            switch type {
            case "s": text = Int(value).flatMap { $0 < shared.count ? shared[$0] : nil } ?? ""
            case "b": text = value == "1" ? "TRUE" : "FALSE"
            case "n" where dateStyles.contains(style): text = Double(value).map(XLSXDates.iso) ?? value
            default: text = value
            }
            if !text.isEmpty { rows[row, default: [:]][column] = text }
        default: break
        }
    }

    /// "AB12" → 27.
    static func column(_ reference: String) -> Int? {
        var number = 0
        var sawLetter = false
        for scalar in reference.unicodeScalars {
            guard (65...90).contains(scalar.value) else { break }
            number = number * 26 + Int(scalar.value) - 64
            sawLetter = true
        }
        return sawLetter ? number - 1 : nil
    }
}

/// Excel's 1900 date system.
public enum XLSXDates {
    /// Excel's 1900 date system (with its phantom 29 February 1900) to `yyyy-MM-dd`.
    public static func iso(_ serial: Double) -> String {
        let days = Int(serial.rounded(.down))
        guard days > 0 else { return String(serial) }
        // Serial 61 is 1900-03-01; Excel counts a 1900-02-29 that never was.
        let epoch = days > 60 ? days - 2 : days - 1
        var components = DateComponents()
        components.year = 1900
        components.month = 1
        components.day = 1 + epoch
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: components) else { return String(serial) }
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
