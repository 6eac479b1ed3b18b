import Foundation
import Testing
@testable import SMEModel

/// Inputs the fuzz targets (Fuzz/run.sh) found crashing, kept so the fixes stay fixed. Each goes
/// through the same steps as its target and must end in an error or a clean load, not a trap.
@Suite struct FuzzRegressionTests {
    static let folder: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        return url.appendingPathComponent("FuzzRegressions").path
    }()

    static func inputs(_ target: String) -> [String] {
        let path = folder + "/" + target
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
    }

    private let stamp = FileStamp(device: 0, inode: 0, size: 0, modifiedNanoseconds: 0, contentHash: 0)

    @Test(arguments: inputs("checklist"))
    func checklistInput(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        switch ChecklistLibrary.decodeTemplate(data, path: path, stamp: stamp) {
        case .failure(let problems):
            #expect(problems.list.contains { $0.isError })
            #expect(problems.list.allSatisfy { $0.file == path })
        case .success(let (file, _)):
            // Loaded: every failed item's proposed action must have a date or none, never trap.
            let checklist = file.checklist
            var visit = Assessment.new(
                for: checklist, businessID: "B", assessor: Assessor(name: "A"), date: "2020-08-01", key: "asm")
            for item in checklist.items where item.type == .yesNoNA { visit = visit.answering(item.key, with: .no) }
            for item in checklist.items { _ = visit.proposedAction(for: item) }
            _ = AssessmentScore(checklist: checklist, assessment: visit)
            let saved = try CanonicalJSON.encode(checklist)
            guard case .success(let (reloaded, _)) = ChecklistLibrary.decodeTemplate(saved, path: path, stamp: stamp) else {
                Issue.record("\(path): saved template does not load back")
                return
            }
            #expect(reloaded.checklist == checklist)
        }
    }

    @Test(arguments: inputs("csv"))
    func csvInput(_ path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        guard let table = try? CSVTable(bytes: bytes, file: path) else { return }
        let decoder = RegistryDecoder(sectorKeys: ["food"], regionCodes: ["3273"])
        _ = try? RegistryDecoder.regions(table)
        _ = try? RegistryDecoder.sectors(table)
        _ = try? RegistryDecoder.waves(table)
        _ = try? decoder.businesses(table)
        _ = try? decoder.cooperatives(table)
        _ = try? decoder.responses(table, waveIDs: ["2020-07"])
    }

    @Test func dueDateFarBeyondTheCalendarIsNoDateNotATrap() throws {
        let date = try #require(ISODate("2020-08-01"))
        #expect(date.adding(days: Int.max) == nil)
        #expect(date.adding(days: Int.min) == nil)
        #expect(date.adding(days: 3_000_000) == nil)
        #expect(ISODate(dayNumber: Int.max) == nil)
        #expect(ISODate(dayNumber: Int.min) == nil)
        #expect(date.adding(days: 7)?.description == "2020-08-08")
    }
}
