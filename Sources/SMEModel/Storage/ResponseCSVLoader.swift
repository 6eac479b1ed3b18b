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
        let text = try FileBytes.read(path)
        let scanner = CSVScanner(bytes: text.base, count: text.count)
        let header: CSVHeaderLayout
        switch try CSVHeaderLayout.read(text, scanner, file: path, columns: RegistryColumns.responses) {
        case .ready(let layout): header = layout
        case .needsReference(let end): return try reference(text, upTo: end)
        }
        let sink = ResponseRowSink(positions: header.positions, sectorKeys: sectorKeys, regionCodes: regionCodes, waveIDs: waveIDs)
        let result = CSVParallelParse.run(scanner, from: header.bodyStart, columns: header.columnCount) { chunks, _ in
            chunks.map { _ in sink }
        }
        switch result {
        case .needsReference:
            return try reference(text, upTo: nil)
        case .failed(let recordStart):
            return try reference(text, upTo: scanner.recordEnd(from: recordStart))
        case .parsed(let sinks, _):
            var responses: [SurveyResponse] = []
            responses.reserveCapacity(sinks.reduce(0) { $0 + $1.sink.responses.count })
            for (sink, _) in sinks { responses.append(contentsOf: sink.responses) }
            return responses
        }
    }

    private func reference(_ text: ColumnBuffer<UInt8>, upTo end: Int?) throws(DataFolderError) -> [SurveyResponse] {
        let decoder = RegistryDecoder(sectorKeys: sectorKeys, regionCodes: regionCodes)
        func decode(_ bytes: [UInt8]) throws(DataFolderError) -> [SurveyResponse] {
            do { return try decoder.responses(try CSVTable(bytes: bytes, file: path), waveIDs: waveIDs) } catch { throw .csv(error) }
        }
        if let end, end < text.count { _ = try decode(Array(text.buffer[0..<end])) }
        return try decode(text.array)
    }
}

/// Turns scanned response records into `SurveyResponse` values; see `BusinessRowSink`.
struct ResponseRowSink: CSVRecordSink {
    let positions: [Int]
    let sectorKeys: Set<String>
    let regionCodes: Set<String>
    let waveIDs: Set<String>
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

    init(positions: [Int], sectorKeys: Set<String>, regionCodes: Set<String>, waveIDs: Set<String>) {
        self.positions = positions
        self.sectorKeys = sectorKeys
        self.regionCodes = regionCodes
        self.waveIDs = waveIDs
    }

    mutating func record(_ fields: UnsafePointer<CSVFieldSpan>, bytes: UnsafePointer<UInt8>) -> Bool {
        let at = positions
        func cell<T>(_ column: Int, _ cache: inout ByteValueCache<T?>, _ parse: (String) -> T?) -> T? {
            let span = fields[at[column]]
            if span.escaped { return parse(BusinessRowSink.unescaped(span, bytes)) }
            return cache.value(bytes, span.start, span.end, parse: parse)
        }
        let (waveIDs, sectorKeys, regionCodes) = (self.waveIDs, self.sectorKeys, self.regionCodes)
        guard let wave = cell(0, &waves, { !$0.isEmpty && waveIDs.contains($0) ? $0 : nil }),
              let sector = cell(2, &sectors, { sectorKeys.contains($0) ? $0 : nil }),
              let region = cell(3, &regions, { regionCodes.contains($0) ? $0 : nil }),
              let scale = cell(4, &scales, Scale.init(parsing:)),
              let onlineBefore = cell(5, &yesNo, YesNo.parsing),
              let onlineNow = cell(6, &yesNo, YesNo.parsing),
              let channelList = cell(7, &channels, { try? CSVRow.list($0, Channel.init(parsing:)).get() }),
              let revenueChange = cell(8, &revenue, { $0.isEmpty ? .noAnswer : RevenueChange(rawValue: $0.lowercased()) }),
              let status = cell(9, &statuses, { OperatingStatus(rawValue: $0.lowercased()) }),
              let reasonList = cell(10, &reasons, { try? CSVRow.list($0) { NotOnlineReason(rawValue: $0.lowercased()) }.get() }),
              let assistanceList = cell(11, &assistance, { try? CSVRow.list($0) { AssistanceNeed(rawValue: $0.lowercased()) }.get() })
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
}
