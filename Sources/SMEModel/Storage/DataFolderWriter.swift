import Foundation

/// Writes a registry as a complete data folder (the output of `smedash generate`).
public enum DataFolderWriter {
    /// Writes every registry and survey file. Refuses to replace existing files unless `overwrite`.
    public static func write(_ registry: Registry, to folder: DataFolder, overwrite: Bool) throws(DataFolderError) {
        let files: [(String, [UInt8])] = [
            (folder.regions, RegistryEncoder.regions(registry.regions)),
            (folder.sectors, RegistryEncoder.sectors(registry.sectors)),
            (folder.businesses, RegistryEncoder.businesses(registry.businesses)),
            (folder.cooperatives, RegistryEncoder.cooperatives(registry.cooperatives)),
            (folder.waves, RegistryEncoder.waves(registry.waves)),
            (folder.responses, RegistryEncoder.responses(registry.responses)),
        ]
        if !overwrite {
            for (path, _) in files where FileManager.default.fileExists(atPath: path) {
                throw .cannotWrite(path, reason: Localized(
                    id: "sudah ada (pakai --force untuk menggantinya)", en: "already exists (use --force to replace it)"))
            }
        }
        for (path, bytes) in files {
            try writeFile(bytes, to: path)
        }
    }

    static func writeFile(_ bytes: [UInt8], to path: String) throws(DataFolderError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .cannotWrite(path, reason: Localized(
                id: "tidak dapat ditulis: \(error.localizedDescription)", en: "cannot be written: \(error.localizedDescription)"))
        }
    }
}
