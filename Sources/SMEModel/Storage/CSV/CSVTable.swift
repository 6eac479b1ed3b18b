/// A CSV file read as a header plus records, with typed access to named columns that reports
/// `file:line: column "x": ...` on bad values.
public struct CSVTable: Sendable {
    public var file: String
    public var header: [String]
    public var records: [CSVRecord]
    private var columnIndex: [String: Int]

    public init(bytes: [UInt8], file: String) throws(CSVError) {
        let all = try CSVReader.records(bytes, file: file)
        guard let first = all.first else {
            throw CSVError(file: file, line: 1, message: Localized(
                id: "berkas kosong: baris judul kolom tidak ada", en: "empty file: the header row is missing"))
        }
        self.file = file
        self.header = first.fields.map { $0.trimmingSpaces() }
        self.records = Array(all.dropFirst())
        var index: [String: Int] = [:]
        for (position, name) in header.enumerated() where index[name] == nil { index[name] = position }
        self.columnIndex = index
        for record in records where record.fields.count != header.count {
            throw CSVError(file: file, line: record.line, message: Localized(
                id: "ada \(record.fields.count) kolom, judul punya \(header.count)",
                en: "\(record.fields.count) columns, the header has \(header.count)"))
        }
    }

    /// Checks that every named column exists, so a missing one is reported once, at the header.
    public func require(_ names: [String]) throws(CSVError) {
        for name in names where columnIndex[name] == nil {
            throw CSVError(file: file, line: 1, message: Localized(
                id: "kolom \"\(name)\" tidak ada di baris judul", en: "column \"\(name)\" is missing from the header"))
        }
    }

    public func hasColumn(_ name: String) -> Bool { columnIndex[name] != nil }

    /// A view of one record that converts fields and reports errors at its line.
    public func row(_ record: CSVRecord) -> CSVRow { CSVRow(table: self, record: record) }

    fileprivate func index(of name: String) -> Int? { columnIndex[name] }
}

/// Typed access to one record's fields by column name.
public struct CSVRow {
    let table: CSVTable
    let record: CSVRecord

    public var line: Int { record.line }

    /// A located error quoting `value`; personal data in it is masked (`MessageMasking`).
    public func error(_ column: String, _ value: String, id: String, en: String) -> CSVError {
        let shown = MessageMasking.shown(value, column: column)
        return CSVError(file: table.file, line: record.line, message: Localized(
            id: "kolom \"\(column)\": \"\(shown)\" \(id)", en: "column \"\(column)\": \"\(shown)\" \(en)"))
    }

    public func string(_ column: String) -> String {
        guard let index = table.index(of: column), index < record.fields.count else { return "" }
        return record.fields[index].trimmingSpaces()
    }

    public func optionalString(_ column: String) -> String? {
        let value = string(column)
        return value.isEmpty ? nil : value
    }

    public func requiredString(_ column: String) throws(CSVError) -> String {
        let value = string(column)
        guard !value.isEmpty else {
            throw CSVError(file: table.file, line: record.line, message: Localized(
                id: "kolom \"\(column)\" kosong", en: "column \"\(column)\" is empty"))
        }
        return value
    }

    /// A required identifier that may become part of a file name (`SafeName`).
    public func identifier(_ column: String) throws(CSVError) -> String {
        let value = try requiredString(column)
        if let problem = SafeName.problem(value) {
            throw error(column, value, id: "tidak dapat dipakai sebagai pengenal: \(problem.id)",
                        en: "cannot be used as an identifier: \(problem.en)")
        }
        return value
    }

    public func int(_ column: String) throws(CSVError) -> Int {
        let value = string(column)
        guard let number = Int(value) else {
            throw error(column, value, id: "bukan bilangan bulat", en: "is not a number")
        }
        return number
    }

    public func optionalInt(_ column: String) throws(CSVError) -> Int? {
        let value = string(column)
        if value.isEmpty { return nil }
        guard let number = Int(value) else {
            throw error(column, value, id: "bukan bilangan bulat", en: "is not a number")
        }
        return number
    }

    public func bool(_ column: String) throws(CSVError) -> Bool {
        let value = string(column).lowercased()
        guard let parsed = Self.bool(value) else { throw error(column, value, id: "bukan yes/no", en: "is not yes/no") }
        return parsed
    }

    /// The yes/no words both readers accept, in any case.
    static func bool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "ya", "true", "1": true
        case "no", "tidak", "false", "0": false
        default: nil
        }
    }

    /// A value from a fixed list, such as a scale or a status.
    public func choice<T>(_ column: String, _ parse: (String) -> T?) throws(CSVError) -> T {
        let value = string(column)
        guard let parsed = parse(value) else {
            throw error(column, value, id: "bukan nilai yang dikenal", en: "is not a known value")
        }
        return parsed
    }

    /// A `|`-separated list of values from a fixed list; empty means none.
    public func list<T>(_ column: String, _ parse: (String) -> T?) throws(CSVError) -> [T] {
        switch Self.list(string(column), parse) {
        case .success(let values): return values
        case .failure(let bad): throw error(column, bad.item, id: "bukan nilai yang dikenal", en: "is not a known value")
        }
    }

    /// The item of a list that is not a known value.
    struct UnknownItem: Error { var item: String }

    /// Splits a trimmed `|`-separated cell and parses each trimmed item; shared with the fast reader.
    static func list<T>(_ value: String, _ parse: (String) -> T?) -> Result<[T], UnknownItem> {
        if value.isEmpty { return .success([]) }
        var out: [T] = []
        for part in value.split(separator: "|") {
            let item = String(part).trimmingSpaces()
            guard let parsed = parse(item) else { return .failure(UnknownItem(item: item)) }
            out.append(parsed)
        }
        return .success(out)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var view = Substring(self)
        while let first = view.first, first == " " || first == "\t" { view = view.dropFirst() }
        while let last = view.last, last == " " || last == "\t" { view = view.dropLast() }
        return String(view)
    }
}
