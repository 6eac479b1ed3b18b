import Logging
import PostgresNIO

/// The schema, as numbered steps the program applies itself (`smedash store migrate`, and before
/// any push). Applied steps are recorded in `smedash_migrations`; a step is never edited once
/// released, only followed by a new one.
enum StoreMigrations {
    struct Step {
        var version: Int
        var name: String
        var statements: [String]
    }

    static let steps: [Step] = [
        Step(version: 1, name: "registry, documents, audit log", statements: [
            // One row; every write transaction bumps it, which also orders writers.
            "CREATE TABLE store_state (id integer PRIMARY KEY CHECK (id = 1), change_counter bigint NOT NULL)",
            "INSERT INTO store_state VALUES (1, 0)",
        ] + StoreTable.all.map(\.createSQL) + [
            "CREATE INDEX businesses_region_sector ON businesses (region, sector)",
            """
            CREATE TABLE documents (
              kind text NOT NULL CHECK (kind IN ('sop', 'sop/revisions', 'sop/drafts', 'assessments')),
              name text NOT NULL CHECK (name ~ '^[A-Za-z0-9_][A-Za-z0-9._-]*[.]json$' AND name NOT LIKE '%..%'),
              body bytea NOT NULL,
              version bigint NOT NULL CHECK (version > 0),
              saved_by text NOT NULL,
              saved_at timestamptz NOT NULL DEFAULT now(),
              PRIMARY KEY (kind, name)
            )
            """,
            // office.json and the reference tables, kept byte for byte.
            """
            CREATE TABLE folder_files (
              path text PRIMARY KEY CHECK (path IN ('office.json', 'registry/official-counts.csv', 'reference/national-channels.csv') OR path ~ '^[A-Za-z0-9_-]+[.]png$'),
              body bytea NOT NULL,
              saved_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            """
            CREATE TABLE audit_log (
              id bigserial PRIMARY KEY,
              at timestamptz NOT NULL DEFAULT now(),
              official text NOT NULL,
              role name NOT NULL DEFAULT current_user,
              action text NOT NULL,
              subject text NOT NULL,
              version bigint
            )
            """,
        ]),
        Step(version: 2, name: "import batches, registry version", statements: [
            // Bumped by what changes the registry (a push, an accepted batch), so an accept is
            // checked against the registry its working copy reviewed, not against every save.
            "ALTER TABLE store_state ADD COLUMN registry_version bigint NOT NULL DEFAULT 0",
            """
            CREATE TABLE import_batches (
              id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_][A-Za-z0-9._-]*$' AND id NOT LIKE '%..%' AND octet_length(id) <= 64),
              kind text NOT NULL CHECK (kind IN ('businesses', 'survey')),
              state text NOT NULL CHECK (state IN ('draft', 'accepted', 'returned')),
              version bigint NOT NULL CHECK (version > 0),
              saved_by text NOT NULL,
              saved_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            // Every file of `imports/<id>/`: batch.json, rows.json, the sources, returned rows.
            """
            CREATE TABLE import_files (
              batch_id text NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
              name text NOT NULL CHECK (name ~ '^[A-Za-z0-9_][A-Za-z0-9._-]*$' AND name NOT LIKE '%..%' AND octet_length(name) <= 200),
              body bytea NOT NULL,
              PRIMARY KEY (batch_id, name)
            )
            """,
            "ALTER TABLE folder_files DROP CONSTRAINT folder_files_path_check",
            """
            ALTER TABLE folder_files ADD CONSTRAINT folder_files_path_check CHECK (path IN ('office.json',
              'registry/official-counts.csv', 'reference/national-channels.csv', 'imports/import-log.csv') OR path ~ '^[A-Za-z0-9_-]+[.]png$')
            """,
        ]),
    ]

    static var latest: Int { steps.last!.version }

    /// Applies the steps the database lacks, each in its own transaction, under an advisory lock
    /// so two programs starting at once do not both apply one. Returns the versions applied.
    static func apply(_ connection: PostgresConnection, logger: Logger) async throws -> [Int] {
        // Up to date: nothing to create, so a role without CREATE (an administrator pushing) passes.
        if try await current(connection, logger: logger) >= latest { return [] }
        try await connection.execute("""
            CREATE TABLE IF NOT EXISTS smedash_migrations (
              version integer PRIMARY KEY, name text NOT NULL,
              applied_at timestamptz NOT NULL DEFAULT now(), applied_by name NOT NULL DEFAULT current_user)
            """, logger: logger)
        var applied: [Int] = []
        for step in steps {
            let done = try await connection.transaction(logger: logger) { connection in
                try await connection.execute("SELECT pg_advisory_xact_lock(7201)", logger: logger)
                let rows = try await connection.query(
                    "SELECT 1 FROM smedash_migrations WHERE version = \(step.version)", logger: logger)
                for try await _ in rows { return false }
                for statement in step.statements { try await connection.execute(statement, logger: logger) }
                try await connection.query(
                    "INSERT INTO smedash_migrations (version, name) VALUES (\(step.version), \(step.name))", logger: logger)
                return true
            }
            if done { applied.append(step.version) }
        }
        return applied
    }

    /// The newest version applied, 0 for an empty database.
    static func current(_ connection: PostgresConnection, logger: Logger) async throws -> Int {
        let exists = try await connection.query("SELECT to_regclass('smedash_migrations') IS NOT NULL", logger: logger)
        for try await present in exists.decode(Bool.self) where !present { return 0 }
        let rows = try await connection.query("SELECT coalesce(max(version), 0) FROM smedash_migrations", logger: logger)
        for try await version in rows.decode(Int.self) { return version }
        return 0
    }
}
