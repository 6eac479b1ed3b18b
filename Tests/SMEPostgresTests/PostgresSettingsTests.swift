import Foundation
import NIOCore
@testable import SMEPostgres
import SMEModel
import Testing

@Suite struct PostgresSettingsTests {
    @Test func anAddressFillsInFromTheEnvironmentAsLibpqDoes() throws {
        let settings = try PostgresSettings.resolve("postgres://dinas.example:6432/umkm", environment: ["PGUSER": "budi", "USER": "root"])
        #expect(settings == PostgresSettings(host: "dinas.example", port: 6432, user: "budi", database: "umkm", password: nil, tls: .prefer))
        let bare = try PostgresSettings.resolve("postgres://", environment: [
            "PGHOST": "db.jabar", "PGPORT": "5433", "PGDATABASE": "smedash", "PGUSER": "siti", "PGSSLMODE": "require",
        ])
        #expect(bare == PostgresSettings(host: "db.jabar", port: 5433, user: "siti", database: "smedash", password: nil, tls: .require))
        let socket = try PostgresSettings.resolve("postgresql:///smedash?host=/run/pg&port=5444", environment: ["USER": "siti"])
        #expect(socket.usesSocket)
        #expect(socket.socketPath == "/run/pg/.s.PGSQL.5444")
        #expect(socket.user == "siti")
        #expect(socket.display == "postgres://siti@:5444/smedash?host=/run/pg")
    }

    @Test func aPasswordInTheAddressIsRefusedWithoutRepeatingIt() throws {
        for address in ["postgres://siti:Rahasia123@db/smedash", "postgres://db/smedash?password=Rahasia123"] {
            #expect { try PostgresSettings.resolve(address, environment: [:]) } throws: {
                guard let error = $0 as? StoreError else { return false }
                return error.kind == .invalid && error.message.en.contains("~/.pgpass")
                    && !(error.message.en + error.message.id).contains("Rahasia123")
            }
        }
        #expect(throws: StoreError.self) { try PostgresSettings.resolve("mysql://db/x", environment: [:]) }
        #expect(throws: StoreError.self) { try PostgresSettings.resolve("postgres://db:port/x", environment: [:]) }
        #expect(throws: StoreError.self) { try PostgresSettings.resolve("postgres://db/x?sslmode=maybe", environment: [:]) }
    }

    @Test func thePasswordFileMatchesWildcardsAndEscapesAndIsIgnoredWhenOthersCanReadIt() throws {
        let folder = try TemporaryFolder()
        let file = folder.path + "/pgpass"
        try Data("""
            # office server
            other:5432:*:siti:wrong
            db.jabar:*:smedash:siti:pa\\:ss\\\\word
            localhost:5432:*:*:socketpw

            """.utf8).write(to: URL(fileURLWithPath: file))
        chmod(file, 0o600)
        let environment = ["PGPASSFILE": file]
        #expect(try PostgresSettings.resolve("postgres://siti@db.jabar/smedash", environment: environment).password == "pa:ss\\word")
        #expect(try PostgresSettings.resolve("postgres://budi@db.jabar/smedash", environment: environment).password == nil)
        #expect(try PostgresSettings.resolve("postgres:///x?host=/run/pg", environment: environment.merging(["USER": "a"]) { $1 }).password == "socketpw")
        #expect(try PostgresSettings.resolve("postgres://siti@db.jabar/smedash", environment: environment.merging(["PGPASSWORD": "env"]) { $1 }).password == "env")
        chmod(file, 0o644)
        #expect(try PostgresSettings.resolve("postgres://siti@db.jabar/smedash", environment: environment).password == nil)
    }

    @Test func copyTextEscapesWhatWouldSplitARow() {
        var buffer = ByteBuffer()
        CopyText.append("a\tb\nc\\d\re", to: &buffer)
        #expect(String(buffer: buffer) == #"a\tb\nc\\d\re"#)
    }
}
