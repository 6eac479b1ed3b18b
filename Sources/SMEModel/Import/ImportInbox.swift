import Foundation

/// An import batch as the inbox keeps it: `imports/<id>/` in the data folder holds a copy of each
/// source file, `rows.json` (every checked row with its verdict and decision) and `batch.json`.
public struct ImportBatch: Codable, Hashable, Sendable {
    public enum State: String, Codable, Sendable {
        case draft, accepted, returned
    }

    /// What a batch brings in: registry businesses, or one wave's survey responses.
    public enum Kind: String, Codable, Sendable {
        case businesses, survey
    }

    public var id: String
    public var created: String
    public var sources: [String]
    public var state: State
    /// What was set aside while reading (title rows, totals, empty rows) and reading notes.
    public var notes: [Localized]
    /// Who accepted or returned it, when, and the note sent back.
    public var decidedBy: String?
    public var decidedAt: String?
    public var returnNote: String?
    /// Nil in batches written before survey imports: businesses.
    public var kind: Kind?
    /// The wave a survey batch answers, as it will be added to `survey/waves.csv` when new.
    public var wave: SurveyWave?
    /// The first file's header, so the rows returned to the regency carry their column names.
    public var header: [String]?
    /// The registry businesses an accepted batch added or changed, for showing what it did.
    public var applied: [String]?

    public var isSurvey: Bool { kind == .survey }

    public struct Counts: Equatable, Sendable {
        public var new = 0, updates = 0, duplicates = 0, invalid = 0, skipped = 0

        public init() {}
    }
}

extension [ImportedRow] {
    public var counts: ImportBatch.Counts {
        var counts = ImportBatch.Counts()
        for row in self {
            switch (row.verdict, row.decision) {
            case (.new, _): counts.new += 1
            case (.update, _): counts.updates += 1
            case (.duplicate, .skip?): counts.skipped += 1
            case (.duplicate, .keep?): counts.new += 1
            case (.duplicate, .merge?): counts.updates += 1
            case (.duplicate, nil): counts.duplicates += 1
            case (.invalid, _): counts.invalid += 1
            }
        }
        return counts
    }
}

/// Why an inbox operation was refused.
public struct ImportInboxError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: Localized
    public var description: String { message.en }
    public func description(_ language: Language) -> String { message(language) }
}

/// The review inbox of a data folder: batches are created as drafts, decided row by row where
/// they may be duplicates, then accepted into the registry in one safe save, or returned.
public struct ImportInbox: Sendable {
    public let folder: DataFolder
    /// The shared store the folder is a working copy of; each step goes there first.
    public let sync: (any ImportSync)?
    /// Who creates and decides, for a shared store's audit log.
    public let official: String

    public init(folder: DataFolder, sync: (any ImportSync)? = nil, official: String = "") {
        self.folder = folder
        self.sync = sync
        self.official = official
    }

    public var root: String { folder.path("imports") }
    public var logPath: String { SafePath.join(root, "import-log.csv") }

    func batchFolder(_ id: String) throws(ImportInboxError) -> String {
        guard SafeName.isSafe(id) else { throw ImportInboxError(message: Localized(id: "nama batch tidak sah: \(id)", en: "not a batch name: \(id)")) }
        return SafePath.join(root, id)
    }

    /// Saves a new draft batch with copies of its sources; the id is made from the time and the
    /// first file's name.
    public func create(rows: [ImportedRow], sources: [(path: String, bytes: [UInt8])], notes: [Localized], header: [String]? = nil,
                       now: Date = Date()) throws(ImportInboxError) -> ImportBatch {
        var batch = try newBatch(sources: sources, notes: notes, now: now)
        batch.header = header
        try save(batch, rows: rows, replacing: false)
        return batch
    }

