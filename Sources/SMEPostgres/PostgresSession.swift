import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
import SMEModel

/// One connection to the server, opened on first use and opened again after the server dropped
/// it. Calls are serialised: the callers are an official's dashboard or one CLI command.
final class PostgresSession: @unchecked Sendable {
    let settings: PostgresSettings
    let logger: Logger
    private let lock = NSLock()
    private var connection: PostgresConnection?
    /// Seconds a quick call may take; see `run`.
    var operationTimeout: Double = 30

    init(settings: PostgresSettings) {
        self.settings = settings
        // The client logs nothing unless asked: a log line must never carry a query's values.
        var logger = Logger(label: "smedash.store")
        logger.logLevel = .critical
        self.logger = logger
    }

    deinit {
        if let connection { try? connection.close().wait() }
    }

    /// Runs `body` on the connection and maps any failure to a `StoreError`. A failure that left
    /// the connection unusable closes it, so the next call connects again.
    /// `timeout` (default `operationTimeout`) bounds a call that should be quick (a save, a read):
    /// a server that stops answering mid-query must not freeze the dashboard, and PostgresNIO
    /// 1.33 never completes a query sent on a connection the server has just terminated.
    /// Push and pull pass nil.
    func run<T: Sendable>(
        timeout: Double? = -1, _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T
    ) throws(StoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        let timeout = timeout == -1 ? operationTimeout : timeout
        do {
            let connection: PostgresConnection
            if let open = self.connection {
                connection = open
            } else {
                // The connect timeout (5 s) bounds this one.
                connection = try blocking { [settings, logger] in try await Self.connect(settings, logger: logger) }!
            }
            self.connection = connection
            do {
                guard let result = try blocking(timeout: timeout, { [logger] in try await body(connection, logger) }) else {
                    let closing: EventLoopFuture<Void> = connection.close(); _ = closing
                    self.connection = nil
                    throw StoreFailure.unavailable(settings, reason: Localized(
                        id: "tidak ada jawaban dalam \(Int(timeout ?? 0)) detik", en: "no answer within \(Int(timeout ?? 0)) seconds").en)
                }
                return result
            } catch {
                // The server may have dropped the connection without it showing as closed yet.
                if connection.isClosed || StoreFailure.describe(error, settings: settings).kind == .unavailable {
                    try? connection.close().wait()
                    self.connection = nil
                }
                throw error
            }
        } catch {
            throw StoreFailure.describe(error, settings: settings)
        }
    }

    func close() {
        lock.lock()
        defer { lock.unlock() }
        if let connection { try? connection.close().wait() }
        connection = nil
    }

    static func connect(_ settings: PostgresSettings, logger: Logger) async throws -> PostgresConnection {
        var configuration: PostgresConnection.Configuration
        if settings.usesSocket {
            configuration = .init(unixSocketPath: settings.socketPath, username: settings.user,
                                  password: settings.password, database: settings.database)
        } else {
            configuration = .init(host: settings.host, port: settings.port, username: settings.user,
                                  password: settings.password, database: settings.database, tls: try tls(settings.tls))
        }
        configuration.options.connectTimeout = .seconds(5)
        configuration.options.additionalStartupParameters = [("application_name", "smedash")]
        return try await PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1, logger: logger)
    }

    /// As libpq's `prefer` and `require`: encrypted, without checking the certificate against a
    /// CA (an office server usually has a self-signed one; docs/deployment.md says how to pin it).
    private static func tls(_ mode: PostgresSettings.TLSMode) throws -> PostgresConnection.Configuration.TLS {
        if mode == .disable { return .disable }
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = .none
        let context = try NIOSSLContext(configuration: configuration)
        return mode == .require ? .require(context) : .prefer(context)
    }
}

extension PostgresConnection {
    /// BEGIN … COMMIT around `body`, ROLLBACK when it throws, rethrowing `body`'s own error.
    func transaction<T>(logger: Logger, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await query("BEGIN", logger: logger)
        do {
            let value = try await body(self)
            try await query("COMMIT", logger: logger)
            return value
        } catch {
            _ = try? await query("ROLLBACK", logger: logger)
            throw error
        }
    }

    func execute(_ sql: String, logger: Logger) async throws {
        try await query(PostgresQuery(unsafeSQL: sql), logger: logger)
    }
}
