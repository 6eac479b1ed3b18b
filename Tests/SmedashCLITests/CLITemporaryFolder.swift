import Foundation
import Glibc

/// A fresh folder under the system's temporary directory for one test, removed afterwards.
final class CLITemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("smedash-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        // Tests make files and folders read-only or hand them to another user; take them back first.
        if let walker = FileManager.default.enumerator(atPath: path) {
            for case let name as String in walker { chmod(path + "/" + name, 0o755) }
        }
        chmod(path, 0o755)
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ data: Data) throws {
        let target = file(name)
        try FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: target))
    }

    func write(_ name: String, _ text: String) throws { try write(name, Data(text.utf8)) }

    func names(in folder: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? path : file(folder))) ?? []).sorted()
    }
}
