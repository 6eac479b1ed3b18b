import Foundation
import Logging
import PostgresNIO
import SMEModel

/// A working copy of a PostgreSQL store as a data folder under the user's cache, so the dashboard,
/// the CLI and the reports read it exactly as they read any folder. It is pulled again only when
/// the store's change counter moved since the copy was made; saves of documents go to the store
/// first (`DocumentSync`), against the versions the copy recorded.
public final class StoreMirror: DocumentSync, ImportSync, @unchecked Sendable {
    public let store: PostgresStore
    public let folder: DataFolder
    /// True when this start pulled the store (the copy was missing or stale).
    public let pulled: Bool
    private let lock = NSLock()
    private var state: MirrorState
    private let listener: StoreListener

    struct MirrorState: Codable {
        var store: String
        var counter: Int64
        /// `kind/name` → the store's version of the document in the copy.
        var versions: [String: Int64]
        /// The registry version the copy's registry files are, and each import batch's version;
        /// nil in a copy made before the store had batches, which is pulled again.
        var registryVersion: Int64?
        var batches: [String: Int64]?

        /// The copy is what the store holds at `counter`, and it records batch versions.
        func isCurrent(_ counter: Int64) -> Bool { self.counter == counter && registryVersion != nil }
    }

    static let stateFile = ".store-mirror.json"

    /// Opens the copy of `store` under `cacheRoot`, pulling it when missing or stale.
    public init(store: PostgresStore, cacheRoot: String) throws(StoreError) {
        self.store = store
        listener = StoreListener(store: store)
        let root = cacheRoot + "/stores/" + Self.folderName(store.settings.display)
        folder = DataFolder(root: root)
        let counter = try store.changeCounter()
        if let saved = Self.readState(root), saved.store == store.settings.display, saved.isCurrent(counter) {
            state = saved
            pulled = false
            return
        }
        state = try Self.pullFresh(store, into: root)
        pulled = true
    }

    public var location: String { store.location }

    /// A folder name for the store's address that cannot leave the cache: its letters, and a hash
    /// so two addresses never share a copy.
    static func folderName(_ display: String) -> String {
        let letters = String(display.map { $0.isLetter || $0.isNumber ? $0 : "_" }.prefix(40))
        return letters + "-" + String(FileStamp.hash(Data(display.utf8)), radix: 16)
    }

