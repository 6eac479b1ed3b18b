import Foundation
import Testing

/// A regency's messy file through the real binary: read, review, decide, accept, and the
/// registry shows the new business; ambiguous region names are refused everywhere.
@Suite struct ImportCLITests {
    private func copyOfData(in scratch: CLITemporaryFolder) throws -> String {
        let data = scratch.file("data")
        try FileManager.default.copyItem(atPath: CLIRunner.bundledData, toPath: data)
        return data
    }

    @Test func aMessyRegencyFileGoesThroughTheInbox() throws {
        let scratch = try CLITemporaryFolder()
        let data = try copyOfData(in: scratch)
        // An Indonesian-locale Excel export: title row, semicolons, Windows-1252, a totals row.
        let text = """
        DAFTAR UMKM BINAAN KAB. GARUT;;;;;
        No;Nama Usaha;NIK;Kabupaten/Kota;Kategori Usaha;Jumlah Tenaga Kerja
        1;Kopi Café Cikajang;3205011203780001;KAB. GARUT;KULINER;3
        2;Konveksi Berkah;3,20501E+15;Kabupaten Garut;FASHION;12
        3;Dodol Garut Asli;3205010101800002;Garut Regency;MAKANAN;4
        4;Dodol Garut Asli;3205010101800002;Kab Garut;MAKANAN;4
        ;JUMLAH;;;;23

        """
        let file = scratch.file("garut.csv")
        try Data(text.replacingOccurrences(of: "\n", with: "\r\n").data(using: .windowsCP1252)!).write(to: URL(fileURLWithPath: file))

        let read = try CLIRunner.run(["import", "businesses", file, "--data", data, "--lang", "en"])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.hasPrefix("New 2 · updates 0 · duplicate candidates 1 · skipped 0 · invalid 1\n"), "\(read.stdout)")
        #expect(read.stdout.contains("garut.csv row 4: column \"NIK\": NIK 3,20***E+15 was damaged by Excel"))
        #expect(!read.stdout.contains("3,20501E+15"))
        #expect(read.stderr.contains("row 1: title above the table"))
        #expect(read.stderr.contains("row 7: totals row skipped"))
        #expect(read.stderr.contains("column separator: semicolon (;)"))
        #expect(read.stderr.contains("read as Windows-1252"))
        let batch = try #require(read.stdout.split(separator: "\n").last?.split(separator: " ").dropFirst().first.map(String.init))

        let refused = try CLIRunner.run(["import", "accept", batch, "--data", data, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("1 duplicate candidates are undecided (rows 6)"))
        #expect(try CLIRunner.run(["import", "decide", batch, "--row", "6", "--skip", "--data", data]).status == 0)
        let accepted = try CLIRunner.run(["import", "accept", batch, "--data", data, "--lang", "en"])
        #expect(accepted.stdout == "Accepted: 2 new businesses, 0 updated, 1 skipped, 1 invalid\n", "\(accepted.stderr)")

        let found = try CLIRunner.run(["businesses", "--data", data, "--region", "Kab. Garut", "--search", "dodol", "--format", "csv"])
        // Added once (the second, a duplicate, was skipped), with its NIK masked in the output.
        #expect(found.stdout.split(separator: "\n").count(where: { $0.contains("Dodol Garut Asli") }) == 1, "\(found.stdout)")
        #expect(found.stdout.contains("Dodol Garut Asli,,3205********0002,,food,3205,micro,,4,"))
        let cafe = try CLIRunner.run(["businesses", "--data", data, "--search", "café cikajang", "--format", "csv"])
        #expect(cafe.stdout.contains("Kopi Café Cikajang"), "Windows-1252 é lost: \(cafe.stdout)")
        let list = try CLIRunner.run(["import", "list", "--data", data, "--lang", "en"])
        #expect(list.stdout.contains("\(batch)  accepted"))
    }

    @Test func aBareNameOfARegencyAndACityIsRefusedWithBoth() throws {
        let result = try CLIRunner.run(["businesses", "--data", CLIRunner.bundledData, "--region", "bandung", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("region \"bandung\" is ambiguous: Bandung Regency (3204) / Bandung City (3273)"))
        #expect(try CLIRunner.run(["businesses", "--data", CLIRunner.bundledData, "--region", "KOTA BANDUNG", "--count-by", "sector"]).status == 0)
    }
}
