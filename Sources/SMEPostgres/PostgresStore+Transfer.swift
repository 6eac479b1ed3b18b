import Foundation
import Logging
import NIOCore
import PostgresNIO
import SMEModel

/// What `store push` and `store pull` moved.
public struct TransferSummary: Sendable {
    /// Rows per registry table, in `StoreTable.all` order.
    public var rows: [(table: String, count: Int)] = []
    public var documents = 0
    /// Documents whose bytes differed from the store's (push) or that were written (pull).
    public var changedDocuments = 0
    public var files = 0
    /// The store's change counter after the transfer.
    public var counter: Int64 = 0
    /// The version of every document, `kind/name` → version, for a mirror to save against.
    public var versions: [String: DocumentVersion] = [:]
    /// Import batches moved, and each one's version by id.
    public var batches = 0
    public var batchVersions: [String: DocumentVersion] = [:]
    /// The store's registry version after the transfer (see `PostgresStore.saveBatch`).
    public var registryVersion: Int64 = 0

}

extension PostgresStore {
    /// Files of a data folder that are neither registry tables nor documents, kept byte for byte.
    /// The fixed ones; a letterhead logo (`<name>.png` at the top) may join them.
    static let fixedFolderFiles = ["office.json", "registry/official-counts.csv", "reference/national-channels.csv", "imports/import-log.csv"]

    static func folderFiles(_ folder: DataFolder) -> [String] {
        var paths = fixedFolderFiles
        let pngs = (try? FileManager.default.contentsOfDirectory(atPath: folder.root)) ?? []
        paths += pngs.filter { $0.hasSuffix(".png") && SafeName.isSafe(String($0.dropLast(4))) }.sorted()
        return paths.filter { FileManager.default.fileExists(atPath: folder.path($0)) }
    }

    /// Loads a data folder into the store in one transaction: the registry tables are replaced
    /// (through `COPY`), documents are added or, when their bytes differ, given a new version,
    /// and nothing is written when any part of the folder fails to load.
    public func push(from folder: DataFolder, by official: String) throws(StoreError) -> TransferSummary {
        try migrate()
        let registry: Registry
        do { registry = try folder.loadRegistry(.all) } catch {
            throw StoreError(.invalid, Localized(id: error.description(.id), en: error.description(.en)))
        }
        let documents = try Self.checkedDocuments(folder)
        let batches = try Self.folderBatches(folder)
        var files: [(String, Data)] = []
        for path in Self.folderFiles(folder) {
            do { files.append((path, try SafeFile.read(folder.path(path), limit: DataLimits.current.documentBytes).0)) } catch {
                throw StoreError(.invalid, Localized(id: error.description(.id), en: error.description(.en)))
            }
        }
        let loaded = UncheckedRegistry(registry: registry)
        let origin = origin
        let folderFiles = files
        return try session.run(timeout: nil) { connection, logger in
            try await connection.transaction(logger: logger) { connection in
                var summary = TransferSummary()
                let rebuild = try await Self.setAsideKeys(connection, logger: logger)
                try await connection.execute(
                    "TRUNCATE import_files, import_batches, " + StoreTable.all.reversed().map(\.name).joined(separator: ", "), logger: logger)
                try await connection.execute("UPDATE store_state SET registry_version = registry_version + 1", logger: logger)
                for table in StoreTable.all {
                    let numbered = table.rows(loaded.registry).lazy.enumerated().map { ($0.offset + 1, $0.element) }
                    let count = try await Self.copy(table, rows: AnySequence(numbered), into: connection, logger: logger)
                    summary.rows.append((table.name, count))
                }
                for statement in rebuild { try await connection.execute(statement, logger: logger) }
                for document in documents {
                    let rows = try await connection.query("""
                        INSERT INTO documents AS d (kind, name, body, version, saved_by)
                        VALUES (\(document.kind.rawValue), \(document.name), \(document.bytes), 1, \(official))
                        ON CONFLICT (kind, name) DO UPDATE SET body = EXCLUDED.body, version = d.version + 1,
                          saved_by = EXCLUDED.saved_by, saved_at = now()
                        WHERE d.body IS DISTINCT FROM EXCLUDED.body
                        RETURNING version
                        """, logger: logger)
                    for try await _ in rows { summary.changedDocuments += 1 }
                    summary.documents += 1
                }
                for (path, body) in folderFiles {
                    try await connection.query("""
                        INSERT INTO folder_files (path, body) VALUES (\(path), \(body))
                        ON CONFLICT (path) DO UPDATE SET body = EXCLUDED.body, saved_at = now()
                        """, logger: logger)
                }
                summary.files = folderFiles.count
                for (batch, files) in batches {
                    try await connection.query("""
                        INSERT INTO import_batches (id, kind, state, version, saved_by)
                        VALUES (\(batch.id), \((batch.kind ?? .businesses).rawValue), \(batch.state.rawValue), 1, \(official))
                        """, logger: logger)
                    try await Self.putFiles(files, of: batch.id, connection: connection, logger: logger)
                }
                summary.batches = batches.count
                let counts = summary.rows.map { "\($0.count) \($0.table)" }.joined(separator: ", ")
                try await Self.recordChange(connection, logger: logger, official: official, action: "push",
                                            subject: "registry (\(counts)); \(summary.changedDocuments) documents", version: nil,
                                            origin: origin)
                return summary
            }
        }
    }

