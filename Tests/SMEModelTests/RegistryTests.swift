import Foundation
import Testing
@testable import SMEModel

@Suite struct RegistryTests {
    private func sampleFolder(businesses: Int = 120, seed: UInt64 = 7) throws -> (TemporaryFolder, Registry) {
        let folder = try TemporaryFolder()
        var generator = SampleGenerator(settings: GeneratorSettings(
            businesses: businesses, cooperatives: 20, responsesPerWave: 40, seed: seed))
        let registry = generator.makeRegistry()
        try DataFolderWriter.write(registry, to: DataFolder(root: folder.path), overwrite: false)
        return (folder, registry)
    }

    @Test func generatedFolderLoadsBackToTheSameValues() throws {
        let (folder, registry) = try sampleFolder()
        let loaded = try DataFolder(root: folder.path).loadRegistry()
        #expect(loaded.businesses == registry.businesses)
        #expect(loaded.cooperatives == registry.cooperatives)
        #expect(loaded.responses == registry.responses)
        #expect(loaded.waves == registry.waves)
        #expect(loaded.regions.count == 27)
    }

    @Test func rewritingLoadedFilesIsByteIdentical() throws {
        let (folder, _) = try sampleFolder()
        let data = DataFolder(root: folder.path)
        let loaded = try data.loadRegistry()
        #expect(RegistryEncoder.businesses(loaded.businesses) == [UInt8](try Data(contentsOf: URL(fileURLWithPath: data.businesses))))
        #expect(RegistryEncoder.responses(loaded.responses) == [UInt8](try Data(contentsOf: URL(fileURLWithPath: data.responses))))
        #expect(RegistryEncoder.cooperatives(loaded.cooperatives) == [UInt8](try Data(contentsOf: URL(fileURLWithPath: data.cooperatives))))
    }

    @Test func sameSeedWritesSameFilesAndAnotherSeedDoesNot() {
        var a = SampleGenerator(settings: GeneratorSettings(businesses: 50, seed: 1))
        var b = SampleGenerator(settings: GeneratorSettings(businesses: 50, seed: 1))
        var c = SampleGenerator(settings: GeneratorSettings(businesses: 50, seed: 2))
        let first = a.makeRegistry(), second = b.makeRegistry(), third = c.makeRegistry()
        #expect(RegistryEncoder.businesses(first.businesses) == RegistryEncoder.businesses(second.businesses))
        #expect(RegistryEncoder.businesses(first.businesses) != RegistryEncoder.businesses(third.businesses))
    }

    @Test func badNumberIsReportedWithFileLineAndColumnName() throws {
        let (folder, _) = try sampleFolder(businesses: 10)
        let data = DataFolder(root: folder.path)
        var lines = try String(contentsOfFile: data.businesses, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var fields = lines[4].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let employeesColumn = RegistryColumns.businesses.firstIndex(of: "employees") ?? 0
        fields[employeesColumn] = "dua"
        lines[4] = fields.joined(separator: ",")
        try lines.joined(separator: "\n").write(toFile: data.businesses, atomically: true, encoding: .utf8)
        #expect {
            try data.loadRegistry()
        } throws: { error in
            (error as? DataFolderError)?.description == "\(data.businesses):5: column \"employees\": \"dua\" is not a number"
        }
    }

    @Test func unknownSectorAndMissingFileAreNamed() throws {
        let (folder, _) = try sampleFolder(businesses: 5)
        let data = DataFolder(root: folder.path)
        let text = try String(contentsOfFile: data.businesses, encoding: .utf8)
        let broken = text.replacingOccurrences(of: ",food,", with: ",kulinerr,")
        try broken.write(toFile: data.businesses, atomically: true, encoding: .utf8)
        if broken != text {
            #expect { try data.loadRegistry() } throws: { error in
                (error as? DataFolderError)?.description.contains("column \"sector\": \"kulinerr\" is not a sector") == true
            }
        }
        try FileManager.default.removeItem(atPath: data.responses)
        try text.write(toFile: data.businesses, atomically: true, encoding: .utf8)
        #expect(throws: DataFolderError.missingFile(data.responses)) { try data.loadRegistry() }
    }

    @Test func excelSavedFileWithBOMAndCRLFStillLoads() throws {
        let (folder, registry) = try sampleFolder(businesses: 8)
        let data = DataFolder(root: folder.path)
        let text = try String(contentsOfFile: data.businesses, encoding: .utf8)
        try ("\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")).write(toFile: data.businesses, atomically: true, encoding: .utf8)
        #expect(try data.loadRegistry().businesses == registry.businesses)
    }

    @Test func duplicateIDIsRefused() throws {
        let (folder, registry) = try sampleFolder(businesses: 4)
        let data = DataFolder(root: folder.path)
        var copy = Array(registry.businesses)
        copy[2].id = copy[0].id
        try Data(RegistryEncoder.businesses(copy)).write(to: URL(fileURLWithPath: data.businesses))
        #expect(throws: DataFolderError.duplicateID(file: data.businesses, line: 4, id: copy[0].id)) {
            try data.loadRegistry()
        }
    }

    @Test func sampleFollowsProvinceShares() {
        var generator = SampleGenerator(settings: GeneratorSettings(businesses: 4000, seed: 11))
        let registry = generator.makeRegistry()
        let all = Array(registry.businesses.indices)
        let bySector = Dictionary(uniqueKeysWithValues: registry.count(all, by: .sector, language: .en).map { ($0.group, Double($0.count) / 4000) })
        #expect(abs((bySector["food"] ?? 0) - 0.60) < 0.03)
        #expect(abs((bySector["tailoring"] ?? 0) - 0.17) < 0.03)
        let online = registry.businesses.filter(\.online)
        #expect((0.30...0.42).contains(Double(online.count) / 4000))
        let whatsapp = online.filter { $0.channels.contains(.whatsapp) }.count
        #expect((0.88...0.98).contains(Double(whatsapp) / Double(online.count)))
        #expect(Set(registry.businesses.map(\.region)).count == 27)
    }
}

