/// The header of a CSV file read for the fast path: where each wanted column is, how many columns
/// records must have, and where the body starts.
struct CSVHeaderLayout {
    /// Position in the header of each wanted column, in the order asked for.
    var positions: [Int]
    var columnCount: Int
    var bodyStart: Int

    enum Outcome {
        case ready(CSVHeaderLayout)
        /// The reference reader must decide, reading up to this offset (nil: the whole file).
        case needsReference(upTo: Int?)
    }

    /// Reads the first record with the reference reader (it is one line) and finds `columns`.
    static func read(_ text: ColumnBuffer<UInt8>, _ scanner: CSVScanner, file: String, columns: [String]) throws(DataFolderError) -> Outcome {
        let headerEnd = scanner.recordEnd(from: scanner.bodyStart)
        let records: [CSVRecord]
        do { records = try CSVReader.records(Array(text.buffer[0..<headerEnd]), file: file) } catch { throw .csv(error) }
        // A blank first line: leave the search for the header to the reference reader.
        guard let header = records.first?.fields.map({ $0.trimmingSpaces() }) else { return .needsReference(upTo: nil) }
        var positions: [Int] = []
        for name in columns {
            guard let position = header.firstIndex(of: name) else { return .needsReference(upTo: headerEnd) }
            positions.append(position)
        }
        return .ready(CSVHeaderLayout(positions: positions, columnCount: header.count, bodyStart: headerEnd))
    }
}
