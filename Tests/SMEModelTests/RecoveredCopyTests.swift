import Foundation
import Testing
@testable import SMEModel

@Suite struct RecoveredCopyTests {
    @Test func namesAreReadBackAndOthersIgnored() {
        let copy = RecoveredCopy(path: "d/sop/food.json.1700000000.recovered")
        #expect(copy?.original == "d/sop/food.json")
        #expect(copy?.written == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(RecoveredCopy.path(for: "d/sop/food.json", at: Date(timeIntervalSince1970: 1_700_000_000))
            == "d/sop/food.json.1700000000.recovered")
        #expect(RecoveredCopy(path: "d/sop/food.json") == nil)
        #expect(RecoveredCopy(path: "d/sop/food.json.recovered") == nil)
        #expect(RecoveredCopy(path: "d/sop/food.json.-5.recovered") == nil)
    }

    @Test func copiesAreFoundOldestFirstOutsideHistory() throws {
        let folder = try TemporaryFolder()
        try folder.write("sop/food.json.200.recovered", "{}")
        try folder.write("sop/drafts/salon.json.100.recovered", "{}")
        try folder.write("assessments/UMK-1/a.json.300.recovered", "{}")
        try folder.write("sop/.history/food.json.50.recovered", "{}")
        try folder.write("sop/food.json", "{}")
        let found = RecoveredCopy.all(in: DataFolder(root: folder.path)).map(\.path)
        #expect(found == [
            folder.file("sop/drafts/salon.json.100.recovered"), folder.file("sop/food.json.200.recovered"),
            folder.file("assessments/UMK-1/a.json.300.recovered"),
        ])
    }

    @Test func differencesAreLinesOnlyInOneOfTheTwo() throws {
        let folder = try TemporaryFolder()
        try folder.write("sop/food.json", "{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}\n")
        try folder.write("sop/food.json.9.recovered", "{\n  \"a\": 1,\n  \"b\": 20,\n  \"c\": 3,\n  \"d\": 4\n}\n")
        let copy = try #require(RecoveredCopy(path: folder.file("sop/food.json.9.recovered")))
        #expect(try copy.differences() == [
            #"-   "b": 2,"#, #"-   "c": 3"#, #"+   "b": 20,"#, #"+   "c": 3,"#, #"+   "d": 4"#,
        ])
        #expect(try copy.differences(limit: 2).last == "… 3")
    }

    @Test func keepingReplacesTheFileSafelyAndPutsTheCopyAside() throws {
        let folder = try TemporaryFolder()
        try folder.write("sop/food.json", "old\n")
        try folder.write("sop/food.json.9.recovered", "mine\n")
        // An older copy already put aside under the same name is not replaced.
        try folder.write("sop/.history/food.json.9.recovered", "earlier\n")
        let copy = try #require(RecoveredCopy(path: folder.file("sop/food.json.9.recovered")))
        try copy.keep(within: folder.path)
        #expect(try String(contentsOfFile: folder.file("sop/food.json"), encoding: .utf8) == "mine\n")
        #expect(!FileManager.default.fileExists(atPath: copy.path))
        #expect(try String(contentsOfFile: folder.file("sop/.history/food.json.9.recovered"), encoding: .utf8) == "earlier\n")
        #expect(try String(contentsOfFile: folder.file("sop/.history/food.json.9.recovered.1"), encoding: .utf8) == "mine\n")
        // The replaced version is in the history like any save's.
        let history = folder.names(in: folder.file("sop/.history"))
        #expect(history.contains { $0.hasPrefix("food.json") && !$0.contains("recovered") })
    }
}
