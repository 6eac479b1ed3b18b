import Foundation
import Testing

/// Compares output with a file under `Golden/`. Run with `SMEDASH_UPDATE_GOLDEN=1` to rewrite
/// the files after an intended change, then review the diff in git. Like a snapshot library's
/// record mode, a rewriting run fails for every file it changed, so it can never be what makes
/// the tests pass; CI refuses to rewrite at all.
enum GoldenFile {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    static var isUpdating: Bool { ProcessInfo.processInfo.environment["SMEDASH_UPDATE_GOLDEN"] == "1" }

    static func check(_ data: Data, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if isUpdating {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("SMEDASH_UPDATE_GOLDEN is set in CI; golden files are only rewritten by hand", sourceLocation: sourceLocation)
                return
            }
            guard FileManager.default.contents(atPath: url.path) != data else { return }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: url)
            Issue.record("rewrote golden file \(name); review the diff, then run again without SMEDASH_UPDATE_GOLDEN",
                         sourceLocation: sourceLocation)
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
