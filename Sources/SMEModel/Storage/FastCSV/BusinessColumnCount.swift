/// Counts `registry/businesses.csv` by one code column (sector or region) straight from the
/// file's bytes, on all cores, without building the column store: the records are scanned as
/// every load scans them (quotes, line ends, field counts), but only the counted field is looked
/// at, so a count of a million rows allocates nothing per row. This is how a one-off count keeps
/// up with DuckDB and Polars reading the same CSV.
///
/// It checks what it reads: the record structure and that the counted value is a known code. Any
/// doubt (a bad value, invalid UTF-8, an unusual header) returns nil and the caller loads the
/// registry as usual, whose reader reports the problem with its line and column.
public enum BusinessColumnCount {
    public static func count(_ folder: DataFolder, column: String, codes: [String]) -> [String: Int]? {
        let path = folder.businesses
        guard let text = try? FileBytes.read(path, limit: DataLimits.current.largeTableBytes),
              !FileBytes.hasNonTextBytes(text), text.count < Int(UInt32.max) else { return nil }
        let scanner = CSVScanner(bytes: text.base, count: text.count)
        guard case .ready(let header)? = try? CSVHeaderLayout.read(text, scanner, file: path, columns: RegistryColumns.businesses),
              let wanted = RegistryColumns.businesses.firstIndex(of: column) else { return nil }
        let table = CodeLookup(codes)
        let result = CSVParallelParse.run(scanner, from: header.bodyStart, columns: header.columnCount) { chunks, _ in
            chunks.map { _ in CountingSink(position: header.positions[wanted], lookup: table) }
        }
        guard case .parsed(let sinks, _) = result else { return nil }
        var totals = [Int](repeating: 0, count: codes.count)
        for (sink, _) in sinks {
            for index in totals.indices { totals[index] += sink.counts[index] }
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
