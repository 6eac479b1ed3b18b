import Foundation
import SMEModel
import Testing

@Suite struct BusinessesCLITests {
    let data = CLIRunner.bundledData

    private func registry() throws -> Registry { try DataFolder(root: data).loadRegistry() }

    @Test func countBySectorAsJSONMatchesTheModel() throws {
        let result = try CLIRunner.run(["businesses", "--data", data, "--count-by", "sector", "--format", "json"])
        #expect(result.status == 0)
        let rows = try JSONDecoder().decode([GroupCount].self, from: Data(result.stdout.utf8))
        let registry = try registry()
        let expected = registry.count(Array(registry.businesses.indices), by: .sector, language: .en)
        #expect(rows == expected)
        #expect(rows.map(\.group) == ["food", "tailoring", "salon", "events", "crafts"])
        #expect(rows.reduce(0) { $0 + $1.count } == registry.businesses.count)
    }

    @Test func filtersAcceptEitherLanguageAndPrintCamelCaseJSON() throws {
        let result = try CLIRunner.run([
            "businesses", "--data", data, "--sector", "kuliner", "--region", "Kota Bandung", "--online", "yes", "--format", "json",
        ])
        #expect(result.status == 0)
        let objects = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        let registry = try registry()
        let expected = registry.businesses.filter { $0.sector == "food" && $0.region == "3273" && $0.online }
        #expect(objects.count == expected.count)
        #expect(!objects.isEmpty)
        for object in objects {
            #expect(object["sector"] as? String == "food")
            #expect(object["region"] as? String == "3273")
            #expect(object["online"] as? Bool == true)
            #expect(object["channels"] is [String])
            // Personal data stays masked unless asked for.
            if let nik = object["ownerNIK"] as? String { #expect(nik.contains("********")) }
        }
    }

    @Test func tableUsesIndonesianSeparatorsAndNames() throws {
        let result = try CLIRunner.run(["businesses", "--data", data, "--count-by", "region", "--lang", "id"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Kab. Bogor"))
        #expect(result.stdout.contains("Kota Banjar"))
        #expect(result.stdout.hasPrefix("Kelompok"))
    }

    @Test func csvListHasTheRegistryHeader() throws {
        let result = try CLIRunner.run(["businesses", "--data", data, "--scale", "medium", "--format", "csv"])
        #expect(result.status == 0)
        let records = try CSVReader.records(Array(result.stdout.utf8), file: "stdout")
        #expect(records.first?.fields == RegistryColumns.businesses)
        let mediumCount = try registry().businesses.filter { $0.scale == .medium }.count
        #expect(records.count - 1 == mediumCount)
    }

    /// The one-column count reads only the sector column; a value it does not know hands the
    /// file to the full reader, whose message names the line, as before.
    @Test func aCountOverABrokenFileStillNamesTheLine() throws {
        let scratch = try CLITemporaryFolder()
        let copy = scratch.file("data")
        try FileManager.default.copyItem(atPath: CLIRunner.bundledData, toPath: copy)
        let path = copy + "/registry/businesses.csv"
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        var fields = lines[4].components(separatedBy: ",")
        fields[5] = "bakery"
        lines[4] = fields.joined(separator: ",")
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        // Plain, and with a search and a region (read straight from the CSV too).
        for extra in [[], ["--search", "warung", "--region", "3273"]] {
            let result = try CLIRunner.run(["businesses", "--data", copy, "--count-by", "sector", "--lang", "en"] + extra)
            #expect(result.status == 1)
            #expect(result.stderr.contains("businesses.csv:5"), "\(extra): \(result.stderr)")
            #expect(result.stderr.contains("bakery"))
        }
    }

    /// A search count read straight from the CSV gives the full load's answer (a scale filter
    /// takes the full load).
    @Test func aSearchCountAgreesWithTheListing() throws {
        let counted = try CLIRunner.run(["businesses", "--data", data, "--search", "a", "--region", "3273", "--count-by", "sector", "--format", "csv"])
        let listed = try CLIRunner.run(["businesses", "--data", data, "--search", "a", "--region", "3273", "--format", "csv"])
        #expect(counted.status == 0 && listed.status == 0)
        let total = counted.stdout.split(whereSeparator: \.isNewline).dropFirst().compactMap { Int($0.split(separator: ",").last ?? "") }.reduce(0, +)
        #expect(total > 0)
        #expect(total == listed.stdout.split(whereSeparator: \.isNewline).count - 1)
    }

    @Test func unknownSectorFailsWithAClearMessage() throws {
        let result = try CLIRunner.run(["businesses", "--data", data, "--sector", "perikanan"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("unknown sector: \"perikanan\""))
    }

    @Test func missingDataFolderIsNamed() throws {
        let result = try CLIRunner.run(["businesses", "--data", "no-such-folder"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no-such-folder/registry/regions.csv: file not found"))
    }

    @Test func noSubcommandWithoutATerminalRefusesInOneLine() throws {
        let result = try CLIRunner.run(["--data", data])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("needs a terminal"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func cooperativesCountByActive() throws {
        let result = try CLIRunner.run(["cooperatives", "--data", data, "--count-by", "active", "--format", "json"])
        #expect(result.status == 0)
        let rows = try JSONDecoder().decode([GroupCount].self, from: Data(result.stdout.utf8))
        let registry = try registry()
        #expect(rows.first { $0.group == "yes" }?.count == registry.cooperatives.filter(\.active).count)
    }
}

@Suite struct TableAlignmentCLITests {
    /// Display width as terminals count it, for the test's own check.
    private func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let value = scalar.value
            if (0x300...0x36F).contains(value) || value == 0x200D || value == 0xFE0F { return total }
            let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0x1F300...0x1FAFF).contains(value)
            return total + (wide ? 2 : 1)
        }
    }

    @Test func wideAndAccentedNamesKeepTheirColumns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smedash-align-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var generator = SampleGenerator(settings: GeneratorSettings(businesses: 3, cooperatives: 1, responsesPerWave: 1, seed: 3))
        let registry = generator.makeRegistry()
        var businesses = Array(registry.businesses)
        businesses[0].name = "Kedai Kopi 中文 😀"
        businesses[1].name = "Café Müller"
        businesses[2].name = "Warung Bu Siti"
        try DataFolderWriter.write(Registry(regions: registry.regions, sectors: registry.sectors, businesses: businesses,
                                            cooperatives: registry.cooperatives, waves: registry.waves, responses: registry.responses),
                                   to: DataFolder(root: folder), overwrite: false)
        let result = try CLIRunner.run(["businesses", "--data", folder, "--sort", "id"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("UMK-") }
        #expect(lines.count == 3)
        // The sector column starts at the same display column on every row.
        let starts = lines.compactMap { line -> Int? in
            guard let range = line.range(of: "  Food") ?? line.range(of: "  Tailoring") ?? line.range(of: "  Salon") ?? line.range(of: "  Event") ?? line.range(of: "  Crafts") else { return nil }
            return width(String(line[..<range.lowerBound]))
        }
        #expect(starts.count == 3)
        #expect(Set(starts).count == 1, "\(lines)")
    }
}

@Suite struct ReportPersonalDataCLITests {
    @Test func assessmentReportMasksUnlessAsked() throws {
        let data = CLIRunner.bundledData
        let library = ChecklistLibrary.load(DataFolder(root: data))
        let registry = try DataFolder(root: data).loadRegistry()
        guard let visit = library.assessments.first(where: { registry.business($0.assessment.businessID)?.ownerNIK != nil }),
              let nik = registry.business(visit.assessment.businessID)?.ownerNIK else {
            Issue.record("no assessed business with a NIK in the bundled data")
            return
        }
        let base = ["report", "assessment", "--data", data, "--business", visit.assessment.businessID, "--format", "md", "--output", "-"]
        let masked = try CLIRunner.run(base)
        #expect(masked.status == 0)
        #expect(!masked.stdout.contains(nik))
        let shown = try CLIRunner.run(base + ["--show-personal-data"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains(nik))
    }
}
