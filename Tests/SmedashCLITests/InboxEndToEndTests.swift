import Foundation
import SMEModel
import Testing

/// The whole inbox flow through the real binary in tmux: a regency file read by `import
/// businesses`, the dashboard's Import screen showing the batch, a duplicate skipped, the batch
/// accepted after its question, and the registry file holding the new business; the next start
/// shows it with `I` on the Businesses screen.
@Suite(.serialized) struct InboxEndToEndTests {
    @Test(.enabled(if: DashboardEndToEndTests.hasTmux)) func aRegencyFileFromImportToTheRegistry() throws {
        let data = try DashboardEndToEndTests.copyOfData()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let registry = try DataFolder(root: data).loadRegistry([.businesses])
        let known = registry.businesses[0]
        let file = data + "/../garut-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try """
        nama_usaha,kabupaten_kota,kategori_usaha
        Katering Sinar Garut Baru,Kab. Garut,KULINER
        CV \(known.name),\(known.region),KULINER
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let read = try CLIRunner.run(["import", "businesses", file, "--data", data, "--lang", "en"])
        try #require(read.status == 0, "\(read.stderr)")
        let before = registry.businesses.count

        let command = "'\(CLIRunner.binary)' --data '\(data)' --lang en"
        let session = try TmuxSession(command: command)
        try session.waitFor("Businesses")
        try session.send("6")
        try session.waitFor("Import batches")
        try session.waitFor("new 1 · dup? 1")
        try session.send("l", "v", "v", "v")
        let twin = try session.waitFor("This row and the registry business")
        #expect(twin.contains(known.id))
        try session.send("s")
        try session.waitFor("Row 3: skipped")
        try session.send("A")
        try session.waitFor("Accept the batch?")
        try session.send("Left", "Enter")
        try session.waitFor("Batch accepted")
        try session.send("q")
        try session.waitFor("[exit 0]")
        let after = try DataFolder(root: data).loadRegistry([.businesses])
        #expect(after.businesses.count == before + 1)
        #expect(after.businesses.contains { $0.name == "Katering Sinar Garut Baru" && $0.region == "3205" })

        // Started again, the Businesses screen shows what the batch added.
        let next = try TmuxSession(command: command)
        try next.waitFor("Businesses")
        try next.send("I")
        let shown = try next.waitFor("last import")
        #expect(shown.contains("Katering Sinar Garut Baru"))
        #expect(shown.contains("1 businesses added or changed"))
        try next.send("q")
        try next.waitFor("[exit 0]")

        // A second file with a row that cannot be read is returned with a note, as a workbook.
        let bad = data + "/../bekasi-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: bad) }
        try "nama_usaha,kabupaten_kota,kategori_usaha\nBengkel Motor Jaya,Kota Bekasi,PERBENGKELAN\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let second = try CLIRunner.run(["import", "businesses", bad, "--data", data, "--lang", "en"])
        try #require(second.status == 0, "\(second.stderr)")
        let third = try TmuxSession(command: command)
        try third.waitFor("Businesses")
        try third.send("6")
        let list = try third.waitFor("bad 1")
        // Batches are listed newest first by id; two made in the same second sort by file name.
        if let garut = list.range(of: "-garut-"), let bekasi = list.range(of: "-bekasi-"), garut.lowerBound < bekasi.lowerBound {
            try third.send("Down")
        }
        try third.send("R")
        try third.waitFor("Note to the regency")
        try third.type("Perbaiki kategori usaha")
        try third.send("Enter")
        try third.waitFor("Returned; the rows to fix are in")
        try third.send("q")
        try third.waitFor("[exit 0]")
        let imports = data + "/imports"
        let batch = try #require(try FileManager.default.contentsOfDirectory(atPath: imports).first { $0.contains("bekasi") })
        let workbook = imports + "/\(batch)/returned-\(batch).xlsx"
        #expect(FileManager.default.fileExists(atPath: workbook), "the dashboard returns a workbook, not only the CSV")
        // Opened with Python's standard library: the strings Excel would show.
        let script = "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.read('xl/sharedStrings.xml').decode())"
        let opened = try CLIRunner.run(["python3", "-c", script, workbook], executable: "/usr/bin/env")
        #expect(opened.status == 0, "\(opened.stderr)")
        for text in ["nama_usaha", "Bengkel Motor Jaya", "PERBENGKELAN", "Perbaiki kategori usaha"] {
            #expect(opened.stdout.contains(text), "\(text) not in the returned workbook")
        }
    }
}
