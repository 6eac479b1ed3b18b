import Foundation

/// Reads an office's CSV into raw rows: UTF-8 with or without a byte order mark, or Windows-1252
/// (what Excel writes on an Indonesian Windows) detected and reported; `,`, `;` or tab detected
/// from the first lines. Workbooks are read by the import module; old formats get a message.
public enum ImportFileReader {
    public enum Format: Equatable, Sendable {
        case csv, xlsx
        /// Excel 97–2003 or OpenDocument: must be saved again as `.xlsx`.
        case old(String)
    }

    public static func format(of path: String) -> Format {
        switch SafePath.split(path).name.split(separator: ".").last?.lowercased() {
        case "xlsx", "xlsm": .xlsx
        case "xls": .old("Excel 97–2003 (.xls)")
        case "ods": .old("OpenDocument (.ods)")
        default: .csv
        }
    }

    /// The message for an old format, with what to do.
    public static func oldFormatMessage(_ name: String) -> Localized {
        Localized(
            id: "format \(name) tidak dibaca; buka di Excel atau LibreOffice lalu Simpan Sebagai \"Excel Workbook (.xlsx)\" atau \"CSV UTF-8\"",
            en: "the \(name) format is not read; open it in Excel or LibreOffice and Save As \"Excel Workbook (.xlsx)\" or \"CSV UTF-8\"")
    }

    /// Decodes and splits a CSV file's bytes.
    public static func csvRows(_ bytes: [UInt8], source: String) throws(ImportError) -> (rows: [[String]], notes: [Localized]) {
        var notes: [Localized] = []
        var text = bytes
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
        if String(validating: text, as: UTF8.self) == nil {
            // Not UTF-8: Windows-1252, which maps every byte to a character.
            guard let decoded = String(data: Data(text), encoding: .windowsCP1252) else {
                throw ImportError(source: source, row: nil, column: nil, message: Localized(
                    id: "bukan teks UTF-8 maupun Windows-1252; simpan ulang sebagai CSV UTF-8",
                    en: "neither UTF-8 nor Windows-1252 text; save it again as CSV UTF-8"))
            }
            text = Array(decoded.utf8)
            notes.append(Localized(id: "berkas dibaca sebagai Windows-1252 (bukan UTF-8); periksa huruf beraksen",
                                   en: "file read as Windows-1252 (not UTF-8); check accented letters"))
        }
        let separator = detectSeparator(text)
        notes.append(Localized(id: "pemisah kolom: \(separatorName(separator, .id))", en: "column separator: \(separatorName(separator, .en))"))
        do {
            let records = try CSVReader.records(text, file: source, separator: separator)
            // Records keep their line numbers; rows here are counted from 1 as in a spreadsheet,
            // so blank lines (which the reader skips) come back as empty rows.
            var rows: [[String]] = []
            for record in records {
                while rows.count < record.line - 1 { rows.append([]) }
                rows.append(record.fields)
            }
            return (rows, notes)
        } catch {
            throw ImportError(source: source, row: error.line, column: nil, message: error.message)
        }
    }

    /// The separator that splits the first lines most evenly: `;` from an Indonesian-locale
    /// Excel, `,` elsewhere, tab from a copy-paste.
    static func detectSeparator(_ bytes: [UInt8]) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var quoted = false
        for byte in bytes.prefix(64 << 10) {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if byte == UInt8(ascii: "\n"), !quoted {
                if !current.isEmpty { lines.append(current) }
                current = []
                if lines.count == 10 { break }
            } else if !quoted {
                current.append(byte)
            }
        }
        if !current.isEmpty { lines.append(current) }
        func score(_ separator: UInt8) -> Int {
            let counts = lines.map { $0.count(where: { $0 == separator }) }
            guard let most = counts.max(), most > 0 else { return 0 }
            // Many lines with the same, non-zero count: a table's separator.
            return counts.count(where: { $0 == most }) * 1000 + most
        }
        return candidates.max { score($0) < score($1) } ?? UInt8(ascii: ",")
    }

    static func separatorName(_ separator: UInt8, _ language: Language) -> String {
        switch separator {
        case UInt8(ascii: ";"): language == .id ? "titik koma (;)" : "semicolon (;)"
        case UInt8(ascii: "\t"): "tab"
        default: language == .id ? "koma (,)" : "comma (,)"
        }
    }
}
