/// Loads `survey/responses.csv` with the byte-level reader on all cores, parsing each distinct
/// cell text once (waves, sectors and answer lists repeat), with the reference reader's errors
/// as for `BusinessCSVLoader`.
struct ResponseCSVLoader {
    var path: String
    var sectorKeys: Set<String>
    var regionCodes: Set<String>
    var waveIDs: Set<String>
    var progress: LoadProgressHandler?

    func load() throws(DataFolderError) -> [SurveyResponse] {
        progress?(LoadProgress(file: path, step: Localized(id: "membaca", en: "reading")))
        let text = try FileBytes.read(path, limit: DataLimits.current.largeTableBytes)
        if FileBytes.hasNonTextBytes(text) { return try reference(text, upTo: nil) }
        let scanner = CSVScanner(bytes: text.base, count: text.count)
        let header: CSVHeaderLayout
        switch try CSVHeaderLayout.read(text, scanner, file: path, columns: RegistryColumns.responses) {
        case .ready(let layout): header = layout
        case .needsReference(let end): return try reference(text, upTo: end)
        }
        let sink = ResponseRowSink(
            positions: header.positions, sectorKeys: sectorKeys, regionCodes: regionCodes, waveIDs: waveIDs, bufferEnd: text.count)
        let result = CSVParallelParse.run(scanner, from: header.bodyStart, columns: header.columnCount) { chunks, _ in
            chunks.map { chunk in
                var chunkSink = sink
                chunkSink.reserve(chunk.rowCapacity)
                return chunkSink
            }
        }
        switch result {
        case .needsReference:
            return try reference(text, upTo: nil)
        case .failed(let recordStart):
            try ReferenceCheck(text: text, scanner: scanner, headerEnd: header.bodyStart)
                .checkRecord(at: recordStart) { bytes throws(DataFolderError) in _ = try decode(bytes) }
            return try reference(text, upTo: scanner.recordEnd(from: recordStart))
        case .parsed(let sinks, _):
            var responses: [SurveyResponse] = []
            responses.reserveCapacity(sinks.reduce(0) { $0 + $1.sink.responses.count })
            for (sink, _) in sinks { responses.append(contentsOf: sink.responses) }
            return responses
        }
    }

    /// The reference reader on `bytes`.
    private func decode(_ bytes: [UInt8]) throws(DataFolderError) -> [SurveyResponse] {
        let decoder = RegistryDecoder(sectorKeys: sectorKeys, regionCodes: regionCodes)
        do { return try decoder.responses(try CSVTable(bytes: bytes, file: path), waveIDs: waveIDs) } catch { throw .csv(error) }
    }

    private func reference(_ text: ColumnBuffer<UInt8>, upTo end: Int?) throws(DataFolderError) -> [SurveyResponse] {
        if let end, end < text.count { _ = try decode(Array(text.buffer[0..<end])) }
        return try decode(text.array)
    }
}

/// Turns scanned response records into `SurveyResponse` values; see `BusinessRowSink`.
struct ResponseRowSink: CSVRecordSink {
    /// The references every response must satisfy.
    struct Known {
        var sectorKeys: Set<String>
        var regionCodes: Set<String>
        var waveIDs: Set<String>
    }

    let positions: [Int]
    let known: Known
    let bufferEnd: Int
    private(set) var responses: [SurveyResponse] = []

    private var waves = ByteValueCache<String?>()
    private var sectors = ByteValueCache<String?>()
    private var regions = ByteValueCache<String?>()
    private var scales = ByteValueCache<Scale?>()
    private var yesNo = ByteValueCache<YesNo?>()
    private var channels = ByteValueCache<[Channel]?>()
    private var revenue = ByteValueCache<RevenueChange?>()
    private var statuses = ByteValueCache<OperatingStatus?>()
    private var reasons = ByteValueCache<[NotOnlineReason]?>()
    private var assistance = ByteValueCache<[AssistanceNeed]?>()

    init(positions: [Int], sectorKeys: Set<String>, regionCodes: Set<String>, waveIDs: Set<String>, bufferEnd: Int) {
        self.positions = positions
        self.bufferEnd = bufferEnd
        known = Known(sectorKeys: sectorKeys, regionCodes: regionCodes, waveIDs: waveIDs)
    }

