import Foundation

/// Survey batches in the same inbox as registry batches: created as drafts with every row
/// checked, shown, returned or accepted the same way. Accepting appends the wave's responses to
/// `survey/responses.csv` (and the wave to `survey/waves.csv` when new) with safe saves that
/// refuse if either file changed meanwhile.
extension ImportInbox {
    public func createSurvey(responses: [ImportedResponse], wave: SurveyWave, sources: [(path: String, bytes: [UInt8])], notes: [Localized],
                             now: Date = Date()) throws(ImportInboxError) -> ImportBatch {
        let batch = try newBatch(sources: sources, notes: notes, now: now, kind: .survey, wave: wave)
        try saveResponses(batch, responses)
        try save(batch, rows: [], replacing: false)
        return batch
    }

    public func loadResponses(_ id: String) throws(ImportInboxError) -> [ImportedResponse] {
        let path = SafePath.join(try batchFolder(id), "responses.json")
        do { return try JSONDecoder().decode([ImportedResponse].self, from: SafeFile.read(path).0) } catch {
            throw ImportInboxError(message: Localized(id: "jawaban survei batch \(id) tidak terbaca", en: "the survey answers of batch \(id) cannot be read"))
        }
    }

    func saveResponses(_ batch: ImportBatch, _ responses: [ImportedResponse]) throws(ImportInboxError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            try SafeFile.write(try encoder.encode(responses), to: SafePath.join(try batchFolder(batch.id), "responses.json"),
                               expecting: nil, keepHistory: false, within: folder.root)
        } catch let error as ImportInboxError {
            throw error
        } catch {
            throw ImportInboxError(message: Localized(id: "batch tidak dapat disimpan: \(error)", en: "the batch could not be saved: \(error)"))
        }
    }

    func acceptSurvey(_ batch: ImportBatch, by official: String, now: Date) throws(ImportInboxError) -> ImportBatch.Counts {
        var batch = batch
        guard let wave = batch.wave else {
            throw ImportInboxError(message: Localized(id: "batch \(batch.id) tidak menyebut gelombangnya", en: "batch \(batch.id) names no wave"))
        }
        let rows = try loadResponses(batch.id)
        func failure(_ error: Error) -> ImportInboxError {
            if let error = error as? SafeFileError { return ImportInboxError(message: Localized(id: error.description(.id), en: error.description(.en))) }
            return ImportInboxError(message: Localized(id: "berkas survei tidak terbaca: \(error)", en: "the survey files cannot be read: \(error)"))
        }
        var waves: [SurveyWave] = []
        var wavesStamp: FileStamp?
        var responses: [SurveyResponse] = []
        var responsesStamp: FileStamp?
        do {
            if FileManager.default.fileExists(atPath: folder.waves) {
                let (data, stamp) = try SafeFile.read(folder.waves, limit: DataLimits.current.smallTableBytes)
                waves = try RegistryDecoder.waves(try CSVTable(bytes: [UInt8](data), file: folder.waves))
                wavesStamp = stamp
            }
            if FileManager.default.fileExists(atPath: folder.responses) {
                let registry = try folder.loadRegistry([])
                let (data, stamp) = try SafeFile.read(folder.responses, limit: DataLimits.current.largeTableBytes)
                responses = try RegistryDecoder(sectorKeys: Set(registry.sectors.map(\.key)), regionCodes: Set(registry.regions.map(\.code)))
                    .responses(try CSVTable(bytes: [UInt8](data), file: folder.responses), waveIDs: Set(waves.map(\.id)))
                responsesStamp = stamp
            }
        } catch {
            throw failure(error)
        }
        // Answers that reached the survey file since the batch was checked are not added twice.
        let answered = Set(responses.lazy.filter { $0.wave == wave.id }.map(\.businessID))
        let adding = rows.compactMap(\.response).filter { !answered.contains($0.businessID) }
        batch.state = .accepted
        batch.decidedBy = official
        batch.decidedAt = Self.timestamp(now).iso
        var counts = ImportBatch.Counts()
        counts.new = adding.count
        counts.invalid = rows.count(where: \.isInvalid)
        counts.skipped = rows.count(where: \.isRejected) + (rows.compactMap(\.response).count - adding.count)
        let line = Self.logLine(batch, counts: counts)
        let files = try encoded(batch, rows: [])
        let isNewWave = !waves.contains(where: { $0.id == wave.id })
        let change = RegistryChange.survey(newWave: isNewWave ? Placed(waves.count + 1, wave) : nil,
                                           responses: adding.enumerated().map { Placed(responses.count + $0.offset + 1, $0.element) })
        try send(batch, files: files, isNew: false, by: official, registry: change, logLine: line)
        do {
            if isNewWave {
                try SafeFile.write(Data(RegistryEncoder.waves(waves + [wave])), to: folder.waves, expecting: wavesStamp, within: folder.root)
            }
            try SafeFile.write(Data(RegistryEncoder.responses(responses + adding)), to: folder.responses, expecting: responsesStamp, within: folder.root)
        } catch {
            throw failure(error)
        }
        try write(batch, files: files, replacing: true)
        appendLog(line)
        return counts
    }
}
