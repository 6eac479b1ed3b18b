/// Counts `registry/businesses.csv` by one code column (sector or region) straight from the
/// file, on all cores and in bounded memory (`CSVStreamScan`), without building the column
/// store: the records are scanned as every load scans them (quotes, line ends, field counts),
/// but only the counted field is looked at, so a count of ten million rows allocates nothing per
/// row and holds a few megabytes of the file at a time. This is how a one-off count keeps up with
/// DuckDB and Polars reading the same CSV.
///
/// It checks what it reads: the record structure and that the counted value is a known code. Any
/// doubt (a bad value, invalid UTF-8, an unusual header) returns nil and the caller loads the
/// registry as usual, whose reader reports the problem with its line and column.
public enum BusinessColumnCount {
    public static func count(_ folder: DataFolder, column: String, codes: [String]) -> [String: Int]? {
        count(folder, column: column, codes: codes, pieceBytes: CSVStreamScan.pieceBytes)
    }

    static func count(_ folder: DataFolder, column: String, codes: [String], pieceBytes: Int) -> [String: Int]? {
        guard let wanted = RegistryColumns.businesses.firstIndex(of: column) else { return nil }
        let table = CodeLookup(codes)
        guard let sinks = CSVStreamScan.run(folder.businesses, columns: RegistryColumns.businesses,
                                            limit: DataLimits.current.largeTableBytes, pieceBytes: pieceBytes, makeSink: { layout in
            CountingSink(position: layout.positions[wanted], lookup: table)
        }) else { return nil }
        return totals(sinks.map(\.counts), codes)
    }

    static func totals(_ parts: [[Int]], _ codes: [String]) -> [String: Int] {
        var totals = [Int](repeating: 0, count: codes.count)
        for counts in parts {
            for index in totals.indices { totals[index] += counts[index] }
        }
        return Dictionary(uniqueKeysWithValues: zip(codes, totals))
    }
}

/// The known codes as bytes, found by length then bytes: a handful of sector keys or 27 region
/// codes, so a linear probe beats hashing a string per row.
struct CodeLookup: Sendable {
    let codes: [[UInt8]]

    init(_ codes: [String]) {
        self.codes = codes.map { Array($0.utf8) }
    }

    @inline(__always) func index(_ span: CSVFieldSpan, _ bytes: UnsafePointer<UInt8>) -> Int? {
        let length = span.end - span.start
        for (index, code) in codes.enumerated() where code.count == length {
            var same = true
            for offset in 0..<length where bytes[span.start + offset] != code[offset] {
                same = false
                break
            }
            if same { return index }
        }
        return nil
    }
}

/// Tallies one field per record; refuses a value that is not a known code (or is escaped, which
/// no code is), so the loader's reader can report it.
struct CountingSink: CSVRecordSink {
    let position: Int
    let lookup: CodeLookup
    var counts: [Int]

    init(position: Int, lookup: CodeLookup) {
        self.position = position
        self.lookup = lookup
        counts = [Int](repeating: 0, count: lookup.codes.count)
    }

    mutating func record(_ fields: UnsafePointer<CSVFieldSpan>, bytes: UnsafePointer<UInt8>) -> Bool {
        let span = fields[position]
        guard !span.escaped, let index = lookup.index(span, bytes) else { return false }
        counts[index] += 1
        return true
    }
}
