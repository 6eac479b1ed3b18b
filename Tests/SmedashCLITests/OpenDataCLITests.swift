import Foundation
import Testing

/// Publishing and reading back Open Data Jabar tables through the real binary.
@Suite struct OpenDataCLITests {
    @Test func exportImportAndCoverage() throws {
        let scratch = try CLITemporaryFolder()
        let data = scratch.file("data")
        try FileManager.default.copyItem(atPath: CLIRunner.bundledData, toPath: data)
        let exported = try CLIRunner.run(["export", "opendata", "--data", data, "--by", "region", "--year", "2023"])
        #expect(exported.status == 0, "\(exported.stderr)")
        let lines = exported.stdout.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.count == 28)
        #expect(lines[0] == "kode_provinsi,nama_provinsi,kode_kabupaten_kota,nama_kabupaten_kota,jumlah_umkm,satuan,tahun")
        // The office's "official" table: four times the registry in every region.
        let official = [lines[0]] + lines.dropFirst().map { line -> String in
            var fields = line.split(separator: ",").map(String.init)
            fields[4] = String(Int(fields[4])! * 4)
            return fields.joined(separator: ",")
        }
        let file = scratch.file("official.csv")
        try official.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let read = try CLIRunner.run(["import", "opendata", file, "--data", data, "--lang", "en"])
        #expect(read.stdout == "Official counts of 27 regencies/cities saved; see `smedash coverage`\n", "\(read.stderr)")
        let coverage = try CLIRunner.run(["coverage", "--data", data, "--format", "csv"])
        let rows = coverage.stdout.split(whereSeparator: \.isNewline).dropFirst()
        #expect(rows.count == 27)
        #expect(rows.allSatisfy { $0.hasSuffix(",0.2500") || $0.hasSuffix(",0,") }, "\(rows)")
        let bare = try CLIRunner.run(["coverage", "--data", CLIRunner.bundledData, "--lang", "en"])
        #expect(bare.status == 1)
        #expect(bare.stderr.contains("no official counts yet"))
    }
}
