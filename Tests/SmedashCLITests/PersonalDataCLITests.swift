import Foundation
import Glibc
import SMEModel
import Testing

/// Owners' NIK and phone numbers never leave the CLI unmasked without `--show-personal-data`, and
/// a save through the CLI keeps the file's permissions, owner and symlink.
@Suite struct PersonalDataCLITests {
    /// Every owner NIK and phone number in the bundled registry.
    static let secrets: (niks: [String], phones: [String]) = {
        let path = CLIRunner.bundledData + "/registry/businesses.csv"
        guard let bytes = FileManager.default.contents(atPath: path), let table = try? CSVTable(bytes: [UInt8](bytes), file: path)
        else { return ([], []) }
        let rows = table.records.map(table.row)
        return (rows.map { $0.string("ownerNIK") }.filter { !$0.isEmpty }, rows.map { $0.string("phone") }.filter { !$0.isEmpty })
    }()

    @Test(arguments: ["csv", "json", "table"])
    func businessesNeverPrintAFullNIKOrPhone(format: String) throws {
        let (niks, phones) = Self.secrets
        #expect(niks.count > 500 && phones.count > 500)
        #expect(niks.allSatisfy { $0.count == 16 })
        let result = try CLIRunner.run(["businesses", "--format", format, "--data", CLIRunner.bundledData])
        #expect(result.status == 0)
        let printed = Self.digitRuns(result.stdout)
        let leakedNIK = niks.filter(printed.contains)
        let leakedPhone = phones.filter(printed.contains)
        #expect(leakedNIK.isEmpty, "\(leakedNIK.count) NIKs printed in \(format)")
        #expect(leakedPhone.isEmpty, "\(leakedPhone.count) phone numbers printed in \(format)")
        if format != "table" {
            // The masked form is there: the region part of the NIK and the last four digits.
            let first = try #require(niks.first)
            #expect(result.stdout.contains(String(first.prefix(4)) + "********" + String(first.suffix(4))))
        }
    }

    /// Search looks at names, owners and ids only, so it cannot confirm whose a NIK is.
    @Test func searchingByNIKRevealsNothing() throws {
        let nik = try #require(Self.secrets.niks.first)
        let result = try CLIRunner.run(["businesses", "--search", nik, "--format", "csv", "--data", CLIRunner.bundledData])
        #expect(result.status == 0)
        #expect(!result.stdout.contains(nik))
        #expect(result.stdout.split(separator: "\n").count == 1)
    }

    @Test func theFlagShowsThem() throws {
        let result = try CLIRunner.run(["businesses", "--format", "csv", "--show-personal-data", "--data", CLIRunner.bundledData])
        #expect(result.status == 0)
        let printed = Self.digitRuns(result.stdout)
        #expect(Self.secrets.niks.allSatisfy(printed.contains))
        #expect(Self.secrets.phones.allSatisfy(printed.contains))
    }

    /// Every maximal run of digits in `text`: a NIK or phone number printed whole is one of them.
    static func digitRuns(_ text: String) -> Set<String> {
        var runs = Set<String>()
        var current: [UInt8] = []
        for byte in text.utf8 {
            if (0x30...0x39).contains(byte) {
                current.append(byte)
            } else if !current.isEmpty {
                runs.insert(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { runs.insert(String(decoding: current, as: UTF8.self)) }
        return runs
    }

    /// `sop format` rewrites a file with a safe save: mode, owner and a symlink survive.
    @Test func sopFormatKeepsModeOwnerAndLink() throws {
        let folder = try CLITemporaryFolder()
        let bundled = try Data(contentsOf: URL(fileURLWithPath: CLIRunner.bundledData + "/sop/food.json"))
        let compact = try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: bundled))
        try folder.write("real/food.json", compact)
        let real = folder.file("real/food.json")
        #expect(chmod(real, 0o640) == 0)
        if geteuid() == 0 { #expect(chown(real, 65534, 65534) == 0) }
        try FileManager.default.createDirectory(atPath: folder.file("sop"), withIntermediateDirectories: true)
        #expect(symlink("../real/food.json", folder.file("sop/food.json")) == 0)

        let result = try CLIRunner.run(["sop", "format", folder.file("sop/food.json")])
        #expect(result.status == 0, "\(result.stderr)")
        var info = stat()
        #expect(lstat(folder.file("sop/food.json"), &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(stat(real, &info) == 0)
        #expect(info.st_mode & 0o7777 == 0o640)
        if geteuid() == 0 { #expect(info.st_uid == 65534 && info.st_gid == 65534) }
        // Rewritten in canonical form, the compact original kept in the history next to it.
        #expect(FileManager.default.contents(atPath: real) == bundled)
        #expect(folder.names(in: "real").contains(".history"))
    }

    @Test func sopFormatRefusesAReadOnlyFile() throws {
        let folder = try CLITemporaryFolder()
        let bundled = try Data(contentsOf: URL(fileURLWithPath: CLIRunner.bundledData + "/sop/food.json"))
        try folder.write("food.json", Data(String(decoding: bundled, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let path = folder.file("food.json")
        #expect(chmod(path, 0o444) == 0)
        let result = try CLIRunner.run(["sop", "format", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(path) is read-only; not saved"))
        #expect(FileManager.default.contents(atPath: path)?.count == bundled.count + bundled.count { $0 == 10 })
    }
}
