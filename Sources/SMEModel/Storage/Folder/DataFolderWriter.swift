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
                throw exists(path)
            }
        }
        for (path, bytes) in files {
            try writeFile(bytes, to: path)
        }
    }

    public static func writeFile(_ bytes: [UInt8], to path: String) throws(DataFolderError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .cannotWrite(path, reason: Localized(
                id: "tidak dapat ditulis: \(error.localizedDescription)", en: "cannot be written: \(error.localizedDescription)"))
        }
    }

    /// Writes the templates (byte for byte, unless the target is the same folder) and the
    /// assessments in canonical JSON.
    public static func writeChecklists(
        _ templates: [ChecklistFile], assessments: [Assessment], to folder: DataFolder, overwrite: Bool
    ) throws(DataFolderError) {
        for template in templates {
            let name = (template.path as NSString).lastPathComponent
            let target = folder.path("sop/" + name)
            let source = URL(fileURLWithPath: template.path).standardizedFileURL.path
            if URL(fileURLWithPath: target).standardizedFileURL.path == source { continue }
            if !overwrite, FileManager.default.fileExists(atPath: target) { throw exists(target) }
            guard let bytes = FileManager.default.contents(atPath: template.path) else {
                throw .unreadable(template.path, reason: "cannot be read")
            }
            try writeFile([UInt8](bytes), to: target)
        }
        for assessment in assessments {
            let target: String
            do { target = try folder.documentPath("assessments", id: assessment.key) } catch {
                throw .cannotWrite(folder.path("assessments"), reason: Localized(id: error.description(.id), en: error.description(.en)))
            }
            if !overwrite, FileManager.default.fileExists(atPath: target) { throw exists(target) }
            let data: Data
            do { data = try CanonicalJSON.encode(assessment) } catch {
                throw .cannotWrite(target, reason: Localized(String(describing: error)))
            }
            try writeFile([UInt8](data), to: target)
        }
    }

    private static func exists(_ path: String) -> DataFolderError {
        .cannotWrite(path, reason: Localized(
            id: "sudah ada (pakai --force untuk menggantinya)", en: "already exists (use --force to replace it)"))
    }
}