    /// A draft batch with a fresh id and copies of its sources in its folder.
    func newBatch(sources: [(path: String, bytes: [UInt8])], notes: [Localized], now: Date, kind: ImportBatch.Kind = .businesses,
                  wave: SurveyWave? = nil) throws(ImportInboxError) -> ImportBatch {
        let stamp = Self.timestamp(now)
        let stem = SafePath.split(sources.first?.path ?? "import").name.split(separator: ".").first.map(String.init) ?? "import"
        let safeStem = String(stem.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") ? $0 : "-" }.prefix(40))
        var id = "\(stamp.compact)-\(safeStem.isEmpty ? "import" : safeStem)"
        var number = 2
        while FileManager.default.fileExists(atPath: SafePath.join(root, id)) {
            id = "\(stamp.compact)-\(safeStem)-\(number)"
            number += 1
        }
        let batch = ImportBatch(id: id, created: stamp.iso, sources: sources.map { SafePath.split($0.path).name }, state: .draft,
                                notes: notes, decidedBy: nil, decidedAt: nil, returnNote: nil, kind: kind, wave: wave)
        let target = try batchFolder(id)
        do {
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
            for (index, source) in sources.enumerated() {
                let name = "source-\(index + 1)-" + String(SafePath.split(source.path).name.map { $0.isASCII && ($0.isLetter || $0.isNumber || ".-_".contains($0)) ? $0 : "_" }.prefix(160))
                    .replacingOccurrences(of: "..", with: "._")
                try SafeFile.write(Data(source.bytes), to: SafePath.join(target, name), expecting: nil, keepHistory: false, within: folder.root)
            }
        } catch {
            throw ImportInboxError(message: Localized(id: "batch tidak dapat disimpan: \(error)", en: "the batch could not be saved: \(error)"))
        }
        return batch
    }

    /// Every batch, newest first.
    public func list() -> [ImportBatch] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.sorted(by: >).compactMap { try? load($0).batch }
    }

    public func load(_ id: String) throws(ImportInboxError) -> (batch: ImportBatch, rows: [ImportedRow]) {
        let target = try batchFolder(id)
        let decoder = JSONDecoder()
        do {
            let batch = try decoder.decode(ImportBatch.self, from: SafeFile.read(SafePath.join(target, "batch.json")).0)
            let rows = try decoder.decode([ImportedRow].self, from: SafeFile.read(SafePath.join(target, "rows.json")).0)
            return (batch, rows)
        } catch {
            throw ImportInboxError(message: Localized(id: "batch \(id) tidak ada atau tidak terbaca", en: "batch \(id) does not exist or cannot be read"))
        }
    }

    /// The fields a merge may copy onto a registry business.
    public static let mergeableFields = ["name", "owner", "ownerNIK", "phone", "sector", "region", "scale", "employees", "yearFounded", "online", "nib"]

    /// Records a merge: the chosen fields of the row go onto `target`, one of the row's registry
    /// candidates, when the batch is accepted; nothing else of the registry business changes.
    public func merge(_ id: String, row: Int, into target: String, fields: [String]) throws(ImportInboxError) {
        var (batch, rows) = try load(id)
        try requireDraft(batch)
        guard let index = rows.firstIndex(where: { $0.row == row }), case .duplicate(let candidates, _) = rows[index].verdict else {
            throw ImportInboxError(message: Localized(id: "baris \(row) bukan calon duplikat", en: "row \(row) is not a duplicate candidate"))
        }
        guard candidates.contains(target), !target.hasPrefix("row ") else {
            throw ImportInboxError(message: Localized(
                id: "\(target) bukan calon di registri untuk baris \(row) (calon: \(candidates.joined(separator: ", ")))",
                en: "\(target) is not a registry candidate of row \(row) (candidates: \(candidates.joined(separator: ", ")))"))
        }
        let unknown = fields.filter { !Self.mergeableFields.contains($0) }
        guard !fields.isEmpty, unknown.isEmpty else {
            throw ImportInboxError(message: Localized(
                id: "kolom yang dapat digabung: \(Self.mergeableFields.joined(separator: ", "))",
                en: "fields that can be merged: \(Self.mergeableFields.joined(separator: ", "))"))
        }
        rows[index].decision = .merge
        rows[index].mergeInto = target
        rows[index].mergeFields = fields
        batch.decidedAt = nil
        try save(batch, rows: rows, replacing: true)
    }

    /// A duplicate candidate beside the registry business it may be: field, the row's value, the
    /// registry's value. Personal data is masked as everywhere.
    public func sideBySide(_ id: String, row: Int, registry: Registry) throws(ImportInboxError) -> (target: String, fields: [(field: String, row: String, registry: String)])? {
        let (_, rows) = try load(id)
        return rows.first { $0.row == row }.flatMap { ImportReview.twin(of: $0, registry: registry) }
    }

