import Foundation
import SMEModel
import Testing

/// `smedash report` against the built binary and the bundled data: every report in every
/// format, no overwriting without --force, standard output for text formats.
@Suite struct ReportCLITests {
    let data = CLIRunner.bundledData

    static let scopes: [String: [String]] = [
        "sop": ["--sector", "food"],
        "assessment": ["--business", "UMK-3273-00624"],
        "compliance": ["--sector", "kuliner"],
        "survey": ["--wave", "2021-01", "--compare", "2020-07"],
        "frequency": ["--by", "region,sector"],
    ]

    func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("smedash-report-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test(arguments: ["sop", "assessment", "compliance", "survey", "frequency"])
    func everyFormatWritesAFile(_ kind: String) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let starts: [String: [UInt8]] = [
            "pdf": Array("%PDF-".utf8), "xlsx": [0x50, 0x4B, 0x03, 0x04], "csv": [0xEF, 0xBB, 0xBF],
            "html": Array("<!DOCTYPE html>".utf8), "md": Array("> ".utf8), "json": Array("{".utf8),
        ]
        for format in ["pdf", "xlsx", "csv", "html", "md", "json"] {
            let path = "\(dir)/\(kind).\(format)"
            let result = try CLIRunner.run(["report", kind] + (Self.scopes[kind] ?? []) + [
                "--format", format, "--output", path, "--data", data, "--date", "2020-09-01", "--lang", "id"])
            #expect(result.status == 0, "\(kind) \(format): \(result.stderr)")
            let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
            let magic = starts[format] ?? []
            #expect(bytes.count > 200 && Array(bytes.prefix(magic.count)) == magic, "\(kind).\(format) does not look right")
        }
        // Nothing but the six files: no temporary file left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).count == 6)
    }

    /// The frequency report's counts are the registry's, for businesses, cooperatives and a wave's responses.
    @Test func frequencyCountsAreKnownAnswers() throws {
        let registry = try DataFolder(root: data).loadRegistry()
        func rows(_ arguments: [String]) throws -> [[String]] {
            let result = try CLIRunner.run(["report", "frequency"] + arguments + ["--format", "csv", "--csv-profile", "rfc4180",
                                                                                  "--output", "-", "--data", data, "--lang", "en"])
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout.split(separator: "\r\n").dropFirst(2).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        }
        let byType = try rows(["--by", "type", "--cooperatives"])
        for type in CooperativeType.allCases {
            let row = byType.first { $0.first == type.label.en }
            #expect(row?[1] == String(registry.cooperatives.filter { $0.type == type }.count))
        }
        let online = try rows(["--by", "online-now", "--responses", "--wave", "2021-01"])
        let wave = registry.responses.filter { $0.wave == "2021-01" }
        #expect(online.first { $0.first == "yes" }?[1] == String(wave.filter { $0.onlineNow == .yes }.count))
        #expect(online.last?[1] == String(wave.count))
        let bogor = try rows(["--by", "sector", "--region", "3201"])
        #expect(bogor.last?[1] == String(registry.businesses.filter { $0.region == "3201" }.count))
        let refused = try CLIRunner.run(["report", "frequency", "--by", "type", "--format", "csv", "--output", "-", "--data", data, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("one or two columns (--by)"))
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/sop.md"
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
        let arguments = ["report", "sop", "--sector", "food", "--output", path, "--data", data, "--lang", "en"]
        let refused = try CLIRunner.run(arguments)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("already exists; use --force"))
        #expect(FileManager.default.contents(atPath: path) == Data("keep me".utf8))
        let forced = try CLIRunner.run(arguments + ["--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let text = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        #expect(text.contains("# Health-protocol SOP: food businesses"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["sop.md"])
    }

    @Test func refusesToFollowASymlinkWithoutForce() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/target.csv"
        try Data("original".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.csv", withDestinationPath: target)
        try FileManager.default.createSymbolicLink(atPath: dir + "/dangling.csv", withDestinationPath: dir + "/nowhere.csv")
        for link in ["link.csv", "dangling.csv"] {
            let result = try CLIRunner.run(["report", "survey", "--output", dir + "/" + link, "--data", data])
            #expect(result.status == 1, "\(link)")
        }
        #expect(FileManager.default.contents(atPath: target) == Data("original".utf8))
        #expect(!FileManager.default.fileExists(atPath: dir + "/nowhere.csv"))
        let forced = try CLIRunner.run(["report", "survey", "--output", dir + "/link.csv", "--data", data, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        // The link survives and its target gets the report.
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.csv") == target)
        #expect(FileManager.default.contents(atPath: target)?.starts(with: [0xEF, 0xBB, 0xBF]) == true)
    }

    @Test func dashPrintsTextFormatsToStandardOutput() throws {
        let markdown = try CLIRunner.run(["report", "compliance", "--sector", "salon", "--format", "md", "--output", "-", "--data", data, "--lang", "id"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.contains("# Laporan Kepatuhan Protokol Kesehatan"))
        let csv = try CLIRunner.run(["report", "assessment", "--business", "UMK-3273-00624", "--format", "csv", "--csv-profile", "rfc4180",
                                     "--table", "sections", "--output", "-", "--data", data])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.hasPrefix("section,items,answered,score\r\n"))
        let pdf = try CLIRunner.run(["report", "sop", "--sector", "food", "--format", "pdf", "--output", "-", "--data", data, "--lang", "en"])
        #expect(pdf.status == 1)
        #expect(pdf.stderr.contains("binary format"))
        #expect(pdf.stdout.isEmpty)
    }

    @Test func formatComesFromTheExtensionAndErrorsLeaveNoFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let ok = try CLIRunner.run(["report", "sop", "--sector", "salon", "--output", dir + "/salon.html", "--data", data])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(String(decoding: FileManager.default.contents(atPath: dir + "/salon.html") ?? Data(), as: UTF8.self).hasPrefix("<!DOCTYPE html>"))
        let bad = try CLIRunner.run(["report", "sop", "--sector", "bengkel", "--output", dir + "/bad.pdf", "--data", data, "--lang", "en"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("unknown sector: \"bengkel\""))
        let missing = try CLIRunner.run(["report", "assessment", "--output", dir + "/none.pdf", "--data", data, "--lang", "en"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("needs a business (--business)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["salon.html"])
    }
}
