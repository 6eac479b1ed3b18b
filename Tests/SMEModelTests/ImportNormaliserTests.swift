import Foundation
import Testing
@testable import SMEModel

/// The import's readers of regions, sectors, identifiers and numbers, each against the forms
/// regency files really use.
@Suite struct ImportNormaliserTests {
    static let registry: Registry = {
        var generator = SampleGenerator(settings: GeneratorSettings(businesses: 5, cooperatives: 1, responsesPerWave: 1, seed: 3))
        return generator.makeRegistry()
    }()

    private var regions: RegionNormaliser { RegionNormaliser(regions: Self.registry.regions) }

    @Test(arguments: ["KAB. BOGOR", "Kabupaten Bogor", "Kab Bogor", "kab.bogor", "Bogor Regency", "3201", "32.01", "3201.0",
                      "KABUPATEN  BOGOR ", "Kab. Bogor"])
    func regencySpellings(_ text: String) {
        #expect(regions.normalise(text) == .found(Self.registry.region("3201")!), "\(text)")
    }

    @Test(arguments: ["KOTA BOGOR", "Kota Bogor", "Bogor City", "3271", "32.71"])
    func citySpellings(_ text: String) {
        #expect(regions.normalise(text) == .found(Self.registry.region("3271")!), "\(text)")
    }

    @Test(arguments: [("Bogor", "3201", "3271"), ("BANDUNG", "3204", "3273"), ("Bekasi", "3216", "3275"),
                      ("cirebon", "3209", "3274"), ("Sukabumi", "3202", "3272"), ("Tasikmalaya", "3206", "3278")])
    func bareNamesOfARegencyAndACityAreAmbiguous(_ text: String, _ regency: String, _ city: String) {
        let outcome = regions.normalise(text)
        #expect(outcome == .ambiguous([Self.registry.region(regency)!, Self.registry.region(city)!]))
        let message = regions.problem(text, outcome)?.en ?? ""
        #expect(message.contains("(\(regency))") && message.contains("(\(city))"), "\(message)")
    }

    @Test func unknownNamesGetTheClosestSuggestion() {
        #expect(regions.normalise("Garut") == .found(Self.registry.region("3205")!))
        #expect(regions.problem("Garutt", regions.normalise("Garutt"))?.en == "unknown region \"Garutt\"; did you mean Garut Regency (3205)?")
        #expect(regions.normalise("Jakarta Selatan") == .unknown(suggestions: []))
        #expect(regions.normalise("3101") == .unknown(suggestions: []))
    }

    @Test func sectorsFromKBLIAndFreeText() {
        let sectors = SectorMapping(sectors: Self.registry.sectors)
        for (code, sector) in [("56101", "food"), ("10792", "food"), ("14111", "tailoring"), ("96021", "salon"),
                               ("82301", "events"), ("32901", "crafts"), ("16299", "crafts")] {
            #expect(sectors.sector(kbli: code) == sector, "\(code)")
        }
        #expect(sectors.sector(kbli: "47111") == nil)
        #expect(sectors.sector(kbli: "5610a") == nil)
        for (text, sector) in [("MAKANAN", "food"), ("KULINER", "food"), ("FASHION", "tailoring"), ("BATIK", "tailoring"),
                               ("KERAJINAN", "crafts"), ("Usaha Makanan Ringan", "food"), ("Wedding Organizer", "events"),
                               ("Pangkas Rambut", "salon"), ("kriya", "crafts")] {
            #expect(sectors.sector(text: text) == sector, "\(text)")
        }
        #expect(sectors.sector(text: "PERBENGKELAN") == nil)
        #expect(sectors.suggestions(for: "KULINAR") == ["kuliner"])
    }

    @Test func niksDamagedByExcelAreRefusedWithAdvice() {
        #expect(ImportRowReader.checkNIK("3205011203780001").value == "3205011203780001")
        #expect(ImportRowReader.checkNIK(" 3205011203780001 ").value == "3205011203780001")
        #expect(ImportRowReader.checkNIK("3205011203780001.0").value == "3205011203780001")
        let scientific = ImportRowReader.checkNIK("3,27308E+15")
        #expect(scientific.value == nil && scientific.problem?.en.contains("scientific notation") == true)
        #expect(scientific.problem?.en.contains("export the NIK column as text") == true)
        // The full number never appears in a message.
        #expect(scientific.problem?.en.contains("27308") == false)
        let zeroed = ImportRowReader.checkNIK("3273084806640000")
        #expect(zeroed.problem?.en == "NIK 3273********0000 ends in 0000, a sign of Excel damage; ask the regency to export the NIK column as text")
        #expect(ImportRowReader.checkNIK("327308480664092").problem?.en.hasPrefix("NIK 3273*******4092 has 15 digits") == true)
        #expect(ImportRowReader.checkNIK("3175084806640925").warning?.en.contains("does not start with 32") == true)
    }

