import Foundation

/// The embedded default: documents are the JSON files of a data folder, saved through `SafeFile`
/// (atomic, with `.history`), and a document's version is the hash of its bytes.
public struct FileDocumentStore: DocumentStore {
    public let folder: DataFolder

    public init(folder: DataFolder) {
        self.folder = folder
    }

    public var location: String { folder.root }

    public func path(_ kind: DocumentKind, _ name: String) throws(StoreError) -> String {
        try StoredDocument.checkName(name)
        return folder.path(kind.rawValue + "/" + name)
    }

    public func list(_ kind: DocumentKind) throws(StoreError) -> [StoredDocument] {
        var documents: [StoredDocument] = []
        for path in DataFolder.jsonFiles(in: folder.path(kind.rawValue)) {
            let name = SafePath.split(path).name
            // A file whose name no other store could hold is left out, as the loaders leave it out.
            guard (try? StoredDocument.checkName(name)) != nil, let document = try read(kind, name) else { continue }
            documents.append(document)
        }
        return documents
    }

    public func read(_ kind: DocumentKind, _ name: String) throws(StoreError) -> StoredDocument? {
        let path = try path(kind, name)
        do {
            let (bytes, stamp) = try SafeFile.read(path, limit: DataLimits.current.documentBytes)
            return StoredDocument(kind: kind, name: name, bytes: bytes, version: Self.version(stamp))
        } catch {
            if case .system(_, _, let code) = error, code == ENOENT { return nil }
            throw StoreError(.failed, Localized(id: error.description(.id), en: error.description(.en)))
        }
    }

    public func save(
        _ kind: DocumentKind, _ name: String, _ bytes: Data, expecting: DocumentVersion?, by official: String
    ) throws(StoreError) -> DocumentVersion {
        let path = try path(kind, name)
        var stamp: FileStamp?
        if let expecting {
            // SafeFile compares stamps; the caller holds only the version, so the stamp is read
            // now and must still carry the bytes the official started from.
            guard let current = try? SafeFile.read(path).1 else {
                throw StoreError(.conflict, Localized(id: "\(path) sudah dihapus orang lain", en: "\(path) was deleted by someone else"))
            }
            guard Self.version(current) == expecting else {
                throw StoreError(.conflict, Localized(id: "\(path) sudah diubah orang lain", en: "\(path) was changed by someone else"))
            }
            stamp = current
        } else {
            do {
                try SafePath.checkInside(path, root: folder.root)
                try FileManager.default.createDirectory(atPath: SafePath.split(path).folder, withIntermediateDirectories: true)
            } catch {
                throw StoreError(.failed, Localized(String(describing: error)))
            }
        }
        do {
            return Self.version(try SafeFile.write(bytes, to: path, expecting: stamp, within: folder.root))
        } catch {
            let message = Localized(id: error.description(.id), en: error.description(.en))
            switch error {
            case .changedOnDisk, .deletedOnDisk, .alreadyExists: throw StoreError(.conflict, message)
            default: throw StoreError(.failed, message)
            }
        }
    }

    /// The newest modification time of the folder's data, in nanoseconds: a folder keeps no
    /// counter, and any save replaces a file (so changes its time).
    public func changeCounter() throws(StoreError) -> Int64 {
        var newest: Int64 = 0
        let paths = [folder.businesses, folder.cooperatives, folder.responses, folder.waves, folder.regions, folder.sectors]
            + DocumentKind.allCases.map { folder.path($0.rawValue) }
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            newest = max(newest, Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
        }
        return newest
    }

    public static func version(_ stamp: FileStamp) -> DocumentVersion {
        DocumentVersion(Int64(bitPattern: stamp.contentHash))
    }
}
