import Foundation
import Glibc
import Testing
@testable import SMEModel

/// Oversized inputs get a located error at once, before the file is read to the end; nothing is
/// held in memory beyond the file itself and one record.
@Suite struct DataLimitsTests {
    static let header = RegistryColumns.businesses.joined(separator: ",")
    static func row(_ id: Int, name: String = "Warung Bu Siti") -> String {
        "UMK-\(id),\(name),Siti Aminah,3273014509910012,081234,food,3273,micro,1234567890123,3,2010,yes,2019,whatsapp,cash,normal"
    }

    private func readerError(_ text: String) -> String? {
        do {
            _ = try CSVReader.records(Array(text.utf8), file: "x.csv")
            return nil
        } catch {
            return error.description
        }
    }

    /// A generated data folder whose businesses file is replaced by `businesses`.
    private func folder(businesses: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        var generator = SampleGenerator(settings: GeneratorSettings(businesses: 3, cooperatives: 2, responsesPerWave: 3, seed: 5))
        try DataFolderWriter.write(generator.makeRegistry(), to: DataFolder(root: folder.path), overwrite: false)
        try Data(businesses.utf8).write(to: URL(fileURLWithPath: folder.file("registry/businesses.csv")))
        return folder
    }

    private func loadError(_ folder: TemporaryFolder, _ parts: RegistryParts = .all) -> String? {
        do {
            _ = try DataFolder(root: folder.path).loadRegistry(parts)
            return nil
        } catch {
            return error.description
        }
    }

    /// Makes a sparse file of `bytes`: it costs no disk and no time, and reading it would.
    private func sparse(_ path: String, bytes: Int) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        try #require(ftruncate(descriptor, off_t(bytes)) == 0)
    }

    @Test func aFieldAtTheLimitIsKeptAndOneByteMoreIsRefused() {
        let limit = DataLimits.fieldBytes
        #expect(readerError("id,name\nA,\(String(repeating: "x", count: limit))\n") == nil)
        #expect(readerError("id,name\nA,B\nC,\(String(repeating: "x", count: limit + 1))\n")
            == "x.csv:3: field 2 is longer than 64 KiB; no real value is this long (a quote that never closes?)")
        // Quoted, over several lines: the record's first line is named.
        let quoted = "id,name\nA,\"" + String(repeating: "ab\n", count: limit / 3 + 1) + "\"\n"
        #expect(readerError(quoted) == "x.csv:2: field 2 is longer than 64 KiB; no real value is this long (a quote that never closes?)")
    }

    @Test func aQuoteThatNeverClosesStopsAtTheFieldLimit() {
        // Without the limit the reader copies the rest of the file into one field first.
        let text = "id,name\nA,B\nC,\"" + String(repeating: "y", count: 4 << 20)
        #expect(readerError(text) == "x.csv:3: field 2 is longer than 64 KiB; no real value is this long (a quote that never closes?)")
    }

    @Test func aRecordOverOneMebibyteIsRefused() {
        let field = String(repeating: "z", count: 60_000)
        let wide = Array(repeating: field, count: 18).joined(separator: ",")
        #expect(readerError("a\nb\n\(wide)\n") == "x.csv:3: the record is longer than 1 MiB; no real record is this long")
    }

    @Test func theFastLoaderNamesTheLineOfAnOverlongName() throws {
        var lines = [Self.header]
        for id in 1...2_000 { lines.append(Self.row(id)) }
        lines[1_500] = Self.row(1_500, name: String(repeating: "N", count: 70_000))
        let folder = try folder(businesses: lines.joined(separator: "\n") + "\n")
        #expect(loadError(folder, .businesses)
            == "\(folder.path)/registry/businesses.csv:1501: field 2 is longer than 64 KiB; no real value is this long (a quote that never closes?)")
    }

    @Test func theFastLoaderStopsAtAnUnclosedQuoteInsteadOfFollowingIt() throws {
        var text = Self.header + "\n" + Self.row(1) + "\n" + "UMK-2,\"Toko"
        text += String(repeating: "q,", count: 3 << 20)
        let folder = try folder(businesses: text)
        let clock = ContinuousClock()
        let started = clock.now
        let error = loadError(folder, .businesses)
        #expect(error == "\(folder.path)/registry/businesses.csv:3: field 2 is longer than 64 KiB; no real value is this long (a quote that never closes?)")
        // Generous: the point is that the reader gives up, not how fast this machine is.
        #expect(clock.now - started < .seconds(10))
    }

    @Test func filesFarBeyondAnyRealOneAreRefusedBeforeReading() throws {
        let folder = try folder(businesses: Self.header + "\n")
        // Three gibibytes of businesses, a gibibyte of regions: sparse, so free to make.
        try sparse(folder.file("registry/businesses.csv"), bytes: 3 << 30)
        #expect(loadError(folder, .businesses)
            == "\(folder.path)/registry/businesses.csv: the file is 3.0 GiB, over the 2.0 GiB limit for this kind of file; this is not a plausible data file (the limit can be changed with SMEDASH_MAX_FILE_MB)")
        try sparse(folder.file("registry/regions.csv"), bytes: 1 << 30)
        #expect(loadError(folder)?.hasPrefix("\(folder.path)/registry/regions.csv: the file is 1.0 GiB, over the 256 MiB limit") == true)
        // A checklist the size of a gibibyte is refused the same way, with its file named.
        let template = folder.file("sop/huge.json")
        try sparse(template, bytes: 1 << 30)
        guard case .failure(let problems) = ChecklistLibrary.loadTemplate(template) else {
            Issue.record("a one-gibibyte template was loaded")
            return
        }
        #expect(problems.list.map(\.description) == [
            "\(template): \(template): the file is 1.0 GiB, over the 64 MiB limit for this kind of file; this is not a plausible data file (the limit can be changed with SMEDASH_MAX_FILE_MB)",
        ])
    }

    @Test func aSparseGibibyteUnderTheLimitIsRefusedAtItsFirstZero() throws {
        let folder = try folder(businesses: Self.header + "\n" + Self.row(1) + "\n")
        let path = folder.file("registry/businesses.csv")
        // Data, then a gibibyte of hole: reading it all used to take 2 GB before the NUL was seen.
        try #require(truncate(path, 1 << 30) == 0)
        #expect(loadError(folder, .businesses) == "\(path):3: NUL byte: this is not a CSV UTF-8 text file")
    }

    @Test func sizesAreWrittenAsPeopleReadThem() {
        #expect(DataLimits.sizeText(512) == "512 B")
        #expect(DataLimits.sizeText(65_536) == "64 KiB")
        #expect(DataLimits.sizeText(1_610_612_736) == "1.5 GiB")
    }
}
