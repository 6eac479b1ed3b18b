import Foundation
import Testing

/// Compares output with a file under `Golden/`. Run with `SMEDASH_UPDATE_GOLDEN=1` to rewrite
/// the files after an intended change, then review the diff in git.
enum GoldenFile {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    static var isUpdating: Bool { ProcessInfo.processInfo.environment["SMEDASH_UPDATE_GOLDEN"] == "1" }

    static func check(_ data: Data, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if isUpdating {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: url)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file \(name); run with SMEDASH_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        guard expected != data else { return }
        let actualLines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        let expectedLines = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let line = (0..<min(actualLines.count, expectedLines.count)).first { actualLines[$0] != expectedLines[$0] } ?? min(actualLines.count, expectedLines.count)
        let got = line < actualLines.count ? actualLines[line] : "<end>"
        let wanted = line < expectedLines.count ? expectedLines[line] : "<end>"
        Issue.record("\(name) differs at line \(line + 1):\n  expected: \(wanted)\n  actual:   \(got)", sourceLocation: sourceLocation)
    }
}