    /// Records an official's decision on a duplicate candidate.
    public func decide(_ id: String, row: Int, _ decision: ImportedRow.Decision) throws(ImportInboxError) {
        var (batch, rows) = try load(id)
        try requireDraft(batch)
        guard let index = rows.firstIndex(where: { $0.row == row }) else {
            throw ImportInboxError(message: Localized(id: "baris \(row) tidak ada di batch \(id)", en: "row \(row) is not in batch \(id)"))
        }
        guard case .duplicate = rows[index].verdict else {
            throw ImportInboxError(message: Localized(id: "baris \(row) bukan calon duplikat", en: "row \(row) is not a duplicate candidate"))
        }
        rows[index].decision = decision
        batch.decidedAt = nil
        try save(batch, rows: rows, replacing: true)
    }

    /// Applies a draft batch to the registry in one safe save (all or nothing; the previous file
    /// goes to `.history`), then marks it accepted and logs who and when. Refused while a
    /// duplicate candidate is undecided.
    @discardableResult
    public func accept(_ id: String, by official: String, now: Date = Date()) throws(ImportInboxError) -> ImportBatch.Counts {
        var (batch, rows) = try load(id)
        try requireDraft(batch)
        if batch.isSurvey { return try acceptSurvey(batch, by: official, now: now) }
        let open = rows.filter(\.isUnresolvedDuplicate)
        if !open.isEmpty {
            let list = open.prefix(10).map { String($0.row) }.joined(separator: ", ")
            throw ImportInboxError(message: Localized(
                id: "\(open.count) calon duplikat belum diputuskan (baris \(list)); pakai `import decide \(id) --row N --keep|--skip`",
                en: "\(open.count) duplicate candidates are undecided (rows \(list)); use `import decide \(id) --row N --keep|--skip`"))
        }
        let path = folder.businesses
        let (data, stamp): (Data, FileStamp)
        do { (data, stamp) = try SafeFile.read(path, limit: DataLimits.current.largeTableBytes) } catch {
            throw ImportInboxError(message: Localized(id: error.description(.id), en: error.description(.en)))
        }
        var businesses: [Business]
        let registry: Registry
        do {
            registry = try folder.loadRegistry([])
            let table = try CSVTable(bytes: [UInt8](data), file: path)
            businesses = try RegistryDecoder(sectorKeys: Set(registry.sectors.map(\.key)), regionCodes: Set(registry.regions.map(\.code)))
                .businesses(table)
        } catch {
            throw ImportInboxError(message: Localized(id: "registri tidak terbaca: \(error)", en: "the registry cannot be read: \(error)"))
        }
        var indexByID = Dictionary(businesses.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var next = Self.nextNumbers(businesses)
        var applied: [String] = []
        for row in rows {
            guard var business = row.business else { continue }
            switch (row.verdict, row.decision) {
            case (.update(let target, let changes), _):
                guard let index = indexByID[target] else { continue }
                businesses[index] = Self.applying(changes, to: businesses[index])
                applied.append(target)
            case (.duplicate, .merge?):
                guard let target = row.mergeInto, let index = indexByID[target] else { continue }
                let chosen = Set(row.mergeFields ?? [])
                let changes = ImportReview.changes(from: businesses[index], to: business).filter { chosen.contains($0.field) }
                businesses[index] = Self.applying(changes, to: businesses[index])
                applied.append(target)
            case (.new, _), (.duplicate, .keep?):
                let number = next[business.region, default: 1]
                next[business.region] = number + 1
                business.id = String(format: "UMK-%@-%05d", business.region, number)
                indexByID[business.id] = businesses.count
                businesses.append(business)
                applied.append(business.id)
            default:
                continue
            }
        }
        batch.state = .accepted
        batch.decidedBy = official
        batch.decidedAt = Self.timestamp(now).iso
        batch.applied = applied
        let counts = rows.counts
        let line = Self.logLine(batch, counts: counts)
        let files = try encoded(batch, rows: rows)
        let changed = Set(applied.compactMap { indexByID[$0] }).sorted().map { Placed($0 + 1, businesses[$0]) }
        try send(batch, files: files, isNew: false, by: official, registry: .businesses(changed), logLine: line)
        do {
            try SafeFile.write(Data(RegistryEncoder.businesses(businesses)), to: path, expecting: stamp, within: folder.root)
        } catch {
            throw ImportInboxError(message: Localized(id: error.description(.id), en: error.description(.en)))
        }
        try write(batch, files: files, replacing: true)
        appendLog(line)
        return counts
    }

    /// Builds the return workbook from its columns, rows and the note; supplied by the programs
    /// that link the spreadsheet library (the model does not).
    public typealias ReturnWorkbook = @Sendable (_ columns: [String], _ rows: [[String]], _ note: String) throws -> Data

    /// Marks a draft returned and writes the rows to fix: the invalid and skipped rows with their
    /// original cells and the reason beside each, for the regency to fix and resend. With
    /// `workbook`, as `returned-<id>.xlsx` (the returned path) beside `returned-<id>.csv`.
    @discardableResult
    public func giveBack(_ id: String, note: String, by official: String, header: [String]? = nil, workbook: ReturnWorkbook? = nil,
                         now: Date = Date()) throws(ImportInboxError) -> String {
        var (batch, rows) = try load(id)
        try requireDraft(batch)
        let target = try batchFolder(id)
        var lines: [[String]] = []
        var columns = ["baris"] + (header ?? batch.header ?? []) + ["masalah"]
        if batch.isSurvey {
            // Survey rows are returned by file and row with the reasons; the platform keeps the answers.
            columns = ["berkas", "baris", "masalah"]
            for row in try loadResponses(id) where row.isInvalid {
                lines.append([row.source, String(row.row), row.problems.map(\.id).joined(separator: "; ")])
            }
        }
        for row in rows where row.isInvalid || row.isUnresolvedDuplicate || row.decision == .skip {
            var reasons = row.problems.map { $0.id }
            if case .duplicate(_, let reason) = row.verdict { reasons.append(reason.id) }
            lines.append([String(row.row)] + row.cells + [reasons.joined(separator: "; ")])
        }
        var path = SafePath.join(target, "returned-\(id).csv")
        var returned = [SafePath.split(path).name]
        var table = CSVWriter(profile: .excelIndonesia)
        table.row(columns)
        for line in lines { table.row(line) }
        do {
            try SafeFile.write(Data(table.bytes), to: path, expecting: nil, keepHistory: false, within: folder.root)
            if let workbook {
                path = SafePath.join(target, "returned-\(id).xlsx")
                returned.append(SafePath.split(path).name)
                try SafeFile.write(try workbook(columns, lines, note), to: path, expecting: nil, keepHistory: false, within: folder.root)
            }
        } catch let error as SafeFileError {
            throw ImportInboxError(message: Localized(id: error.description(.id), en: error.description(.en)))
        } catch {
            throw ImportInboxError(message: Localized(id: "berkas kembalian tidak dapat dibuat: \(error)", en: "the return file could not be made: \(error)"))
        }
        batch.state = .returned
        batch.decidedBy = official
        batch.decidedAt = Self.timestamp(now).iso
        batch.returnNote = note
        let line = Self.logLine(batch, counts: rows.counts)
        do { try save(batch, rows: rows, replacing: true, by: official, also: returned, logLine: line) } catch {
            // The batch is still a draft: a later return writes its files again.
            for name in returned { try? FileManager.default.removeItem(atPath: SafePath.join(target, name)) }
            throw error
        }
        appendLog(line)
        return path
    }

    // MARK: - Storage

    func requireDraft(_ batch: ImportBatch) throws(ImportInboxError) {
        guard batch.state == .draft else {
            throw ImportInboxError(message: Localized(id: "batch \(batch.id) sudah \(batch.state == .accepted ? "diterima" : "dikembalikan")",
                                                      en: "batch \(batch.id) was already \(batch.state.rawValue)"))
        }
    }

    /// Sends a step to the shared store (when there is one), then writes it to the folder.
    func save(_ batch: ImportBatch, rows: [ImportedRow], replacing: Bool, by official: String? = nil,
              also extra: [String] = [], logLine: String? = nil) throws(ImportInboxError) {
        let files = try encoded(batch, rows: rows)
        try send(batch, files: files, isNew: !replacing, also: extra, by: official, logLine: logLine)
        try write(batch, files: files, replacing: replacing)
    }

    func encoded(_ batch: ImportBatch, rows: [ImportedRow]) throws(ImportInboxError) -> [BatchFile] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return [BatchFile(name: "rows.json", bytes: try encoder.encode(rows)), BatchFile(name: "batch.json", bytes: try encoder.encode(batch))]
        } catch {
            throw ImportInboxError(message: Localized(id: "batch tidak dapat disimpan: \(error)", en: "the batch could not be saved: \(error)"))
        }
    }

    /// The store's half of a step: a new batch carries every file its folder holds (the sources,
    /// the survey answers), a later step the files named in `extra`. A new batch the store refuses
    /// is taken out of the folder again, so nothing is left that only this copy has.
    func send(_ batch: ImportBatch, files: [BatchFile], isNew: Bool, also extra: [String] = [], by official: String? = nil,
              registry: RegistryChange? = nil, logLine: String? = nil) throws(ImportInboxError) {
        guard let sync else { return }
        let target = try batchFolder(batch.id)
        let written = Set(files.map(\.name))
        let names = isNew ? ((try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []).sorted() : extra
        var all = files
        do {
            for name in names where !written.contains(name) {
                guard BatchFile.isAllowedName(name) else { continue }
                all.append(BatchFile(name: name, bytes: try SafeFile.read(SafePath.join(target, name), limit: DataLimits.current.largeTableBytes).0))
            }
            try sync.saveBatch(BatchChange(batch: batch, files: all, isNew: isNew, registry: registry, logLine: logLine),
                               by: official ?? self.official)
        } catch {
            if isNew { try? FileManager.default.removeItem(atPath: target) }
            if let error = error as? StoreError { throw ImportInboxError(message: error.message) }
            if let error = error as? SafeFileError { throw ImportInboxError(message: Localized(id: error.description(.id), en: error.description(.en))) }
            throw ImportInboxError(message: Localized(id: "batch tidak dapat dikirim: \(error)", en: "the batch could not be sent: \(error)"))
        }
    }

    /// The folder's half of a step: `rows.json` and `batch.json`, each refusing a change made
    /// since it was read.
    func write(_ batch: ImportBatch, files: [BatchFile], replacing: Bool) throws(ImportInboxError) {
        let target = try batchFolder(batch.id)
        do {
            for file in files {
                let path = SafePath.join(target, file.name)
                let stamp = replacing ? try SafeFile.read(path).1 : nil
                try SafeFile.write(file.bytes, to: path, expecting: stamp, keepHistory: false, within: folder.root)
            }
        } catch {
            throw ImportInboxError(message: Localized(id: "batch tidak dapat disimpan: \(error)", en: "the batch could not be saved: \(error)"))
        }
    }

    /// One line per decision in `imports/import-log.csv`: batch, state, who, when, counts.
    static func logLine(_ batch: ImportBatch, counts: ImportBatch.Counts) -> String {
        [batch.id, batch.state.rawValue, batch.decidedBy ?? "", batch.decidedAt ?? "", String(counts.new),
         String(counts.updates), String(counts.skipped), String(counts.invalid)]
            .map { $0.contains(",") || $0.contains("\"") ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0 }
            .joined(separator: ",")
    }

    public static let logHeader = "batch,state,by,at,new,updates,skipped,invalid"

    func appendLog(_ line: String) {
        let existing = try? SafeFile.read(logPath)
        var data = existing?.0 ?? Data((Self.logHeader + "\n").utf8)
        data.append(Data((line + "\n").utf8))
        _ = try? SafeFile.write(data, to: logPath, expecting: existing?.1, keepHistory: false, within: folder.root)
    }

    static func applying(_ changes: [ImportedRow.FieldChange], to business: Business) -> Business {
        var out = business
        for change in changes {
            switch change.field {
            case "name": out.name = change.to
            case "owner": out.owner = change.to
            case "ownerNIK": out.ownerNIK = change.to
            case "phone": out.phone = change.to
            case "sector": out.sector = change.to
            case "region": out.region = change.to
            case "scale": out.scale = Scale(rawValue: change.to) ?? out.scale
            case "employees": out.employees = Int(change.to) ?? out.employees
            case "yearFounded": out.yearFounded = Int(change.to) ?? out.yearFounded
            case "online": out.online = change.to == "yes"
            case "nib": out.nib = change.to
            default: break
            }
        }
        return out
    }

    /// The next free number of `UMK-<region>-NNNNN` per region.
    static func nextNumbers(_ businesses: [Business]) -> [String: Int] {
        var next: [String: Int] = [:]
        for business in businesses {
            let parts = business.id.split(separator: "-")
            guard parts.count == 3, let number = Int(parts[2]) else { continue }
            next[String(parts[1])] = max(next[String(parts[1])] ?? 1, number + 1)
        }
        return next
    }

    static func timestamp(_ date: Date) -> (compact: String, iso: String) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let compact = formatter.string(from: date)
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
        return (compact, formatter.string(from: date))
    }
}