    @Test func phonesAndIndonesianNumbers() {
        #expect(ImportRowReader.normalisePhone("+62 812-3456-7890") == "081234567890")
        #expect(ImportRowReader.normalisePhone("6281234567890") == "081234567890")
        #expect(ImportRowReader.normalisePhone("812 3456 7890") == "081234567890")
        #expect(ImportRowReader.normalisePhone("(022) 7654321") == "0227654321")
        #expect(ImportRowReader.normalisePhone("12345") == nil)
        #expect(IndonesianNumber.parse("1.234,5") == 1234.5)
        #expect(IndonesianNumber.parse("1.500.000") == 1_500_000)
        #expect(IndonesianNumber.parse("Rp 2.000.000") == 2_000_000)
        #expect(IndonesianNumber.parse("12") == 12)
        #expect(IndonesianNumber.parse("3,5") == 3.5)
        #expect(IndonesianNumber.parse("0.5") == 0.5)
        #expect(IndonesianNumber.parse("dua") == nil)
        #expect(ImportRowReader.scale(employees: 3, revenue: nil) == .micro)
        #expect(ImportRowReader.scale(employees: 12, revenue: nil) == .small)
        #expect(ImportRowReader.scale(employees: 1, revenue: 20_000_000_000) == .medium)
    }

    @Test func aSheetSkipsTitlesEmptyRowsAndTotalsAndSaysSo() throws {
        let raw: [[String]] = [
            ["DAFTAR UMKM KAB. GARUT", "", ""], [], ["Nama Usaha", "Kabupaten/Kota", "Kategori Usaha", ""],
            ["Warung A", "Kab. Garut", "MAKANAN", ""], [], [], ["Toko B", "Kab. Garut", "BATIK", ""], ["JUMLAH", "", "2", ""], [], [],
        ]
        let sheet = try ImportSheet(source: "garut.csv", rawRows: raw) { ImportColumns.isKnownHeader($0, mapping: .init()) }
        #expect(sheet.header == ["Nama Usaha", "Kabupaten/Kota", "Kategori Usaha"])
        #expect(sheet.headerRow == 3)
        #expect(sheet.rows.map(\.number) == [4, 7])
        #expect(sheet.skipped.map(\.en) == [
            "row 1: title above the table (\"DAFTAR UMKM KAB. GARUT\") skipped", "rows 5–6: 2 empty rows skipped",
            "2 empty rows at the end skipped", "row 8: totals row skipped",
        ])
        #expect(throws: ImportError.self) { try ImportSheet(source: "x.csv", rawRows: [["a", "b"], ["1", "2"]]) { _ in false } }
    }

    @Test func csvFromAnIndonesianExcelInWindows1252() throws {
        // "Kopi Lokal Ciwidéy" in Windows-1252 (é is 0xE9), semicolons, a UTF-8 BOM absent.
        let bytes = Array("Nama Usaha;Kabupaten;Sektor\r\nKopi Lokal Ciwid".utf8) + [0xE9] + Array("y;Kab. Bandung;Kuliner\r\n".utf8)
        let (rows, notes) = try ImportFileReader.csvRows(bytes, source: "bandung.csv")
        #expect(rows == [["Nama Usaha", "Kabupaten", "Sektor"], ["Kopi Lokal Ciwidéy", "Kab. Bandung", "Kuliner"]])
        #expect(notes.map(\.en) == ["file read as Windows-1252 (not UTF-8); check accented letters", "column separator: semicolon (;)"])
        let tabbed = try ImportFileReader.csvRows([0xEF, 0xBB, 0xBF] + Array("a\tb\n1\t2\n".utf8), source: "t.csv")
        #expect(tabbed.rows == [["a", "b"], ["1", "2"]])
        #expect(ImportFileReader.format(of: "x/old.XLS") == .old("Excel 97–2003 (.xls)"))
    }

    /// The byte-by-byte fold for ASCII gives what the Unicode fold gives.
    @Test(arguments: ["CV. Bakso Mang Ujang", "  Warung  Nasi--Padang 2 ", "TOKO_ABC/def", "", "...", "Kopi 123 & Teh", "a"])
    func asciiFoldMatchesTheUnicodeFold(_ text: String) {
        let lower = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        let unicode = String(lower.map { $0.isLetter || $0.isNumber ? $0 : " " }).split(separator: " ").joined(separator: " ")
        #expect(SectorMapping.fold(text) == unicode)
        #expect(SectorMapping.fold("Kafé Ñusa") == "kafe nusa", "non-ASCII still goes through the Unicode fold")
    }
}

/// The fast trim gives Foundation's answer for ASCII, Unicode and mixed edges.
@Suite struct FastTrimTests {
    @Test(arguments: ["", " ", "abc", "  abc  ", "\tabc\r\n", "\u{00A0}abc\u{3000}", " \u{00A0}abc ", "a b", "Kafé ", "\n\n"])
    func sameAsFoundation(_ text: String) {
        #expect(text.trimmingWhitespaceFast() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
