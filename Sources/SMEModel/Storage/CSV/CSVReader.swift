/// A CSV record with the 1-based line on which it starts, for error messages.
public struct CSVRecord: Hashable, Sendable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// A problem in a CSV file, located by file and line.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: Localized

    public init(file: String, line: Int, message: Localized) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { description(.en) }

    public func description(_ language: Language) -> String {
        "\(file):\(line): \(message(language))"
    }
}

/// A byte-level RFC 4180 reader: UTF-8 with or without a BOM (Excel writes one), LF or CRLF line
/// ends, quoted fields holding separators, doubled quotes and line breaks.
public enum CSVReader {
    /// Splits `bytes` into records. Blank lines are skipped; an unterminated quote, invalid UTF-8,
    /// UTF-16, a NUL byte or a BOM after the start is an error naming the line.
    public static func records(
        _ bytes: [UInt8], file: String, separator: UInt8 = UInt8(ascii: ",")
    ) throws(CSVError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = 0
        let count = bytes.count
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        if count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw CSVError(file: file, line: 1, message: Localized(
                id: "berkas ini UTF-16 (Excel \"Unicode Text\"); simpan ulang sebagai CSV UTF-8",
                en: "this file is UTF-16 (Excel \"Unicode Text\"); save it again as CSV UTF-8"))
        }

        /// NUL bytes and a byte order mark after the start are not text: a binary file, UTF-16, or
        /// two files joined. Kept out so they never end up inside an id or a name.
        func checkByte(_ byte: UInt8, at position: Int) throws(CSVError) {
            if byte == 0 {
                throw CSVError(file: file, line: line, message: Localized(
                    id: "byte NUL: ini bukan berkas teks CSV UTF-8", en: "NUL byte: this is not a CSV UTF-8 text file"))
            }
            if byte == 0xEF, position + 2 < count, bytes[position + 1] == 0xBB, bytes[position + 2] == 0xBF {
                throw CSVError(file: file, line: line, message: Localized(
                    id: "tanda BOM di tengah berkas (dua berkas digabung?); hapus tanda itu",
                    en: "a byte order mark (BOM) in the middle of the file (two files joined?); remove it"))
            }
        }

        /// Past `DataLimits`: no real field or record is this long, and reading on would hold
        /// the whole file in one string.
        var recordStart = index
        func checkLength(at position: Int) throws(CSVError) {
            if field.count > DataLimits.fieldBytes {
                throw CSVError(file: file, line: recordLine, message: Localized(
                    id: "isian ke-\(fields.count + 1) lebih panjang dari \(DataLimits.fieldBytes / 1024) KiB; isian sepanjang ini bukan data yang wajar (tanda kutip yang tidak ditutup?)",
                    en: "field \(fields.count + 1) is longer than \(DataLimits.fieldBytes / 1024) KiB; no real value is this long (a quote that never closes?)"))
            }
            if position - recordStart > DataLimits.recordBytes {
                throw CSVError(file: file, line: recordLine, message: Localized(
                    id: "baris data lebih panjang dari \(DataLimits.recordBytes >> 20) MiB; baris sepanjang ini bukan data yang wajar",
                    en: "the record is longer than \(DataLimits.recordBytes >> 20) MiB; no real record is this long"))
            }
        }

        func finishField() throws(CSVError) {
            guard let text = String(validating: field, as: UTF8.self) else {
                throw CSVError(file: file, line: line, message: Localized(
                    id: "bukan teks UTF-8 yang sah (simpan ulang sebagai CSV UTF-8)",
                    en: "not valid UTF-8 text (save it again as CSV UTF-8)"))
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
        }

        // A record that is only `""` holds one empty value; only a truly empty line is blank.
        var recordHadQuote = false
        func finishRecord() {
            let isBlank = fields.count == 1 && fields[0].isEmpty && !recordHadQuote
            if !isBlank { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
            recordHadQuote = false
        }

        var atFieldStart = true
        while index < count {
            let byte = bytes[index]
            if atFieldStart && byte == quote {
                // Quoted field: runs to the next lone quote, across separators and line breaks.
                let openLine = line
                recordHadQuote = true
                index += 1
                var closed = false
                while index < count {
                    let inner = bytes[index]
                    if inner == quote {
                        if index + 1 < count && bytes[index + 1] == quote {
                            field.append(quote)
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if inner == lf { line += 1 }
                    if inner == 0 || inner == 0xEF { try checkByte(inner, at: index) }
                    field.append(inner)
                    if field.count & 0xFFF == 0 { try checkLength(at: index) }
                    index += 1
                }
                guard closed else {
                    throw CSVError(file: file, line: openLine, message: Localized(
                        id: "tanda kutip dibuka di sini tetapi tidak pernah ditutup",
                        en: "a quote opens here but never closes"))
                }
                try checkLength(at: index)
                if index < count, bytes[index] != separator, bytes[index] != cr, bytes[index] != lf {
                    throw CSVError(file: file, line: line, message: Localized(
                        id: "teks setelah tanda kutip penutup; kutip di dalam isian harus ditulis ganda (\"\")",
                        en: "text after a closing quote; a quote inside a field must be doubled (\"\")"))
                }
                atFieldStart = false
                continue
            }
            atFieldStart = false
            if byte == separator {
                try checkLength(at: index)
                try finishField()
                atFieldStart = true
            } else if byte == lf || byte == cr {
                try checkLength(at: index)
                try finishField()
                finishRecord()
                if byte == cr, index + 1 < count, bytes[index + 1] == lf { index += 1 }
                line += 1
                recordLine = line
                recordStart = index + 1
                atFieldStart = true
            } else {
                if byte == 0 || byte == 0xEF { try checkByte(byte, at: index) }
                field.append(byte)
                if field.count & 0xFFF == 0 { try checkLength(at: index) }
            }
            index += 1
        }
        if !field.isEmpty || !fields.isEmpty || !atFieldStart {
            try checkLength(at: index)
            try finishField()
            finishRecord()
        }
        return records
    }
}