@Suite struct BusinessQueryTests {
    private let registry: Registry = {
        func business(_ id: String, _ name: String, sector: String, region: String, scale: Scale, employees: Int, online: Bool, channels: [Channel]) -> Business {
            Business(id: id, name: name, owner: "Owner \(id)", ownerNIK: nil, phone: "0812", sector: sector, region: region,
                     scale: scale, nib: nil, employees: employees, yearFounded: 2010, online: online,
                     onlineSince: online ? 2020 : nil, channels: channels, payments: [.cash], status: .normal)
        }
        return Registry(
            regions: WestJava.regions, sectors: WestJava.sectors,
            businesses: [
                business("A1", "Warung Nasi Bu Siti", sector: "food", region: "3273", scale: .micro, employees: 3, online: true, channels: [.whatsapp]),
                business("A2", "Konveksi Berkah", sector: "tailoring", region: "3273", scale: .small, employees: 12, online: false, channels: []),
                business("A3", "bakso mandiri", sector: "food", region: "3201", scale: .micro, employees: 2, online: true, channels: [.whatsapp, .gofood]),
                business("A4", "Salon Ayu", sector: "salon", region: "3201", scale: .micro, employees: 3, online: false, channels: []),
            ],
            cooperatives: [], waves: [], responses: [])
    }()

    private func ids(_ rows: [Int]) -> [String] { rows.map { registry.businesses[$0].id } }

    @Test func filtersCombine() {
        #expect(ids(BusinessQuery(sector: "food").run(on: registry)) == ["A3", "A1"])
        #expect(ids(BusinessQuery(sector: "food", region: "3273").run(on: registry)) == ["A1"])
        #expect(ids(BusinessQuery(online: false).run(on: registry)) == ["A2", "A4"])
        #expect(ids(BusinessQuery(channel: .gofood).run(on: registry)) == ["A3"])
    }

    @Test func searchMatchesNameOwnerOrIdIgnoringCase() {
        #expect(ids(BusinessQuery(search: "SITI").run(on: registry)) == ["A1"])
        #expect(ids(BusinessQuery(search: "owner a4").run(on: registry)) == ["A4"])
    }

    @Test func narrowingEqualsAFreshRun() {
        let first = BusinessQuery(search: "a").run(on: registry)
        let longer = BusinessQuery(search: "ay")
        #expect(longer.narrowing(first, in: registry) == longer.run(on: registry))
    }

    @Test func sortsByAnyColumnBothWays() {
        #expect(ids(BusinessQuery(sort: .employees).run(on: registry)) == ["A3", "A4", "A1", "A2"])
        #expect(ids(BusinessQuery(sort: .employees, descending: true).run(on: registry)) == ["A2", "A1", "A4", "A3"])
        #expect(ids(BusinessQuery(sort: .name).run(on: registry)) == ["A3", "A2", "A4", "A1"])
    }

    @Test func scoresSortWithMissingScoresLast() {
        let scores: RowScores = [80, nil, 95, nil]
        #expect(ids(BusinessQuery(sort: .sopScore).run(on: registry, scores: scores)).prefix(2) == ["A1", "A3"])
        #expect(ids(BusinessQuery(sort: .sopScore, descending: true).run(on: registry, scores: scores)).prefix(2) == ["A3", "A1"])
    }

    @Test func countsListEveryGroupWithZeros() {
        let counts = registry.count(Array(registry.businesses.indices), by: .sector, language: .id)
        #expect(counts.map(\.count) == [2, 1, 1, 0, 0])
        #expect(counts[0].label == "Kuliner")
        let channels = registry.count(Array(registry.businesses.indices), by: .channel, language: .en)
        #expect(channels.first { $0.group == "whatsapp" }?.count == 2)
    }

    @Test func regionAndSectorAcceptEitherLanguage() {
        #expect(registry.findSector("kuliner")?.key == "food")
        #expect(registry.findSector("Tailoring")?.key == "tailoring")
        #expect(registry.findRegion("kota bandung")?.code == "3273")
        #expect(registry.findRegion("Bandung Barat")?.code == "3217")
        #expect(registry.findRegion("3279")?.name == "Kota Banjar")
    }

    @Test func personalDataIsMasked() {
        #expect(PersonalData.maskNIK("3273014509910012") == "3273********0012")
        #expect(PersonalData.maskPhone("081234567890") == "0812****7890")
    }
}
