import Foundation
import NIOCore
import PostgresNIO
import SMEModel

/// Turns what the client or the server reported into a `StoreError` an official can act on.
/// Nothing here repeats a password: the settings' `display` has none, and the server's own
/// messages name the user at most.
enum StoreFailure {
    static func describe(_ error: any Error, settings: PostgresSettings) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? PostgresTransactionError {
            return describe(error.closureError ?? error.beginError ?? error.commitError ?? error.rollbackError ?? error, settings: settings)
        }
        if let error = error as? PSQLError {
            if let state = error.serverInfo?[.sqlState] {
                let said = TerminalEscaping.visible(error.serverInfo?[.message] ?? "", keepsLineBreaks: false)
                return server(state: state, said: said, settings: settings)
            }
            switch error.code {
            case .authMechanismRequiresPassword:
                return StoreError(.refused, Localized(
                    id: "server \(settings.display) meminta kata sandi untuk \(settings.user), tetapi tidak ada di PGPASSWORD atau ~/.pgpass",
                    en: "the server \(settings.display) asks for a password for \(settings.user) and none is in PGPASSWORD or ~/.pgpass"))
            case .sslUnsupported:
                return StoreError(.refused, Localized(
                    id: "server \(settings.display) tidak menawarkan TLS, padahal sslmode=require",
                    en: "the server \(settings.display) does not offer TLS and sslmode=require"))
            case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
                return unavailable(settings, reason: underlying(error))
            default:
                return StoreError(.failed, Localized(
                    id: "penyimpanan \(settings.display): \(error.code)", en: "store \(settings.display): \(error.code)"))
            }
        }
        if error is IOError || error is ChannelError || String(describing: type(of: error)).contains("Connect") {
            return unavailable(settings, reason: String(describing: error))
        }
        return StoreError(.failed, Localized("\(settings.display): \(TerminalEscaping.visible(String(describing: error), keepsLineBreaks: false))"))
    }

    /// What went wrong underneath, without PSQLError's own text (a generic sentence by design).
    private static func underlying(_ error: PSQLError) -> String {
        if let inner = error.underlying as? PSQLError { return underlying(inner) }
        if let inner = error.underlying { return String(describing: inner) }
        return String(describing: error.code)
    }

    static func unavailable(_ settings: PostgresSettings, reason: String) -> StoreError {
        let shown = TerminalEscaping.visible(reason, keepsLineBreaks: false)
        let place = settings.usesSocket ? settings.socketPath : "\(settings.host):\(settings.port)"
        return StoreError(.unavailable, Localized(
            id: "server PostgreSQL \(settings.display) tidak dapat dihubungi di \(place) (\(shown)). Apakah server berjalan dan alamatnya benar? Tanpa server, pakai folder data (--data)",
            en: "cannot reach the PostgreSQL server \(settings.display) at \(place) (\(shown)). Is it running, and is the address right? Without a server, use a data folder (--data)"))
    }

    private static func server(state: String, said: String, settings: PostgresSettings) -> StoreError {
        switch state {
        case "28P01", "28000":
            return StoreError(.refused, Localized(
                id: "server menolak masuk sebagai \(settings.user) ke \(settings.database) (\(said)); periksa ~/.pgpass atau PGPASSWORD",
                en: "the server refused the login as \(settings.user) to \(settings.database) (\(said)); check ~/.pgpass or PGPASSWORD"))
        case "3D000":
            return StoreError(.refused, Localized(
                id: "basis data \(settings.database) tidak ada di server; buat dengan `createdb \(settings.database)` lalu `smedash store migrate`",
                en: "the database \(settings.database) does not exist on the server; create it with `createdb \(settings.database)`, then run `smedash store migrate`"))
        case "42501":
            return StoreError(.refused, Localized(
                id: "peran \(settings.user) tidak berhak melakukan ini (\(said)); lihat peran di docs/deployment.md",
                en: "the role \(settings.user) may not do this (\(said)); see the roles in docs/deployment.md"))
        case "57P01", "57P02", "57P03", "08000", "08003", "08006":
            return unavailable(settings, reason: said)
        default:
            return StoreError(.failed, Localized(
                id: "server \(settings.display) melaporkan \(state): \(said)", en: "the server \(settings.display) reported \(state): \(said)"))
        }
    }
}
