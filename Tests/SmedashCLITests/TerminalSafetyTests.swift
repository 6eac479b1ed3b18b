import Foundation
import Glibc
import SMEModel
import Testing

/// Values from data files reach the terminal escaped, never raw; machine formats keep them
/// intact; personal data in messages is masked; output failures are one line, not a trap; a crash
/// restores the terminal and names a report file.
@Suite struct TerminalSafetyTests {
    /// What a hostile regency file might hold in a business name.
    static let hostile: [(name: String, text: String)] = [
        ("OSC 0 window title", "Toko \u{1B}]0;owned\u{07}A"),
        ("OSC 52 clipboard", "Toko \u{1B}]52;c;cm0gLXJmIH4=\u{07}B"),
        ("CSI 2J clear screen", "Toko \u{1B}[2J\u{1B}[HC"),
        ("bidi override", "Toko \u{202E}lanoitan D"),
        ("C1 CSI", "Toko \u{9B}31mE"),
        ("bell and backspace", "Toko \u{07}\u{08}\u{08}F"),
    ]

    /// Bytes that must never reach a terminal from data: ESC, C1 CSI/OSC, BEL, RLO.
    static func rawControls(_ text: String) -> [String] {
        var found: [String] = []
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x1B: found.append("ESC")
            case 0x07: found.append("BEL")
            case 0x08: found.append("BS")
            case 0x80..<0xA0: found.append("C1")
            case 0x202A...0x202E, 0x2066...0x2069: found.append("bidi")
            default: break
            }
        }
        return found
    }

    /// A copy of the bundled data with the lines of `registry/businesses.csv` edited.
    static func dataWithBusinesses(_ edit: (inout [String]) -> Void) throws -> CLITemporaryFolder {
        let folder = try CLITemporaryFolder()
        try FileManager.default.copyItem(atPath: CLIRunner.bundledData, toPath: folder.file("data"))
        let path = folder.file("data/registry/businesses.csv")
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        edit(&lines)
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return folder
    }

    /// `line` with its field `index` (0-based, no quoted commas in the bundled rows) replaced.
    static func replacingField(_ index: Int, of line: String, with value: String) -> String {
        var fields = line.components(separatedBy: ",")
        fields[index] = value
        return fields.joined(separator: ",")
    }

    /// A copy of the bundled data whose first businesses carry the hostile names.
    static func hostileData() throws -> CLITemporaryFolder {
        try dataWithBusinesses { lines in
            for (index, hostile) in hostile.enumerated() {
                lines[index + 1] = replacingField(1, of: lines[index + 1], with: "\"" + hostile.text + "\"")
            }
        }
    }

    @Test func businessTablesShowControlCharactersEscaped() throws {
        let folder = try Self.hostileData()
        let result = try CLIRunner.run(["businesses", "--data", folder.file("data"), "--limit", "1000"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.rawControls(result.stdout).isEmpty, "\(Self.rawControls(result.stdout))")
        #expect(result.stdout.contains("Toko \\e]0;owned\\x07A"))
        #expect(result.stdout.contains("Toko \\u{202E}lanoitan D"))
        #expect(result.stdout.contains("Toko \\x9b31mE"))
        print("escape cases: \(Self.hostile.count) names, 0 raw controls in the table")
    }

    @Test func machineFormatsKeepTheDataIntact() throws {
        let folder = try Self.hostileData()
        let json = try CLIRunner.run(["businesses", "--data", folder.file("data"), "--format", "json"])
        struct Row: Decodable { var name: String }
        let rows = try JSONDecoder().decode([Row].self, from: Data(json.stdout.utf8))
        for hostile in Self.hostile { #expect(rows.contains { $0.name == hostile.text }, "\(hostile.name)") }
        let csv = try CLIRunner.run(["businesses", "--data", folder.file("data"), "--format", "csv"])
        #expect(csv.stdout.contains(Self.hostile[0].text))
    }

    @Test func sopShowListAndValidateEscapeAndWarn() throws {
        let folder = try CLITemporaryFolder()
        try FileManager.default.copyItem(atPath: CLIRunner.bundledData, toPath: folder.file("data"))
        let food = folder.file("data/sop/food.json")
        var checklist = try JSONDecoder().decode(Checklist.self, from: Data(contentsOf: URL(fileURLWithPath: food)))
        checklist.title = "SOP \u{1B}]52;c;b3duZWQ=\u{07}kuliner"
        checklist.sections[0].items[0].textEn = "Wash hands \u{1B}[2J\u{202E}now"
        try CanonicalJSON.encode(checklist).write(to: URL(fileURLWithPath: food))
        for command in [["sop", "list"], ["sop", "show", "food"], ["sop", "show", "food", "--lang", "en"]] {
            let result = try CLIRunner.run(command + ["--data", folder.file("data")])
            #expect(result.status == 0, "\(command) \(result.stderr)")
            #expect(Self.rawControls(result.stdout + result.stderr).isEmpty, "\(command)")
        }
        let validate = try CLIRunner.run(["sop", "validate", "--data", folder.file("data"), "--lang", "en"])
        #expect(validate.status == 0)
        #expect(validate.stdout.contains("warning"), "\(validate.stdout)")
        #expect(validate.stdout.contains("the text holds control or hidden direction characters: \"Wash hands \\e[2J\\u{202E}now\""), "\(validate.stdout)")
        #expect(Self.rawControls(validate.stdout).isEmpty)
    }

    @Test func errorMessagesEscapeHostileValues() throws {
        let folder = try Self.dataWithBusinesses { lines in
            lines[3] = Self.replacingField(5, of: lines[3], with: "\"kuliner\u{1B}]0;owned\u{07}\"")
        }
        let result = try CLIRunner.run(["businesses", "--data", folder.file("data")])
        #expect(result.status == 1)
        #expect(result.stderr.contains(":4: column \"sector\": \"kuliner\\e]0;owned\\x07\""), "\(result.stderr)")
        #expect(Self.rawControls(result.stderr).isEmpty)
    }

    /// A NIK with a digit too many, and one shifted into `employees`: masked, with a hint.
    @Test func personalDataInMessagesIsMasked() throws {
        let longNIK = try Self.dataWithBusinesses { lines in
            lines[1] = lines[1].replacingOccurrences(of: "3273084806640925", with: "32730848066409251")
        }
        var result = try CLIRunner.run(["businesses", "--data", longNIK.file("data")])
        #expect(result.stderr.contains("column \"ownerNIK\": \"3273*********9251\" is not a 16-digit NIK"), "\(result.stderr)")
        #expect(!result.stderr.contains("32730848066409251"))

        let shifted = try Self.dataWithBusinesses { lines in
            lines[1] = Self.replacingField(9, of: lines[1], with: "3273084806640925")
        }
        result = try CLIRunner.run(["businesses", "--data", shifted.file("data")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("column \"employees\": \"3273********0925\" is not a head count: it looks like a NIK (16 digits) in the wrong column"), "\(result.stderr)")
        #expect(!result.stderr.contains("3273084806640925"))
    }

    @Test func aFullDiskIsOneLineAndAClosedPipeIsQuiet() throws {
        let full = try CLIRunner.run(["businesses", "--data", CLIRunner.bundledData, "--format", "json"], stdoutPath: "/dev/full")
        #expect(full.status == 1)
        #expect(full.stderr == "smedash: cannot write output: No space left on device\n", "\(full.stderr)")
        let shell = try CLIRunner.runShell("'\(CLIRunner.binary)' businesses --data '\(CLIRunner.bundledData)' --format csv | head -c 10 >/dev/null; echo \"status ${PIPESTATUS[0]}\"")
        #expect(shell.stdout == "status 0\n")
        #expect(shell.stderr.isEmpty, "\(shell.stderr)")
    }

    @Test(arguments: CrashKind.allCases)
    func aCrashNamesItsReportAndEndsWithoutWaiting(_ kind: CrashKind) throws {
        let state = try CLITemporaryFolder()
        let child = try ChildProcess(["_crash", "--kind", kind.rawValue], environment: ["XDG_STATE_HOME": state.path])
        let outcome = child.finish(timeout: 20)
        #expect(!outcome.timedOut)
        #expect(outcome.signalled && outcome.status == kind.signal)
        let reports = state.names(in: "smedash")
        #expect(reports.count == 1)
        let report = state.file("smedash/" + (reports.first ?? ""))
        #expect(outcome.stderr.contains("smedash: crashed; details in \(report) (signal \(kind.signal))"), "\(outcome.stderr)")
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        #expect(text.hasPrefix("smedash crashed: signal \(kind.signal)\nbacktrace"))
        #expect(text.components(separatedBy: "\n").count > 4)
    }

    enum CrashKind: String, CaseIterable, Sendable {
        case trap, segv, abort
        var signal: Int32 {
            switch self {
            case .trap: SIGILL
            case .segv: SIGSEGV
            case .abort: SIGABRT
            }
        }
    }
}
