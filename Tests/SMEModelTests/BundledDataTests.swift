import Foundation
import Testing
@testable import SMEModel

/// A sweep over every file in the repository's `data/` folder.
@Suite struct BundledDataTests {
    static var folder: DataFolder {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return DataFolder(root: url.appendingPathComponent("data").path)
    }

    @Test func registryLoadsWithRealisticSize() throws {
        let registry = try Self.folder.loadRegistry()
        #expect((600...1000).contains(registry.businesses.count))
        #expect((100...200).contains(registry.cooperatives.count))
        #expect(registry.regions.count == 27)
        #expect(Set(registry.businesses.map(\.region)).count == 27)
        #expect(registry.waves.count == 3)
        for wave in registry.waves {
            #expect(registry.responses(inWave: wave.id).count >= 300)
        }
    }

    @Test func everyTemplateAndAssessmentLoadsWithoutProblems() {
        let library = ChecklistLibrary.load(Self.folder)
        #expect(library.problems.isEmpty, "\(library.problems.map(\.description))")
        #expect(Set(library.templates.map(\.checklist.sector)) == ["food", "tailoring", "salon", "events", "crafts"])
        for file in library.templates {
            #expect((15...30).contains(file.checklist.items.count), "\(file.path)")
            #expect(file.checklist.items.allSatisfy { !$0.text.isEmpty && !$0.textEn.isEmpty && !$0.source.isEmpty })
        }
        #expect(library.assessments.count >= 5)
    }

    @Test func templatesAndAssessmentsRoundTripByteForByte() throws {
        let library = ChecklistLibrary.load(Self.folder)
        for file in library.templates {
            let original = try Data(contentsOf: URL(fileURLWithPath: file.path))
            #expect(try CanonicalJSON.encode(file.checklist) == original, "\(file.path)")
        }
        for file in library.assessments {
            let original = try Data(contentsOf: URL(fileURLWithPath: file.path))
            #expect(try CanonicalJSON.encode(file.assessment) == original, "\(file.path)")
        }
    }

    @Test func registryFilesRoundTripByteForByte() throws {
        let folder = Self.folder
        let registry = try folder.loadRegistry()
        func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }
        #expect(RegistryEncoder.regions(registry.regions) == (try bytes(folder.regions)))
        #expect(RegistryEncoder.sectors(registry.sectors) == (try bytes(folder.sectors)))
        #expect(RegistryEncoder.businesses(registry.businesses) == (try bytes(folder.businesses)))
        #expect(RegistryEncoder.cooperatives(registry.cooperatives) == (try bytes(folder.cooperatives)))
        #expect(RegistryEncoder.waves(registry.waves) == (try bytes(folder.waves)))
        #expect(RegistryEncoder.responses(registry.responses) == (try bytes(folder.responses)))
    }

    @Test func bundledFilesAreTheGeneratorsOutput() throws {
        var generator = SampleGenerator(settings: GeneratorSettings())
        let generated = generator.makeRegistry()
        let bundled = try Self.folder.loadRegistry()
        #expect(generated.businesses == bundled.businesses)
        #expect(generated.responses == bundled.responses)
    }

    @Test func onlineSharesFollowTheResearch() throws {
        let registry = try Self.folder.loadRegistry()
        let first = SurveyAnalysis(wave: registry.waves[0], responses: registry.responses).adoption(by: .total).total
        let second = SurveyAnalysis(wave: registry.waves[1], responses: registry.responses).adoption(by: .total).total
        #expect((0.15...0.28).contains(first.share ?? 0))
        #expect((first.share ?? 0) < (second.share ?? 0))
        let channels = SurveyAnalysis(wave: registry.waves[2], responses: registry.responses).channelShares()
        #expect((0.85...1).contains(channels.row(.whatsapp)?.share ?? 0))
    }
}

@Suite struct ChecklistLibraryProblemTests {
    private func folderWithSOP(_ text: String, name: String = "salon.json") throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        try folder.write("sop/" + name, text)
        return (folder, folder.file("sop/" + name))
    }

    private func validTemplate() throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: BundledDataTests.folder.path("sop/salon.json")))
        return String(decoding: data, as: UTF8.self)
    }

    @Test func syntaxErrorIsLocatedByLineAndColumn() throws {
        let broken = try validTemplate().replacingOccurrences(of: "\"formatVersion\" : 1,", with: "\"formatVersion\" : 1")
        let (folder, path) = try folderWithSOP(broken)
        let library = ChecklistLibrary.load(DataFolder(root: folder.path))
        #expect(library.templates.isEmpty)
        let lines = broken.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (lines.firstIndex { $0.contains("\"formatVersion\"") } ?? 0) + 2
        #expect(library.problems.map(\.description).first?.hasPrefix("\(path):\(line):") == true)
        #expect(library.problems.first?.description.contains("expected \",\" or \"}\"") == true)
    }

    @Test func duplicateItemKeyNamesItsPath() throws {
        var text = try validTemplate()
        text = text.replacingOccurrences(of: "\"key\" : \"sal-005\"", with: "\"key\" : \"sal-004\"")
        let (folder, path) = try folderWithSOP(text)
        let problems = ChecklistLibrary.load(DataFolder(root: folder.path)).problems.map(\.description)
        #expect(problems.contains { $0.hasPrefix(path + ":") && $0.contains("sections[0].items[4].key: duplicate key \"sal-004\"") }, "\(problems)")
    }

    @Test func wrongTypeIsReportedWithPath() throws {
        let text = try validTemplate().replacingOccurrences(of: "\"passPercent\" : 80", with: "\"passPercent\" : \"delapan puluh\"")
        let (folder, _) = try folderWithSOP(text)
        let problem = ChecklistLibrary.load(DataFolder(root: folder.path)).problems.first
        #expect(problem?.description.contains("passPercent") == true)
        #expect(problem?.location != nil)
    }

    @Test func newerFormatIsRefusedWithoutTouchingTheFile() throws {
        let text = try validTemplate().replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : 9")
        let (folder, path) = try folderWithSOP(text)
        let problem = ChecklistLibrary.load(DataFolder(root: folder.path)).problems.first
        #expect(problem?.description.contains("needs a newer smedash (format 9") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func oneBrokenTemplateDoesNotHideTheOthers() throws {
        let (folder, _) = try folderWithSOP("{ \"truncated\" : ", name: "crafts.json")
        try folder.write("sop/salon.json", try validTemplate())
        let library = ChecklistLibrary.load(DataFolder(root: folder.path))
        #expect(library.templates.map(\.checklist.sector) == ["salon"])
        #expect(library.problems.count == 1)
    }

    @Test func hiddenAndTemporaryFilesAreIgnored() throws {
        let (folder, _) = try folderWithSOP(try validTemplate())
        try folder.write("sop/.salon.json.tmp-abc123", "{")
        try folder.write("sop/.history/salon.json.20201010T101010.000Z", "{")
        let library = ChecklistLibrary.load(DataFolder(root: folder.path))
        #expect(library.problems.isEmpty)
        #expect(library.templates.count == 1)
    }
}
