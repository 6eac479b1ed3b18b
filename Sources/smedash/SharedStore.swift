import Foundation
import SMEModel
import SMEPostgres

/// The PostgreSQL store a command works on, opened once per process.
enum SharedStore {
    nonisolated(unsafe) private static var opened: [String: StoreMirror] = [:]
    private static let lock = NSLock()

    static func open(_ address: String) throws(StoreError) -> PostgresStore {
        try PostgresStore(address: address)
    }

    /// The working copy of the store at `address`, pulled when stale; says so on a terminal.
    static func mirror(_ address: String, language: Language) throws(StoreError) -> StoreMirror {
        lock.lock()
        defer { lock.unlock() }
        if let mirror = opened[address] { return mirror }
        let mirror = try StoreMirror(store: try open(address), cacheRoot: cacheRoot)
        if mirror.pulled, isatty(STDERR_FILENO) == 1 {
            emitError(Localized(id: "smedash: salinan kerja \(mirror.store.location) diperbarui di \(mirror.folder.root)\n",
                                en: "smedash: refreshed the working copy of \(mirror.store.location) in \(mirror.folder.root)\n")(language))
        }
        opened[address] = mirror
        return mirror
    }

    /// `$XDG_CACHE_HOME/smedash`, else `~/.cache/smedash`, as the XDG base directory
    /// specification places caches; the system's temporary folder when neither is set.
    static var cacheRoot: String {
        let environment = ProcessInfo.processInfo.environment
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") { return base + "/smedash" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/smedash" }
        return NSTemporaryDirectory() + "smedash-cache-\(getuid())"
    }

    /// Who is saving, for the store's audit log: SMEDASH_OFFICIAL, else the login name.
    static var official: String {
        let environment = ProcessInfo.processInfo.environment
        if let named = environment["SMEDASH_OFFICIAL"] ?? environment["USER"], !named.isEmpty { return named }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(getuid())"
    }
}
