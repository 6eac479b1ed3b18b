import Foundation
import Logging
import PostgresNIO
import SMEModel

/// The shared store on a PostgreSQL server. Documents keep the exact bytes of their canonical
/// JSON and a row version; every save is one transaction that checks the version it started
/// from, bumps the change counter, writes the audit log and notifies open dashboards.
public final class PostgresStore: DocumentStore, @unchecked Sendable {
    public let settings: PostgresSettings
    let session: PostgresSession
    /// The channel `LISTEN` waits on; payloads are `StoreChange` JSON.
    public static let channel = "smedash_changes"
    /// Marks this program's own changes, so its dashboard is not told about its own saves.
    public let origin = UUID().uuidString

    public init(settings: PostgresSettings) {
        self.settings = settings
        session = PostgresSession(settings: settings)
    }

    /// Resolves `address` with the environment (`PG*`, `~/.pgpass`).
    public convenience init(address: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        self.init(settings: try PostgresSettings.resolve(address, environment: environment))
    }

    public var location: String { settings.display }

    /// Seconds a save or a read may wait for the server before the connection is given up.
    public var operationTimeout: Double {
        get { session.operationTimeout }
        set { session.operationTimeout = newValue }
    }

    /// The schema version this program creates and works with.
    public static var latestSchema: Int { StoreMigrations.latest }

    public func close() { session.close() }

    // MARK: - Schema

    /// Applies the migrations the database lacks; returns the versions applied now.
    @discardableResult
    public func migrate() throws(StoreError) -> [Int] {
        try session.run { connection, logger in try await StoreMigrations.apply(connection, logger: logger) }
    }

    public func schemaVersion() throws(StoreError) -> Int {
        try session.run { connection, logger in try await StoreMigrations.current(connection, logger: logger) }
    }

    /// Refuses to work on a database the program has not set up (or a newer program has).
    func checkSchema() throws(StoreError) {
        let version = try schemaVersion()
        if version == 0 {
            throw StoreError(.invalid, Localized(
                id: "basis data \(settings.database) belum disiapkan untuk smedash; jalankan `smedash store migrate`",
                en: "the database \(settings.database) is not set up for smedash; run `smedash store migrate`"))
        }
        if version < StoreMigrations.latest {
            throw StoreError(.invalid, Localized(
                id: "basis data memakai skema \(version) dan program ini skema \(StoreMigrations.latest); minta administrator menjalankan `smedash store migrate`",
                en: "the database has schema \(version) and this program needs \(StoreMigrations.latest); ask an administrator to run `smedash store migrate`"))
        }
        if version > StoreMigrations.latest {
            throw StoreError(.invalid, Localized(
                id: "basis data memakai skema \(version), program ini hanya mengenal sampai \(StoreMigrations.latest); perbarui smedash",
                en: "the database has schema \(version) and this program knows up to \(StoreMigrations.latest); update smedash"))
        }
    }

    // MARK: - DocumentStore

    public func list(_ kind: DocumentKind) throws(StoreError) -> [StoredDocument] {
        try session.run { connection, logger in
            let rows = try await connection.query(
                "SELECT name, body, version, saved_by FROM documents WHERE kind = \(kind.rawValue) ORDER BY name",
                logger: logger)
            var documents: [StoredDocument] = []
            for try await (name, body, version, by) in rows.decode((String, Data, Int64, String).self) {
                documents.append(StoredDocument(kind: kind, name: name, bytes: body, version: DocumentVersion(version), savedBy: by))
            }
            return documents
        }
    }

    public func read(_ kind: DocumentKind, _ name: String) throws(StoreError) -> StoredDocument? {
        try StoredDocument.checkName(name)
        return try session.run { connection, logger in
            let rows = try await connection.query(
                "SELECT body, version, saved_by FROM documents WHERE kind = \(kind.rawValue) AND name = \(name)", logger: logger)
            for try await (body, version, by) in rows.decode((Data, Int64, String).self) {
                return StoredDocument(kind: kind, name: name, bytes: body, version: DocumentVersion(version), savedBy: by)
            }
            return nil
        }
    }

