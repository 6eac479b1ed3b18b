import Foundation
import SMEModel

/// Where the shared store is and who we are, read the way libpq reads it: the address given with
/// `--store` or `SMEDASH_STORE`, then the `PG*` variables, then `~/.pgpass` for the password.
/// A password is never taken from the address: it would show in the process list, the shell's
/// history and every message that prints the address.
public struct PostgresSettings: Sendable, Equatable {
    public enum TLSMode: String, Sendable {
        /// No encryption (a Unix socket is always this).
        case disable
        /// Encrypt when the server offers it, as libpq's default `prefer`.
        case prefer
        /// Refuse a server that does not offer TLS.
        case require
    }

    /// A host name, or a folder holding the server's Unix socket (starts with "/").
    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var password: String?
    public var tls: TLSMode

    public var usesSocket: Bool { host.hasPrefix("/") }
    public var socketPath: String { host + "/.s.PGSQL.\(port)" }

    /// The address as it may be shown: no password, ever.
    public var display: String {
        let shownHost = usesSocket ? "" : host
        let socket = usesSocket ? "?host=\(host)" : ""
        return "postgres://\(user)@\(shownHost):\(port)/\(database)\(socket)"
    }

    public init(host: String, port: Int, user: String, database: String, password: String?, tls: TLSMode) {
        self.host = host
        self.port = port
        self.user = user
        self.database = database
        self.password = password
        self.tls = tls
    }

    /// Whether `address` names a PostgreSQL store rather than a data folder.
    public static func isAddress(_ address: String) -> Bool {
        address.hasPrefix("postgres://") || address.hasPrefix("postgresql://")
    }

    /// Reads the address, then the environment and the password file for what it leaves out.
    public static func resolve(_ address: String, environment: [String: String]) throws(StoreError) -> PostgresSettings {
        guard let schemeEnd = address.range(of: "://"), isAddress(address) else {
            throw StoreError(.invalid, Localized(
                id: "alamat penyimpanan harus diawali postgres:// (misalnya postgres://petugas@server/smedash)",
                en: "a store address starts with postgres:// (for example postgres://official@server/smedash)"))
        }
        var rest = Substring(address[schemeEnd.upperBound...])
        var query: [String: String] = [:]
        if let mark = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: mark)...].split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
                if parts.count == 2 { query[parts[0]] = parts[1] }
            }
            rest = rest[..<mark]
        }
        if query["password"] != nil { throw passwordInAddress }
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        var authority = rest[..<slash]
        let path = slash < rest.endIndex ? String(rest[rest.index(after: slash)...]) : ""
        var user: String?
        if let at = authority.lastIndex(of: "@") {
            let info = authority[..<at]
            if info.contains(":") { throw passwordInAddress }
            user = String(info).removingPercentEncoding
            authority = authority[authority.index(after: at)...]
        }
        var host = String(authority)
        var port: Int?
        if let colon = host.lastIndex(of: ":"), !host.hasPrefix("[") || host[..<colon].hasSuffix("]") {
            port = Int(host[host.index(after: colon)...])
            if port == nil { throw invalidPort(String(host[host.index(after: colon)...])) }
            host = String(host[..<colon])
        }
        host = host.removingPercentEncoding ?? host
        if host.isEmpty { host = query["host"] ?? environment["PGHOST"] ?? "/var/run/postgresql" }
        if port == nil, let text = query["port"] ?? environment["PGPORT"] {
            guard let value = Int(text) else { throw invalidPort(text) }
            port = value
        }
        let resolvedUser = user ?? query["user"] ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        let database = path.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 }
            ?? query["dbname"] ?? environment["PGDATABASE"] ?? resolvedUser
        let modeText = query["sslmode"] ?? environment["PGSSLMODE"] ?? "prefer"
        let tls: TLSMode
        switch modeText {
        case "disable", "allow": tls = .disable
        case "prefer": tls = .prefer
        case "require", "verify-ca", "verify-full": tls = .require
        default:
            throw StoreError(.invalid, Localized(
                id: "sslmode \"\(TerminalEscaping.visible(modeText))\" tidak dikenal (disable, prefer, require)",
                en: "unknown sslmode \"\(TerminalEscaping.visible(modeText))\" (disable, prefer, require)"))
        }
        var settings = PostgresSettings(
            host: host, port: port ?? 5432, user: resolvedUser, database: database, password: nil, tls: tls)
        settings.password = environment["PGPASSWORD"] ?? PasswordFile.password(for: settings, environment: environment)
        return settings
    }

    private static var passwordInAddress: StoreError {
        StoreError(.invalid, Localized(
            id: "alamat penyimpanan memuat kata sandi; kata sandi di baris perintah terlihat di daftar proses dan riwayat shell. Simpan di ~/.pgpass (izin 0600) atau PGPASSWORD, lalu tulis alamat tanpa kata sandi",
            en: "the store address holds a password; a password on the command line shows in the process list and shell history. Put it in ~/.pgpass (mode 0600) or PGPASSWORD and give the address without it"))
    }

    private static func invalidPort(_ text: String) -> StoreError {
        StoreError(.invalid, Localized(
            id: "port \"\(TerminalEscaping.visible(text))\" bukan angka", en: "port \"\(TerminalEscaping.visible(text))\" is not a number"))
    }
}

/// `~/.pgpass` (or `PGPASSFILE`), read as libpq reads it: `host:port:database:user:password`
/// lines, `*` matching anything, `\:` and `\\` escaped, and the file ignored when others may read it.
enum PasswordFile {
    static func password(for settings: PostgresSettings, environment: [String: String]) -> String? {
        guard let path = environment["PGPASSFILE"] ?? environment["HOME"].map({ $0 + "/.pgpass" }) else { return nil }
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
              info.st_mode & (S_IRWXG | S_IRWXO) == 0,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        // libpq compares "localhost" with a connection over the default socket.
        let host = settings.usesSocket ? "localhost" : settings.host
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(String(line))
            guard fields.count == 5 else { continue }
            let wanted = [host, String(settings.port), settings.database, settings.user]
            if zip(fields, wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    static func split(_ line: String) -> [String] {
        var fields: [String] = [], current = "", escaped = false
        for character in line {
            if escaped { current.append(character); escaped = false }
            else if character == "\\" { escaped = true }
            else if character == ":" && fields.count < 4 { fields.append(current); current = "" }
            else { current.append(character) }
        }
        fields.append(current)
        return fields
    }
}
