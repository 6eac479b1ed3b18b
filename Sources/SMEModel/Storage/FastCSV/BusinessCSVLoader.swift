/// Loads `registry/businesses.csv` into the column store with the byte-level reader on all cores.
///
/// Errors stay those of the reference reader (`CSVTable` + `RegistryDecoder`): when the fast path
/// meets a record it refuses, the reference reader reads the header and that record and reports
/// the problem with its file, line and column (or reads the file up to that record when carriage
/// returns make lines ambiguous). Anything the fast path cannot decide alone (invalid UTF-8,
/// Unicode trimming rules) is read entirely by the reference reader. When a file has several
/// problems, the first one in file order is reported.
struct BusinessCSVLoader {
    var path: String
    var sectors: [Sector]
    var regions: [Region]
    var progress: LoadProgressHandler?

    func load() throws(DataFolderError) -> BusinessList {
        report(Localized(id: "membaca", en: "reading"), nil)
        let text = try FileBytes.read(path, limit: DataLimits.current.largeTableBytes)
        if FileBytes.hasNonTextBytes(text) { return try reference(text, upTo: nil) }
        guard text.count < Int(UInt32.max) else {
            throw .unreadable(path, reason: "larger than 4 GB; split the registry into several files")
        }
        let scanner = CSVScanner(bytes: text.base, count: text.count)
        let header: CSVHeaderLayout
        switch try CSVHeaderLayout.read(text, scanner, file: path, columns: RegistryColumns.businesses) {
        case .ready(let layout): header = layout
        case .needsReference(let end): return try reference(text, upTo: end)
        }
        let headerEnd = header.bodyStart
        let sectorTable = CodeTable(sectors.map(\.key)), regionTable = CodeTable(regions.map(\.code))
        let layout = BusinessRowSink.Layout(
            positions: header.positions,
            sectorCodes: Dictionary(sectorTable.values.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a }),
            regionCodes: Dictionary(regionTable.values.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a }))
        var parts: BusinessColumns.Parts?
        let parsing = Localized(id: "mengurai", en: "parsing")
        let handler = progress
        let result = CSVParallelParse.run(
            scanner, from: headerEnd, columns: header.columnCount, progress: { [path] in handler?(LoadProgress(file: path, step: parsing, fraction: $0)) }
        ) { chunks, capacity in
            let made = BusinessColumns.Parts(
                count: capacity, text: text, sectorValues: sectorTable.values, regionValues: regionTable.values)
            parts = made
            return chunks.map { BusinessRowSink(parts: made, layout: layout, rowBase: $0.rowBase, rowCapacity: $0.rowCapacity) }
        }
        switch result {
        case .needsReference:
            return try reference(text, upTo: nil)
        case .failed(let recordStart):
            try ReferenceCheck(text: text, scanner: scanner, headerEnd: headerEnd)
                .checkRecord(at: recordStart) { bytes throws(DataFolderError) in _ = try referenceDecode(bytes) }
            return try reference(text, upTo: scanner.recordEnd(from: recordStart))
        case .parsed(let sinks, _):
            guard var parts else { return try reference(text, upTo: nil) }
            report(Localized(id: "mengindeks", en: "indexing"), nil)
            Self.assemble(&parts, sinks.map(\.sink))
            let columns = BusinessColumns(parts)
            if let duplicate = columns.ids.firstDuplicateRow {
                if let line = scanner.line(at: scanner.start(ofRow: duplicate, from: headerEnd)) {
                    throw .duplicateID(file: path, line: line, id: columns.string(duplicate, .id))
                }
                return try reference(text, upTo: scanner.offset(afterRows: duplicate + 1, from: headerEnd))
            }
            return BusinessList(columns: columns)
        }
    }

    /// Unescapes quoted texts in place, closes the gaps between chunks and gathers their
    /// side tables.
    private static func assemble(_ parts: inout BusinessColumns.Parts, _ sinks: [BusinessRowSink]) {
        let width = BusinessColumns.textFieldCount * 2
        let text = parts.text
        for sink in sinks {
            for (row, field) in sink.escaped {
                let slot = row * width + field * 2
                let start = Int(parts.spans[slot]), end = Int(parts.spans[slot + 1])
                var read = start, write = start
                while read < end {
                    let byte = text[read]
                    text[write] = byte
                    write += 1
                    read += byte == CSVScanner.quote && read + 1 < end && text[read + 1] == CSVScanner.quote ? 2 : 1
                }
                parts.spans[slot + 1] = UInt32(truncatingIfNeeded: write)
            }
        }
        var next = 0
        for sink in sinks {
            let shift = next - sink.rowBase
            if shift != 0 { parts.moveRows(from: sink.rowBase, to: next, count: sink.rows) }
            for (key, value) in sink.wideNumbers { parts.wideNumbers[key + shift * 3] = value }
            for (row, list) in sink.channelLists { parts.channelLists[row + Int32(shift)] = list }
            for (row, list) in sink.paymentLists { parts.paymentLists[row + Int32(shift)] = list }
            next += sink.rows
        }
        parts.shrink(to: next)
    }

    /// The reference reader: on `bytes[..<upTo]` first, where the fast path saw a problem, so a
    /// late problem in a large file is reported without reading all of it; then, if that found
    /// nothing, on the whole file.
    private func reference(_ text: ColumnBuffer<UInt8>, upTo end: Int?) throws(DataFolderError) -> BusinessList {
        report(Localized(id: "memeriksa", en: "checking"), nil)
        if let end, end < text.count { _ = try referenceDecode(Array(text.buffer[0..<end])) }
        let list = try referenceDecode(text.array)
        return BusinessList(list, sectorKeys: sectors.map(\.key), regionCodes: regions.map(\.code))
    }

    private func referenceDecode(_ bytes: [UInt8]) throws(DataFolderError) -> [Business] {
        let table: CSVTable
        let list: [Business]
        do {
            table = try CSVTable(bytes: bytes, file: path)
            list = try RegistryDecoder(sectorKeys: Set(sectors.map(\.key)), regionCodes: Set(regions.map(\.code)))
                .businesses(table)
        } catch { throw .csv(error) }
        var seen = Set<String>()
        for (index, business) in list.enumerated() where !seen.insert(business.id).inserted {
            throw .duplicateID(file: path, line: table.records[index].line, id: business.id)
        }
        return list
    }

    private func report(_ step: Localized, _ fraction: Double?) {
        progress?(LoadProgress(file: path, step: step, fraction: fraction))
    }
}
