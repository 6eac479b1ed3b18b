import Foundation
import Testing

@Suite struct SOPCLITests {
    let data = CLIRunner.bundledData

    @Test func validateBundledFilesExitsZero() throws {
        let result = try CLIRunner.run(["sop", "validate", "--data", data])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("0 errors"))
    }

    @Test func validateBrokenFilePrintsFileLineColumnAndExitsOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smedash-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(contentsOfFile: data + "/sop/food.json", encoding: .utf8)
        let broken = original.replacingOccurrences(of: "\"type\" : \"number\"", with: "\"type\" : \"numbr\"")
        let path = folder.appendingPathComponent("food.json").path
        try broken.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["sop", "validate", "--data", data, path])
        #expect(result.status == 1)
        let line = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(line.hasPrefix(path + ":"))
        #expect(line.contains(".type: \"numbr\" is not a valid value"), "\(line)")
    }

    /// A copy beside the original (what "save as copy" used to write) makes two live templates
    /// with one key: validate refuses it and names both files; the same copy under drafts/ is fine.
    @Test func validateRefusesTwoLiveTemplatesWithOneKey() throws {
        let folder = try CLITemporaryFolder()
        try FileManager.default.copyItem(atPath: data, toPath: folder.file("data"))
        let copy = folder.file("data/sop/food-copy.json")
        try FileManager.default.copyItem(atPath: folder.file("data/sop/food.json"), toPath: copy)
        let result = try CLIRunner.run(["sop", "validate", "--data", folder.file("data")])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(copy): template key \"sop-food\" is already used by \(folder.file("data/sop/food.json")); two live templates must not share a key"), "\(result.stdout)")
        try FileManager.default.createDirectory(atPath: folder.file("data/sop/drafts"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: copy, toPath: folder.file("data/sop/drafts/food-copy.json"))
        #expect(try CLIRunner.run(["sop", "validate", "--data", folder.file("data")]).status == 0)
    }

    @Test func showAcceptsIndonesianSectorName() throws {
        let result = try CLIRunner.run(["sop", "show", "kuliner", "--data", data, "--lang", "id"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("kul-001"))
        #expect(result.stdout.contains("Dasar hukum"))
    }

    @Test func listShowsFiveSectors() throws {
        let result = try CLIRunner.run(["sop", "list", "--data", data, "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 6)
    }
}