    /// The folder's documents, refusing the push when a template or an assessment does not load
    /// (the problems are listed with their files) or a draft is not JSON.
    static func checkedDocuments(_ folder: DataFolder) throws(StoreError) -> [StoredDocument] {
        let files = FileDocumentStore(folder: folder)
        let library = ChecklistLibrary.load(folder)
        let loaded = Set((library.templates + library.revisions).map(\.path) + library.assessments.map(\.path))
        var documents: [StoredDocument] = []
        var refused: [String] = []
        for kind in DocumentKind.allCases {
            for document in try files.list(kind) {
                let path = folder.path(kind.rawValue + "/" + document.name)
                let usable = kind == .draft
                    ? (try? JSONSerialization.jsonObject(with: document.bytes)) != nil
                    : loaded.contains(path)
                if usable { documents.append(document) } else { refused.append(path) }
            }
        }
        guard refused.isEmpty else {
            let problems = library.problems.filter { refused.contains($0.file) && $0.severity == .error }
            let listed = problems.isEmpty ? refused.joined(separator: "\n") : problems.map { $0.description(.en) }.joined(separator: "\n")
            let listedID = problems.isEmpty ? refused.joined(separator: "\n") : problems.map { $0.description(.id) }.joined(separator: "\n")
            throw StoreError(.invalid, Localized(
                id: "tidak ada yang dikirim: \(refused.count) dokumen tidak dapat dimuat; perbaiki dulu:\n\(listedID)",
                en: "nothing was pushed: \(refused.count) documents do not load; fix them first:\n\(listed)"))
        }
        return documents
    }

    /// The large tables a push fills, whose keys are set aside while it does.
    static let bulkTables = ["businesses", "cooperatives", "responses"]

    /// When this role owns the large tables (the database owner loading the registry): drops
    /// their keys, foreign keys and indexes inside the push's transaction and returns the
    /// statements that make them again, from the server's own catalogue. Built once over the
    /// loaded rows and checked in one pass each, they cost a third of keeping them up to date row
    /// by row during `COPY` (22 s → 7.5 s at 1M rows). Another role gets the plain load.
    static func setAsideKeys(_ connection: PostgresConnection, logger: Logger) async throws -> [String] {
        let tables = bulkTables
        var owner = false
        for try await owns in try await connection.query("""
            SELECT coalesce(bool_and(pg_has_role(current_user, c.relowner, 'USAGE')), false) FROM pg_class c
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY(\(tables))
            """, logger: logger).decode(Bool.self) { owner = owns }
        guard owner else { return [] }
        var drops: [String] = [], keys: [String] = [], foreign: [String] = [], indexes: [String] = []
        let constraints = try await connection.query("""
            SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', c.relname, k.conname),
                   format('ALTER TABLE %I ADD CONSTRAINT %I %s', c.relname, k.conname, pg_get_constraintdef(k.oid)), k.contype = 'f'
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY(\(tables)) AND k.contype IN ('p', 'u', 'f')
            ORDER BY k.contype = 'f' DESC, c.relname, k.conname
            """, logger: logger)
        for try await (drop, add, isForeign) in constraints.decode((String, String, Bool).self) {
            drops.append(drop)
            if isForeign { foreign.append(add) } else { keys.append(add) }
        }
        let others = try await connection.query("""
            SELECT format('DROP INDEX %I', i.relname), pg_get_indexdef(i.oid)
            FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY(\(tables))
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.oid)
            ORDER BY i.relname
            """, logger: logger)
        for try await (drop, make) in others.decode((String, String).self) {
            drops.append(drop)
            indexes.append(make)
        }
        for statement in drops { try await connection.execute(statement, logger: logger) }
        // Keys first: the foreign keys are checked against them, each in one pass.
        return keys + indexes + foreign
    }

