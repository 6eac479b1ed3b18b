import Foundation
import Testing
@testable import SMEModel

/// Identifiers from data files never become paths: the one pattern, checked at load by both CSV
/// readers with the row and column named.
@Suite struct SafeNameTests {
    @Test(arguments: ["UMK-3273-00624", "KOP-3274-0001", "2020-07", "food", "a.b_c-d", String(repeating: "x", count: 64)])
    func realIdentifiersPass(_ value: String) {
        #expect(SafeName.isSafe(value))
    }

    @Test(arguments: [
        "", "X/../../../../elsewhere/OWNED", "..", "a..b", ".hidden", "-rf", "a/b", "a\\b", "a b", "a\u{0}b",
        "a\u{1B}]0;x\u{7}", "Kab\u{202E}fdp", "é", String(repeating: "x", count: 65),
    ])
    func dangerousIdentifiersAreRefused(_ value: String) {
        #expect(!SafeName.isSafe(value))
        #expect(throws: SafeNameError.self) { try SafeName.fileName(value) }
    }

    @Test func theMessageEscapesTheValue() throws {
        let error = SafeNameError(value: "a\u{1B}[2J/b", problem: try #require(SafeName.problem("a\u{1B}[2J/b")))
        #expect(error.description(.en)
            == "identifier \"a\\u{1b}[2J/b\" cannot be used in a file name: contains 0x1B; only letters, digits, \".\", \"_\" and \"-\" are allowed")
        #expect(!error.description(.id).unicodeScalars.contains { $0.value == 0x1B })
    }

    /// A copy of the bundled folder whose `file` has `line` replaced.
    private func folder(replacing line: Int, in file: String, with text: (String) -> String) throws -> (TemporaryFolder, DataFolder) {
        let temporary = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: BundledDataTests.folder.root, toPath: temporary.file("data"))
        let path = temporary.file("data/" + file)
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        lines[line - 1] = text(lines[line - 1])
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return (temporary, DataFolder(root: temporary.file("data")))
    }

    private func loadError(_ folder: DataFolder) -> String? {
        do { _ = try folder.loadRegistry(); return nil } catch { return error.description(.en) }
    }

    /// Line 700 lies in a later chunk of the fast reader than line 2: both refuse.
    @Test(arguments: [2, 700])
    func aBusinessIDThatIsAPathIsALocatedError(line: Int) throws {
        let (temporary, data) = try folder(replacing: line, in: "registry/businesses.csv") {
            "X/../../../../elsewhere/OWNED" + $0.drop { $0 != "," }
        }
        let message = try #require(loadError(data))
        #expect(message.hasPrefix("\(data.businesses):\(line): column \"id\": \"X/../../../../elsewhere/OWNED\" cannot be used as an identifier: contains \"/\""), "\(message)")
        _ = temporary
    }

    @Test func cooperativeSectorAndWaveIDsAreChecked() throws {
        let cases: [(String, Int, String, String)] = [
            ("registry/cooperatives.csv", 2, "KOP/../x", "id"),
            ("survey/waves.csv", 2, "..", "id"),
        ]
        for (file, line, bad, column) in cases {
            let (temporary, data) = try folder(replacing: line, in: file) { bad + $0.drop { $0 != "," } }
            let message = try #require(loadError(data))
            #expect(message.contains(":\(line): column \"\(column)\": \"\(bad)\" cannot be used as an identifier"), "\(message)")
            _ = temporary
        }
        let (temporary, data) = try folder(replacing: 2, in: "registry/sectors.csv") { ".x" + $0.drop { $0 != "," } }
        #expect(loadError(data)?.contains("column \"key\": \".x\" cannot be used as an identifier: must not start with") == true)
        _ = temporary
    }
}
