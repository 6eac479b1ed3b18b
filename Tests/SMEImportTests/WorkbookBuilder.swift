import Foundation
import ZIPFoundation

/// Writes small `.xlsx` files part by part, as Excel lays them out, so tests can make the
/// workbooks offices send and the hostile ones nobody should.
enum WorkbookBuilder {
    /// A cell: a shared string, an inline string, a number (as written in the XML), a date
    /// serial with a date style, a boolean.
    enum Cell {
        case shared(String), inline(String), number(String), date(Double), bool(Bool), empty
    }

    static func workbook(sheets: [(name: String, rows: [Int: [Cell]])], extraEmptyRows: Int = 0) throws -> Data {
        var shared: [String] = []
        func index(_ text: String) -> Int {
            if let found = shared.firstIndex(of: text) { return found }
            shared.append(text)
            return shared.count - 1
        }
        var parts: [(String, Data)] = []
        var sheetEntries = "", relationEntries = ""
        for (number, sheet) in sheets.enumerated() {
            var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            for (row, cells) in sheet.rows.sorted(by: { $0.key < $1.key }) {
                xml += "<row r=\"\(row)\">"
                for (column, cell) in cells.enumerated() {
                    let reference = "\(letters(column))\(row)"
                    switch cell {
                    case .shared(let text): xml += "<c r=\"\(reference)\" t=\"s\"><v>\(index(text))</v></c>"
                    case .inline(let text): xml += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(escape(text))</t></is></c>"
                    case .number(let text): xml += "<c r=\"\(reference)\"><v>\(text)</v></c>"
                    case .date(let serial): xml += "<c r=\"\(reference)\" s=\"1\"><v>\(serial)</v></c>"
                    case .bool(let value): xml += "<c r=\"\(reference)\" t=\"b\"><v>\(value ? 1 : 0)</v></c>"
                    case .empty: xml += "<c r=\"\(reference)\" s=\"2\"/>"
                    }
                }
                xml += "</row>"
            }
            let last = sheet.rows.keys.max() ?? 0
            if extraEmptyRows > 0 {
                // Formatted but empty rows, as a sheet whose formatting was dragged down.
                for row in (last + 1)...(last + extraEmptyRows) { xml += "<row r=\"\(row)\" s=\"2\" customFormat=\"1\"><c r=\"A\(row)\" s=\"2\"/></row>" }
            }
            xml += "</sheetData></worksheet>"
            parts.append(("xl/worksheets/sheet\(number + 1).xml", Data(xml.utf8)))
            sheetEntries += "<sheet name=\"\(escape(sheet.name))\" sheetId=\"\(number + 1)\" r:id=\"rId\(number + 1)\"/>"
            relationEntries += "<Relationship Id=\"rId\(number + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(number + 1).xml\"/>"
        }
        let strings = #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + shared.map { "<si><t xml:space=\"preserve\">\(escape($0))</t></si>" }.joined() + "</sst>"
        parts += [
            ("[Content_Types].xml", Data(#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#.utf8)),
            ("xl/workbook.xml", Data((#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"# + sheetEntries + "</sheets></workbook>").utf8)),
            ("xl/_rels/workbook.xml.rels", Data((#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"# + relationEntries + "</Relationships>").utf8)),
            ("xl/sharedStrings.xml", Data(strings.utf8)),
            ("xl/styles.xml", Data(#"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="0"/></cellXfs></styleSheet>"#.utf8)),
        ]
        return try zip(parts)
    }

    static func zip(_ parts: [(String, Data)], compression: CompressionMethod = .deflate) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compression) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    static func letters(_ column: Int) -> String {
        var number = column + 1, text = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            text = String(UnicodeScalar(65 + remainder)!) + text
            number = (number - 1) / 26
        }
        return text
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
