import Foundation

/// One sheet of an office's file as rows of text cells, with where each row came from, after the
/// parts that are not data are set aside and reported: title rows above the header, empty rows
/// and columns, and a totals row at the bottom.
public struct ImportSheet: Sendable {
    /// A data row: its 1-based row number in the file and its cells under `header`.
    public struct Row: Sendable, Equatable {
        public var number: Int
        public var cells: [String]
    }

    /// The file and, for a workbook, the sheet: the start of every located message.
    public var source: String
    public var header: [String]
    /// The header's row number in the file.
    public var headerRow: Int
    public var rows: [Row]
    /// What was set aside, in file order ("row 1: title", "row 240: totals").
    public var skipped: [Localized]
    /// Reading notes: the delimiter, an encoding fallback.
    public var notes: [Localized]

    /// Builds a sheet from raw rows, finding the header: the first row in the top 20 where at
    /// least two cells are known column names (`isHeader`).
    public init(source: String, rawRows: [[String]], notes: [Localized] = [], isHeader: (String) -> Bool) throws(ImportError) {
        self.source = source
        self.notes = notes
        var skipped: [Localized] = []
        let trimmed = rawRows.map { $0.map { $0.trimmingWhitespaceFast() } }
        guard let headerIndex = trimmed.prefix(20).firstIndex(where: { $0.count(where: isHeader) >= 2 }) else {
            throw ImportError(source: source, row: nil, column: nil, message: Localized(
                id: "baris judul kolom tidak ditemukan di 20 baris pertama (perlu minimal dua nama kolom yang dikenal, misalnya nama_usaha dan kabupaten_kota)",
                en: "no header row found in the first 20 rows (at least two known column names are needed, such as nama_usaha and kabupaten_kota)"))
        }
        for index in 0..<headerIndex where !trimmed[index].allSatisfy(\.isEmpty) {
            let text = trimmed[index].first { !$0.isEmpty } ?? ""
            skipped.append(Localized(id: "baris \(index + 1): judul di atas tabel (\"\(text.prefix(40))\") dilewati",
                                     en: "row \(index + 1): title above the table (\"\(text.prefix(40))\") skipped"))
        }
        let headerCells = trimmed[headerIndex]
        // Columns with no header and no value anywhere are formatting left-overs.
        let used = headerCells.indices.filter { column in
            !headerCells[column].isEmpty || trimmed[(headerIndex + 1)...].contains { column < $0.count && !$0[column].isEmpty }
        }
        header = used.map { headerCells[$0] }
        headerRow = headerIndex + 1
        var rows: [Row] = []
        var emptyRun = 0
        for index in (headerIndex + 1)..<trimmed.count {
            let cells = used.map { $0 < trimmed[index].count ? trimmed[index][$0] : "" }
            if cells.allSatisfy(\.isEmpty) {
                emptyRun += 1
                continue
            }
            if emptyRun > 0, !rows.isEmpty {
                skipped.append(Localized(id: "baris \(index + 1 - emptyRun)–\(index): \(emptyRun) baris kosong dilewati",
                                         en: "rows \(index + 1 - emptyRun)–\(index): \(emptyRun) empty rows skipped"))
            }
            emptyRun = 0
            rows.append(Row(number: index + 1, cells: cells))
        }
        if emptyRun > 0 {
            skipped.append(Localized(id: "\(emptyRun) baris kosong di akhir dilewati", en: "\(emptyRun) empty rows at the end skipped"))
        }
        // A last row that says "Jumlah"/"Total" and has no name-like text besides is a totals row.
        if let last = rows.last, Self.isTotals(last.cells) {
            rows.removeLast()
            skipped.append(Localized(id: "baris \(last.number): baris jumlah/total dilewati", en: "row \(last.number): totals row skipped"))
        }
        self.rows = rows
        self.skipped = skipped
    }

    static func isTotals(_ cells: [String]) -> Bool {
        let words = ["jumlah", "total", "grand total", "jumlah total", "sub total", "subtotal"]
        let texts = cells.filter { !$0.isEmpty }
        guard let first = texts.first else { return false }
        let isLabel = words.contains(first.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ": ")))
        let othersNumeric = texts.dropFirst().allSatisfy { $0.allSatisfy { $0.isNumber || $0 == "." || $0 == "," } }
        return isLabel && othersNumeric
    }
}

/// A problem in an imported file, located by file (and sheet), row and column. Values quoted in
/// the message are masked when they are personal data (`MessageMasking.shown`).
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public var source: String
    public var row: Int?
    public var column: String?
    public var message: Localized

    public init(source: String, row: Int?, column: String?, message: Localized) {
        self.source = source
        self.row = row
        self.column = column
        self.message = message
    }

    public var description: String { description(.en) }

    /// `kab-garut.xlsx: sheet "Data" row 231, column "NIK": …`
    public func description(_ language: Language) -> String {
        var place = source
        if let row { place += language == .id ? " baris \(row)" : " row \(row)" }
        if let column { place += language == .id ? ", kolom \"\(column)\"" : ", column \"\(column)\"" }
        return place + ": " + message(language)
    }
}