    /// The import batches of a folder (`imports/<id>/` with a readable `batch.json`) and their
    /// files; a batch that does not read refuses the push, like a broken document.
    static func folderBatches(_ folder: DataFolder) throws(StoreError) -> [(batch: ImportBatch, files: [BatchFile])] {
        let root = folder.path("imports")
        let manager = FileManager.default
        var batches: [(ImportBatch, [BatchFile])] = []
        for id in ((try? manager.contentsOfDirectory(atPath: root)) ?? []).sorted() {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: SafePath.join(root, id), isDirectory: &isFolder), isFolder.boolValue else { continue }
            let path = SafePath.join(root, id)
            do {
                guard SafeName.isSafe(id) else { throw StoreError(.invalid, Localized(id: "nama batch tidak sah", en: "not a batch name")) }
                let names = try manager.contentsOfDirectory(atPath: path).sorted()
                let files = try names.map { name throws -> BatchFile in
                    guard BatchFile.isAllowedName(name) else {
                        throw StoreError(.invalid, Localized(id: "nama berkas tidak sah: \(name)", en: "not a batch file name: \(name)"))
                    }
                    return BatchFile(name: name, bytes: try SafeFile.read(SafePath.join(path, name), limit: DataLimits.current.largeTableBytes).0)
                }
                guard let meta = files.first(where: { $0.name == "batch.json" }) else {
                    throw StoreError(.invalid, Localized(id: "batch.json tidak ada", en: "batch.json is missing"))
                }
                let batch = try JSONDecoder().decode(ImportBatch.self, from: meta.bytes)
                guard batch.id == id else { throw StoreError(.invalid, Localized(id: "batch.json menyebut \(batch.id)", en: "batch.json names \(batch.id)")) }
                batches.append((batch, files))
            } catch {
                let reason = (error as? StoreError)?.message ?? (error as? SafeFileError).map { Localized(id: $0.description(.id), en: $0.description(.en)) }
                    ?? Localized(String(describing: error))
                throw StoreError(.invalid, Localized(id: "tidak ada yang dikirim: batch impor \(path): " + reason.id,
                                                     en: "nothing was pushed: the import batch \(path): " + reason.en))
            }
        }
        return batches
    }

    /// Streams rows in COPY's text format, a megabyte at a time, each with its row number, into
    /// `table` or a scratch table of the same columns.
    static func copy(
        _ table: StoreTable, rows: AnySequence<(Int, [String])>, into connection: PostgresConnection, named target: String? = nil,
        logger: Logger
    ) async throws -> Int {
        var count = 0
        try await connection.copyFrom(table: target ?? table.name, columns: table.copyColumns, logger: logger) { writer in
            var buffer = ByteBuffer()
            buffer.reserveCapacity(1 << 20)
            for (number, row) in rows {
                count += 1
                buffer.writeString(String(number))
                for (field, column) in zip(row, table.columns) {
                    buffer.writeInteger(UInt8(ascii: "\t"))
                    if field.isEmpty && column.type.isOptional {
                        buffer.writeStaticString("\\N")
                    } else {
                        CopyText.append(field, to: &buffer)
                    }
                }
                buffer.writeInteger(UInt8(ascii: "\n"))
                if buffer.readableBytes >= 1 << 20 {
                    try await writer.write(buffer)
                    buffer.clear()
                }
            }
            if buffer.readableBytes > 0 { try await writer.write(buffer) }
        }
        return count
    }

    /// Writes the store out as a data folder: the registry tables as the CSV files `RegistryEncoder`
    /// writes, documents and the other files byte for byte. Read in one snapshot, so a save during
    /// the pull is either wholly in it or not at all. Refuses to replace files unless `overwrite`.
    public func pull(to folder: DataFolder, overwrite: Bool) throws(StoreError) -> TransferSummary {
        try checkSchema()
        let pulled: PulledStore = try session.run(timeout: nil) { connection, logger in
            try await connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
            do {
                let result = try await Self.readAll(connection, logger: logger)
                try await connection.execute("COMMIT", logger: logger)
                return result
            } catch {
                _ = try? await connection.execute("ROLLBACK", logger: logger)
                throw error
            }
        }
        var targets: [(String, [UInt8])] = zip(StoreTable.all, pulled.tables).map { (folder.path($0.file), $1.bytes) }
        for document in pulled.documents {
            try StoredDocument.checkName(document.name)
            targets.append((folder.path(document.kind.rawValue + "/" + document.name), [UInt8](document.bytes)))
        }
        for (path, body) in pulled.files {
            guard Self.isFolderFile(path) else { continue }
            targets.append((folder.path(path), [UInt8](body)))
        }
        for (id, name, body) in pulled.batchFiles {
            guard SafeName.isSafe(id), BatchFile.isAllowedName(name) else {
                throw StoreError(.invalid, Localized(id: "berkas batch tidak sah di penyimpanan: \(id)/\(name)", en: "a batch file the store should not hold: \(id)/\(name)"))
            }
            targets.append((folder.path("imports/\(id)/\(name)"), [UInt8](body)))
        }
        if !overwrite, let existing = targets.first(where: { FileManager.default.fileExists(atPath: $0.0) }) {
            throw StoreError(.invalid, Localized(
                id: "\(existing.0) sudah ada (pakai --force untuk menggantinya)", en: "\(existing.0) already exists (use --force to replace it)"))
        }
        for (path, bytes) in targets {
            do { try DataFolderWriter.writeFile(bytes, to: path) } catch {
                throw StoreError(.failed, Localized(id: error.description(.id), en: error.description(.en)))
            }
        }
        var summary = TransferSummary()
        summary.rows = zip(StoreTable.all, pulled.tables).map { ($0.name, $1.count) }
        summary.documents = pulled.documents.count
        summary.changedDocuments = pulled.documents.count
        summary.files = pulled.files.count
        summary.counter = pulled.counter
        for document in pulled.documents { summary.versions[document.kind.rawValue + "/" + document.name] = document.version }
        summary.batchVersions = pulled.batchVersions
        summary.batches = pulled.batchVersions.count
        summary.registryVersion = pulled.registryVersion
        return summary
    }

    static func isFolderFile(_ path: String) -> Bool {
        fixedFolderFiles.contains(path)
            || (path.hasSuffix(".png") && !path.contains("/") && SafeName.isSafe(String(path.dropLast(4))))
    }

    private static func readAll(_ connection: PostgresConnection, logger: Logger) async throws -> PulledStore {
        var pulled = PulledStore()
        for table in StoreTable.all {
            var writer = CSVWriter(profile: .dataFile)
            writer.row(table.columns.map(\.csv))
            var count = 0
            for try await row in try await connection.query(PostgresQuery(unsafeSQL: table.selectSQL), logger: logger) {
                let cells = row.makeRandomAccess()
                writer.row(try (0..<table.columns.count).map { try cells[$0].decode(String.self) })
                count += 1
            }
            pulled.tables.append((writer.bytes, count))
        }
        let documents = try await connection.query(
            "SELECT kind, name, body, version, saved_by FROM documents ORDER BY kind, name", logger: logger)
        for try await (kind, name, body, version, by) in documents.decode((String, String, Data, Int64, String).self) {
            guard let kind = DocumentKind(rawValue: kind) else { continue }
            pulled.documents.append(StoredDocument(kind: kind, name: name, bytes: body, version: DocumentVersion(version), savedBy: by))
        }
        for try await (path, body) in try await connection.query("SELECT path, body FROM folder_files ORDER BY path", logger: logger)
            .decode((String, Data).self) {
            pulled.files.append((path, body))
        }
        for try await (counter, registry) in try await connection.query(
            "SELECT change_counter, registry_version FROM store_state", logger: logger
        ).decode((Int64, Int64).self) {
            pulled.counter = counter
            pulled.registryVersion = registry
        }
        for try await (id, version) in try await connection.query("SELECT id, version FROM import_batches", logger: logger)
            .decode((String, Int64).self) {
            pulled.batchVersions[id] = DocumentVersion(version)
        }
        for try await (id, name, body) in try await connection.query(
            "SELECT batch_id, name, body FROM import_files ORDER BY batch_id, name", logger: logger
        ).decode((String, String, Data).self) {
            pulled.batchFiles.append((id, name, body))
        }
        return pulled
    }
}

private struct PulledStore: @unchecked Sendable {
    var tables: [(bytes: [UInt8], count: Int)] = []
    var documents: [StoredDocument] = []
    var files: [(String, Data)] = []
    var counter: Int64 = 0
    var registryVersion: Int64 = 0
    var batchVersions: [String: DocumentVersion] = [:]
    var batchFiles: [(String, String, Data)] = []
}

/// The registry is immutable once loaded; it crosses into the client's task only to be read.
private struct UncheckedRegistry: @unchecked Sendable {
    let registry: Registry
}

/// COPY's text format: a backslash, tab, newline or carriage return inside a value is escaped.
enum CopyText {
    static func append(_ field: String, to buffer: inout ByteBuffer) {
        let plain = !field.utf8.contains { $0 == UInt8(ascii: "\\") || $0 == 9 || $0 == 10 || $0 == 13 }
        if plain {
            buffer.writeString(field)
            return
        }
        for byte in field.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
            case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
            case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
            case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }
}