    mutating func reserve(_ rows: Int) { responses.reserveCapacity(rows) }

    mutating func record(_ fields: UnsafePointer<CSVFieldSpan>, bytes: UnsafePointer<UInt8>) -> Bool {
        let at = positions
        guard let wave = Self.cached(fields[at[0]], bytes, bufferEnd, &waves, known, Self.wave),
              let sector = Self.cached(fields[at[2]], bytes, bufferEnd, &sectors, known, Self.sector),
              let region = Self.cached(fields[at[3]], bytes, bufferEnd, &regions, known, Self.region),
              let scale = Self.cached(fields[at[4]], bytes, bufferEnd, &scales, known, Self.scale),
              let onlineBefore = Self.cached(fields[at[5]], bytes, bufferEnd, &yesNo, known, Self.yesNo),
              let onlineNow = Self.cached(fields[at[6]], bytes, bufferEnd, &yesNo, known, Self.yesNo),
              let channelList = Self.cached(fields[at[7]], bytes, bufferEnd, &channels, known, Self.channels),
              let revenueChange = Self.cached(fields[at[8]], bytes, bufferEnd, &revenue, known, Self.revenue),
              let status = Self.cached(fields[at[9]], bytes, bufferEnd, &statuses, known, Self.status),
              let reasonList = Self.cached(fields[at[10]], bytes, bufferEnd, &reasons, known, Self.reasons),
              let assistanceList = Self.cached(fields[at[11]], bytes, bufferEnd, &assistance, known, Self.assistance)
        else { return false }
        let id = fields[at[1]]
        let businessID = id.escaped
            ? BusinessRowSink.unescaped(id, bytes)
            : String(decoding: UnsafeBufferPointer(start: bytes + id.start, count: id.end - id.start), as: UTF8.self)
        responses.append(SurveyResponse(
            wave: wave, businessID: businessID, sector: sector, region: region, scale: scale, onlineBefore: onlineBefore,
            onlineNow: onlineNow, channels: channelList, revenueChange: revenueChange, status: status,
            reasonsNotOnline: reasonList, assistance: assistanceList))
        return true
    }

    /// A cell's value through its column's cache; `parse` runs only for a text not seen before.
    @inline(__always)
    private static func cached<T>(
        _ span: CSVFieldSpan, _ bytes: UnsafePointer<UInt8>, _ bufferEnd: Int, _ cache: inout ByteValueCache<T?>,
        _ known: Known, _ parse: (Known, String) -> T?
    ) -> T? {
        if !span.escaped, let hit = cache.lookup(bytes, span.start, span.end, bufferEnd: bufferEnd) { return hit }
        let value = parse(known, BusinessRowSink.unescaped(span, bytes))
        if !span.escaped { cache.store(value, bytes, span.start, span.end, bufferEnd: bufferEnd) }
        return value
    }

    private static func wave(_ known: Known, _ text: String) -> String? {
        !text.isEmpty && known.waveIDs.contains(text) ? text : nil
    }
    private static func sector(_ known: Known, _ text: String) -> String? { known.sectorKeys.contains(text) ? text : nil }
    private static func region(_ known: Known, _ text: String) -> String? { known.regionCodes.contains(text) ? text : nil }
    private static func scale(_: Known, _ text: String) -> Scale? { Scale(parsing: text) }
    private static func yesNo(_: Known, _ text: String) -> YesNo? { YesNo.parsing(text) }
    private static func channels(_: Known, _ text: String) -> [Channel]? {
        try? CSVRow.list(text, Channel.init(parsing:)).get()
    }
    private static func revenue(_: Known, _ text: String) -> RevenueChange? {
        text.isEmpty ? .noAnswer : RevenueChange(rawValue: text.lowercased())
    }
    private static func status(_: Known, _ text: String) -> OperatingStatus? { OperatingStatus(rawValue: text.lowercased()) }
    private static func reasons(_: Known, _ text: String) -> [NotOnlineReason]? {
        try? CSVRow.list(text) { NotOnlineReason(rawValue: $0.lowercased()) }.get()
    }
    private static func assistance(_: Known, _ text: String) -> [AssistanceNeed]? {
        try? CSVRow.list(text) { AssistanceNeed(rawValue: $0.lowercased()) }.get()
    }
}
