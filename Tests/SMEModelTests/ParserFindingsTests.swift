import Foundation
import Testing
@testable import SMEModel

/// Findings from a peer JSON/CSV test suite: numbers the JSON grammar allows, a `""` record, and
/// a lone carriage return as a line break.
@Suite struct ParserFindingsTests {
    struct Numbers: Decodable, Equatable {
        var a: Double
        var b: Int
    }

    @Test(arguments: [("0e1", 0.0), ("0E1", 0.0), ("-0e0", 0.0), ("1e-999999", 0.0), ("0.0e5", 0.0), ("1E+2", 100.0), ("2.5e1", 25.0)])
    func exponentNumbersAreValid(_ text: String, _ expected: Double) throws {
        let decoded = try JSONDocument.decode(Numbers.self, from: Data("{\"a\": \(text), \"b\": \(text == "2.5e1" ? "1" : text)}".utf8), file: "n.json")
        #expect(decoded.a == expected)
    }

    @Test func anOverflowingNumberIsStillTooLarge() {
        #expect(throws: JSONLoadError.self) {
            try JSONDocument.decode(Numbers.self, from: Data("{\"a\": 1e400, \"b\": 1}".utf8), file: "n.json")
        }
        do {
            _ = try JSONDocument.decode(Numbers.self, from: Data("{\"a\": 1e400, \"b\": 1}".utf8), file: "n.json")
        } catch {
            #expect(error.description(.en).contains("1e400 is too large"), "\(error.description(.en))")
        }
    }

    @Test func aLoneCarriageReturnEndsALineInJSONLocations() throws {
        let data = Data("{\r\"a\": 1,\r\"b\": tru\r}".utf8)
        do {
            _ = try JSONDocument.decode(Numbers.self, from: data, file: "cr.json")
            Issue.record("decoded")
        } catch {
            #expect(error.location?.line == 3, "\(error.description(.en))")
        }
        // CRLF stays one line break.
        do {
            _ = try JSONDocument.decode(Numbers.self, from: Data("{\r\n\"a\": 1,\r\n\"b\": tru\r\n}".utf8), file: "crlf.json")
        } catch {
            #expect(error.location?.line == 3)
        }
    }

    @Test func aRecordThatIsOnlyAnEmptyQuotedValueIsKept() throws {
        let records = try CSVReader.records(Array("name\na\n\"\"\n\nb\n".utf8), file: "one.csv")
        #expect(records.map(\.fields) == [["name"], ["a"], [""], ["b"]])
        #expect(records.map(\.line) == [1, 2, 3, 5])
    }

    /// The fast reader agrees: a `""` line in the registry is a located short record, not skipped.
    @Test func theFastReaderDoesNotSkipAnEmptyQuotedRecord() throws {
        let temporary = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: BundledDataTests.folder.root, toPath: temporary.file("data"))
        let path = temporary.file("data/registry/businesses.csv")
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        lines.insert("\"\"", at: 600)
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try DataFolder(root: temporary.file("data")).loadRegistry([.businesses])
            Issue.record("loaded")
        } catch {
            #expect(error.description(.en).hasPrefix("\(path):601:"), "\(error.description(.en))")
        }
    }
}