    /// Pulls into a new folder beside the old copy and swaps it in, so an interrupted pull leaves
    /// the previous copy as it was.
    private static func pullFresh(_ store: PostgresStore, into root: String) throws(StoreError) -> MirrorState {
        let manager = FileManager.default
        let incoming = root + ".incoming-\(getpid())"
        let old = root + ".old-\(getpid())"
        try? manager.removeItem(atPath: incoming)
        do { try manager.createDirectory(atPath: incoming, withIntermediateDirectories: true) } catch {
            throw StoreError(.failed, Localized(id: "tidak dapat membuat \(incoming): \(error.localizedDescription)",
                                                en: "cannot create \(incoming): \(error.localizedDescription)"))
        }
        let summary: TransferSummary
        do { summary = try store.pull(to: DataFolder(root: incoming), overwrite: false) } catch {
            try? manager.removeItem(atPath: incoming)
            throw error
        }
        let state = MirrorState(store: store.settings.display, counter: summary.counter,
                                versions: summary.versions.mapValues(\.value), registryVersion: summary.registryVersion,
                                batches: summary.batchVersions.mapValues(\.value))
        try writeState(state, root: incoming)
        if manager.fileExists(atPath: root) { _ = rename(root, old) }
        guard rename(incoming, root) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(old, root)
            throw StoreError(.failed, Localized(id: "tidak dapat memasang salinan \(root): \(reason)", en: "cannot put the copy in place at \(root): \(reason)"))
        }
        try? manager.removeItem(atPath: old)
        return state
    }

    private static func readState(_ root: String) -> MirrorState? {
        guard let data = FileManager.default.contents(atPath: root + "/" + stateFile) else { return nil }
        return try? JSONDecoder().decode(MirrorState.self, from: data)
    }

    private static func writeState(_ state: MirrorState, root: String) throws(StoreError) {
        do {
            let path = root + "/" + stateFile
            let stamp = try? SafeFile.read(path).1
            try SafeFile.write(try JSONEncoder().encode(state), to: path, expecting: stamp, keepHistory: false)
        } catch {
            throw StoreError(.failed, Localized(String(describing: error)))
        }
    }

    /// The kind and name of a document file of the copy.
    func document(at path: String) throws(StoreError) -> (DocumentKind, String) {
        let prefix = folder.root.hasSuffix("/") ? folder.root : folder.root + "/"
        guard path.hasPrefix(prefix) else { throw outside(path) }
        let relative = String(path.dropFirst(prefix.count))
        for kind in DocumentKind.allCases.sorted(by: { $0.rawValue.count > $1.rawValue.count })
        where relative.hasPrefix(kind.rawValue + "/") {
            let name = String(relative.dropFirst(kind.rawValue.count + 1))
            guard !name.contains("/") else { continue }
            try StoredDocument.checkName(name)
            return (kind, name)
        }
        throw outside(path)
    }

    private func outside(_ path: String) -> StoreError {
        StoreError(.invalid, Localized(id: "\(path) bukan dokumen penyimpanan bersama", en: "\(path) is not a document of the shared store"))
    }

    public func save(_ bytes: Data, at path: String, by official: String) throws(StoreError) {
        let (kind, name) = try document(at: path)
        let key = kind.rawValue + "/" + name
        let expecting = lock.withLock { state.versions[key].map(DocumentVersion.init) }
        let version = try store.save(kind, name, bytes, expecting: expecting, by: official)
        try record(key, version: version.value)
    }

    public func refresh(_ path: String) throws(StoreError) {
        let (kind, name) = try document(at: path)
        let key = kind.rawValue + "/" + name
        let current = try store.read(kind, name)
        do {
            if let current {
                let stamp = try? SafeFile.read(path).1
                try SafeFile.write(current.bytes, to: path, expecting: stamp, within: folder.root)
            } else {
                try? FileManager.default.removeItem(atPath: path)
            }
        } catch {
            throw StoreError(.failed, Localized(id: error.description(.id), en: error.description(.en)))
        }
        try record(key, version: current?.version.value)
    }

    /// Remembers the store's version of a document in the copy, on disk too, so the next start
    /// saves against it.
    private func record(_ key: String, version: Int64?) throws(StoreError) {
        try change { $0.versions[key] = version }
    }

    /// Changes the recorded state, on disk too.
    private func change(_ edit: (inout MirrorState) -> Void) throws(StoreError) {
        let snapshot = lock.withLock {
            edit(&state)
            return state
        }
        try Self.writeState(snapshot, root: folder.root)
    }

    public func takeChanges() -> [StoreNotice] { listener.take() }

    public func refreshCopy() throws(StoreError) {
        let counter = try store.changeCounter()
        if lock.withLock({ state.isCurrent(counter) }) { return }
        let fresh = try Self.pullFresh(store, into: folder.root)
        lock.withLock { state = fresh }
    }

    public func saveBatch(_ change: BatchChange, by official: String) throws(StoreError) {
        let (expecting, registry) = lock.withLock { (state.batches?[change.batch.id], state.registryVersion ?? 0) }
        let saved = try store.saveBatch(change, expecting: expecting.map(DocumentVersion.init), registryVersion: registry, by: official)
        try self.change { state in
            state.batches = (state.batches ?? [:]).merging([change.batch.id: saved.version.value]) { $1 }
            if let version = saved.registryVersion { state.registryVersion = version }
        }
    }

    /// Starts hearing other programs' changes (see `StoreListener`).
    public func startListening() {
        lock.withLock { listener.start() }
    }
}
