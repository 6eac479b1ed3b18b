import Foundation
import Logging
import NIOCore
import PostgresNIO
import SMEModel

/// What a batch step left in the store, for the working copy to save its next step against.
public struct BatchSaved: Sendable, Equatable {
    public var version: DocumentVersion
    /// The registry version after an accepted batch; nil when the step did not touch the registry.
    public var registryVersion: Int64?
}

extension PostgresStore {
    /// Saves one step of an import batch in one transaction: the batch row against `expecting`
    /// (a draft only; a decided batch is never changed again), its files, an accepted batch's rows
    /// into the registry or the survey against `registryVersion`, the import log line, and the
    /// audit line and notification. Any refusal rolls all of it back.
    public func saveBatch(
        _ change: BatchChange, expecting: DocumentVersion?, registryVersion: Int64, by official: String
    ) throws(StoreError) -> BatchSaved {
        let id = change.batch.id
        guard SafeName.isSafe(id) else { throw StoreError(.invalid, Localized(id: "nama batch tidak sah: \(id)", en: "not a batch name: \(id)")) }
        for file in change.files where !BatchFile.isAllowedName(file.name) {
            throw StoreError(.invalid, Localized(id: "nama berkas batch tidak sah: \(file.name)", en: "not a batch file name: \(file.name)"))
        }
        if !change.isNew && expecting == nil {
            throw StoreError(.invalid, Localized(
                id: "batch \(id) tidak ada di penyimpanan bersama \(location); buat lagi dari berkas sumbernya",
                en: "batch \(id) is not in the shared store \(location); import its source files again"))
        }
        let origin = origin
        return try session.run(timeout: nil) { connection, logger in
            try await connection.transaction(logger: logger) { connection in
                var registry: Int64?
                if change.registry != nil {
                    registry = try await Self.claimRegistry(connection, logger: logger, expecting: registryVersion)
                }
                let version = try await Self.writeBatchRow(change, expecting: expecting, connection: connection, logger: logger, by: official)
                try await Self.putFiles(change.files, of: id, connection: connection, logger: logger)
                if let rows = change.registry { try await Self.apply(rows, connection: connection, logger: logger) }
                if let line = change.logLine {
                    let first = Data((ImportInbox.logHeader + "\n" + line + "\n").utf8), more = Data((line + "\n").utf8)
                    try await connection.query("""
                        INSERT INTO folder_files AS f (path, body) VALUES ('imports/import-log.csv', \(first))
                        ON CONFLICT (path) DO UPDATE SET body = f.body || \(more), saved_at = now()
                        """, logger: logger)
                }
                let action = change.isNew ? "import" : change.batch.state == .accepted ? "accept"
                    : change.batch.state == .returned ? "return" : "decide"
                try await Self.recordChange(connection, logger: logger, official: official, action: action,
                                            subject: "imports/\(id)", version: version, origin: origin)
                return BatchSaved(version: DocumentVersion(version), registryVersion: registry)
            }
        }
    }

    /// A batch's files, added or replaced by name.
    static func putFiles(_ files: [BatchFile], of id: String, connection: PostgresConnection, logger: Logger) async throws {
        for file in files {
            try await connection.query("""
                INSERT INTO import_files (batch_id, name, body) VALUES (\(id), \(file.name), \(file.bytes))
                ON CONFLICT (batch_id, name) DO UPDATE SET body = EXCLUDED.body
                """, logger: logger)
        }
    }

    /// Moves the registry version on from the one the working copy was made from, or refuses
    /// with who changed the registry since.
    private static func claimRegistry(_ connection: PostgresConnection, logger: Logger, expecting: Int64) async throws -> Int64 {
        let rows = try await connection.query("""
            UPDATE store_state SET registry_version = registry_version + 1 WHERE registry_version = \(expecting)
            RETURNING registry_version
            """, logger: logger)
        for try await version in rows.decode(Int64.self) { return version }
        let last = try await connection.query("""
            SELECT official, to_char(at, 'YYYY-MM-DD HH24:MI'), subject FROM audit_log
            WHERE action IN ('push', 'accept') ORDER BY id DESC LIMIT 1
            """, logger: logger)
        for try await (by, at, subject) in last.decode((String, String, String).self) {
            let who = TerminalEscaping.visible(by, keepsLineBreaks: false), what = TerminalEscaping.visible(subject, keepsLineBreaks: false)
            throw StoreError(.conflict, Localized(
                id: "registri sudah diubah oleh \(who) pada \(at) (\(what)); batch ini harus ditinjau lagi terhadap registri itu: buka smedash lagi",
                en: "the registry was changed by \(who) at \(at) (\(what)); review this batch again against it: start smedash again"))
        }
        throw StoreError(.conflict, Localized(id: "registri sudah diubah orang lain; buka smedash lagi",
                                              en: "someone else changed the registry; start smedash again"))
    }