    public func save(
        _ kind: DocumentKind, _ name: String, _ bytes: Data, expecting: DocumentVersion?, by official: String
    ) throws(StoreError) -> DocumentVersion {
        try StoredDocument.checkName(name)
        let origin = origin
        let outcome: SaveOutcome = try session.run { connection, logger in
            try await connection.transaction(logger: logger) { connection in
                let rows: PostgresRowSequence
                if let expecting {
                    rows = try await connection.query("""
                        UPDATE documents SET body = \(bytes), version = version + 1, saved_by = \(official), saved_at = now()
                        WHERE kind = \(kind.rawValue) AND name = \(name) AND version = \(expecting.value) RETURNING version
                        """, logger: logger)
                } else {
                    rows = try await connection.query("""
                        INSERT INTO documents (kind, name, body, version, saved_by) VALUES (\(kind.rawValue), \(name), \(bytes), 1, \(official))
                        ON CONFLICT DO NOTHING RETURNING version
                        """, logger: logger)
                }
                var saved: Int64?
                for try await version in rows.decode(Int64.self) { saved = version }
                guard let saved else {
                    // Nothing written: say who got there first, then leave the transaction empty.
                    let current = try await connection.query(
                        "SELECT saved_by, to_char(saved_at, 'YYYY-MM-DD HH24:MI') FROM documents WHERE kind = \(kind.rawValue) AND name = \(name)",
                        logger: logger)
                    for try await (by, at) in current.decode((String, String).self) { return SaveOutcome.conflict(by: by, at: at) }
                    return SaveOutcome.conflict(by: nil, at: nil)
                }
                try await Self.recordChange(
                    connection, logger: logger, official: official, action: expecting == nil ? "create" : "save",
                    subject: kind.rawValue + "/" + name, version: saved, origin: origin)
                return SaveOutcome.saved(saved)
            }
        }
        switch outcome {
        case .saved(let version): return DocumentVersion(version)
        case .conflict(let by, let at):
            let subject = kind.rawValue + "/" + name
            if let by, let at {
                let who = TerminalEscaping.visible(by, keepsLineBreaks: false)
                throw StoreError(.conflict, Localized(
                    id: expecting == nil ? "\(subject) sudah dibuat oleh \(who) pada \(at)" : "\(subject) sudah diubah oleh \(who) pada \(at)",
                    en: expecting == nil ? "\(subject) was created by \(who) at \(at)" : "\(subject) was changed by \(who) at \(at)"))
            }
            throw StoreError(.conflict, Localized(id: "\(subject) sudah dihapus orang lain", en: "\(subject) was deleted by someone else"))
        }
    }

    private enum SaveOutcome: Sendable {
        case saved(Int64)
        case conflict(by: String?, at: String?)
    }

    public func changeCounter() throws(StoreError) -> Int64 {
        try session.run { connection, logger in
            let rows = try await connection.query("SELECT change_counter FROM store_state", logger: logger)
            for try await counter in rows.decode(Int64.self) { return counter }
            return 0
        }
    }

    /// Bumps the change counter, writes the audit line and queues the notification, inside the
    /// caller's transaction: a rolled-back change tells no one.
    static func recordChange(
        _ connection: PostgresConnection, logger: Logger, official: String, action: String, subject: String, version: Int64?,
        origin: String
    ) async throws {
        var counter: Int64 = 0
        for try await value in try await connection.query(
            "UPDATE store_state SET change_counter = change_counter + 1 RETURNING change_counter", logger: logger
        ).decode(Int64.self) { counter = value }
        try await connection.query("""
            INSERT INTO audit_log (official, action, subject, version) VALUES (\(official), \(action), \(subject), \(version))
            """, logger: logger)
        let change = StoreChange(counter: counter, official: official, action: action, subject: subject, origin: origin)
        let payload = String(decoding: try JSONEncoder().encode(change), as: UTF8.self)
        try await connection.query("SELECT pg_notify(\(channel), \(payload))", logger: logger)
    }

    /// The newest lines of the audit log, newest first.
    public func auditLog(limit: Int = 50) throws(StoreError) -> [AuditEntry] {
        try session.run { connection, logger in
            let rows = try await connection.query("""
                SELECT to_char(at, 'YYYY-MM-DD HH24:MI:SS'), official, role::text, action, subject, coalesce(version::text, '')
                FROM audit_log ORDER BY id DESC LIMIT \(limit)
                """, logger: logger)
            var entries: [AuditEntry] = []
            for try await (at, official, role, action, subject, version) in rows.decode((String, String, String, String, String, String).self) {
                entries.append(AuditEntry(at: at, official: official, role: role, action: action, subject: subject, version: version))
            }
            return entries
        }
    }
}

/// What one change told the other dashboards.
public struct StoreChange: Codable, Sendable, Equatable {
    public var counter: Int64
    public var official: String
    public var action: String
    public var subject: String
    public var origin: String
}

public struct AuditEntry: Sendable, Equatable {
    public var at: String
    public var official: String
    public var role: String
    public var action: String
    public var subject: String
    public var version: String
}