    /// The batch row: created, or moved on from `expecting` while it is still a draft.
    private static func writeBatchRow(
        _ change: BatchChange, expecting: DocumentVersion?, connection: PostgresConnection, logger: Logger, by official: String
    ) async throws -> Int64 {
        let batch = change.batch
        let kind = (batch.kind ?? .businesses).rawValue, state = batch.state.rawValue
        let rows: PostgresRowSequence
        if change.isNew {
            rows = try await connection.query("""
                INSERT INTO import_batches (id, kind, state, version, saved_by) VALUES (\(batch.id), \(kind), \(state), 1, \(official))
                ON CONFLICT DO NOTHING RETURNING version
                """, logger: logger)
        } else {
            rows = try await connection.query("""
                UPDATE import_batches SET state = \(state), version = version + 1, saved_by = \(official), saved_at = now()
                WHERE id = \(batch.id) AND version = \(expecting?.value ?? 0) AND state = 'draft' RETURNING version
                """, logger: logger)
        }
        for try await version in rows.decode(Int64.self) { return version }
        let current = try await connection.query(
            "SELECT saved_by, to_char(saved_at, 'YYYY-MM-DD HH24:MI'), state FROM import_batches WHERE id = \(batch.id)", logger: logger)
        for try await (by, at, state) in current.decode((String, String, String).self) {
            let who = TerminalEscaping.visible(by, keepsLineBreaks: false)
            let done = state == "accepted" ? ("diterima", "accepted") : state == "returned" ? ("dikembalikan", "returned") : ("diubah", "changed")
            throw StoreError(.conflict, Localized(
                id: change.isNew ? "batch \(batch.id) sudah dibuat oleh \(who) pada \(at)" : "batch \(batch.id) sudah \(done.0) oleh \(who) pada \(at)",
                en: change.isNew ? "batch \(batch.id) was created by \(who) at \(at)" : "batch \(batch.id) was \(done.1) by \(who) at \(at)"))
        }
        throw StoreError(.conflict, Localized(id: "batch \(batch.id) sudah dihapus orang lain", en: "batch \(batch.id) was deleted by someone else"))
    }

    /// An accepted batch's rows, through `COPY`: businesses into a scratch table and from there
    /// added or updated by id; a new wave and the answers appended in place.
    private static func apply(_ change: RegistryChange, connection: PostgresConnection, logger: Logger) async throws {
        switch change {
        case .businesses(let placed):
            let table = StoreTable.named("businesses")
            try await connection.execute("CREATE TEMP TABLE incoming_businesses (LIKE businesses) ON COMMIT DROP", logger: logger)
            _ = try await copy(table, rows: AnySequence(placed.lazy.map { ($0.position, RegistryEncoder.businessRow($0.value)) }),
                               into: connection, named: "incoming_businesses", logger: logger)
            let columns = table.copyColumns
            let updates = columns.filter { $0 != "id" }.map { "\($0) = EXCLUDED.\($0)" }.joined(separator: ", ")
            try await connection.execute("""
                INSERT INTO businesses (\(columns.joined(separator: ", "))) SELECT \(columns.joined(separator: ", ")) FROM incoming_businesses
                ON CONFLICT (id) DO UPDATE SET \(updates)
                """, logger: logger)
        case .survey(let wave, let responses):
            if let wave {
                _ = try await copy(StoreTable.named("waves"), rows: AnySequence([(wave.position, RegistryEncoder.waveRow(wave.value))]),
                                   into: connection, logger: logger)
            }
            _ = try await copy(StoreTable.named("responses"),
                               rows: AnySequence(responses.lazy.map { ($0.position, RegistryEncoder.responseRow($0.value)) }),
                               into: connection, logger: logger)
        }
    }
}
