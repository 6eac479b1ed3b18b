import Foundation
import Glibc
import Testing

/// Loads every malformed file of `HostileCorpus` with the CLI: each must give a located error and
/// exit with status 1, never a signal (a crash) and never run past its time (a hang).
/// `SMEDASH_TRUNCATION_STRIDE=1` tries every length of the truncated template (CI: every third).
@Suite struct HostileInputTests {
    static let timeout = 120.0

    /// A small generated data folder (40 businesses) with the bundled templates, so each of the
    /// hundred-odd runs spends its time on the bad file, not on a big registry.
    private func smallDataFolder(in folder: CLITemporaryFolder) throws -> String {
        let base = folder.file("base")
        let outcome = try ChildProcess([
            "generate", "--out", base, "--businesses", "40", "--cooperatives", "5", "--responses", "40",
            "--data", CLIRunner.bundledData,
        ]).finish()
        #expect(outcome.status == 0, "\(outcome.stderr)")
        try FileManager.default.copyItem(
            atPath: CLIRunner.bundledData + "/" + HostileCorpus.assessment, toPath: base + "/" + HostileCorpus.assessment)
        return base
    }

    @Test func everyMalformedFileGivesALocatedErrorAndExitsOne() throws {
        var tried = 0
        var failures: [String] = []
        let started = Date()
        let scratch = try CLITemporaryFolder()
        let base = try smallDataFolder(in: scratch)
        for (index, hostile) in HostileCorpus(source: base).all.enumerated() {
            let data = scratch.file("case-\(index)")
            try FileManager.default.copyItem(atPath: base, toPath: data)
            defer { try? FileManager.default.removeItem(atPath: data) }
            let path = data + "/" + hostile.file
            try place(hostile.content, at: path)
            let outcome = try ChildProcess(hostile.command + ["--data", data]).finish(timeout: Self.timeout)
            tried += 1
            let output = outcome.stdout + outcome.stderr
            if outcome.timedOut {
                failures.append("\(hostile.name): no answer within \(Int(Self.timeout)) s")
            } else if outcome.signalled {
                failures.append("\(hostile.name): killed by signal \(outcome.status)")
            } else if outcome.status != 1 {
                failures.append("\(hostile.name): exit status \(outcome.status)")
            } else if !isLocated(output, file: path, precision: hostile.precision) {
                failures.append("\(hostile.name): no located error for \(hostile.file) in: \(output.prefix(300))")
            }
        }
        let seconds = Int(Date().timeIntervalSince(started).rounded())
        print("HostileInputTests: \(tried) malformed files tried through the CLI, \(failures.count) failures, \(seconds) s")
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func everyTruncationOfARealTemplateIsALocatedError() throws {
        let folder = try CLITemporaryFolder()
        let step = ProcessInfo.processInfo.environment["SMEDASH_TRUNCATION_STRIDE"].flatMap(Int.init) ?? 3
        let (name, prefixes) = HostileCorpus.truncations(stride: max(1, step))
        let paths = try prefixes.enumerated().map { index, bytes in
            let path = folder.file("cut/\(index).json")
            try folder.write("cut/\(index).json", bytes)
            return path
        }
        var located = Set<String>()
        var failures: [String] = []
        // ArgumentParser's cost grows faster than the number of arguments: keep batches modest.
        let batch = 400
        for start in stride(from: 0, to: paths.count, by: batch) {
            let files = Array(paths[start..<min(start + batch, paths.count)])
            let outcome = try ChildProcess(["sop", "validate", "--data", folder.file("empty")] + files).finish(timeout: Self.timeout)
            if outcome.timedOut || outcome.signalled || outcome.status != 1 {
                failures.append("files \(start)…: status \(outcome.status), signalled \(outcome.signalled), timed out \(outcome.timedOut)")
            }
            for line in outcome.stdout.split(separator: "\n") {
                guard let range = line.range(of: #"^.+?\.json:[0-9]+:[0-9]+: "#, options: .regularExpression) else { continue }
                let file = line[range].split(separator: ":").first.map(String.init) ?? ""
                located.insert(file)
            }
        }
        let missing = paths.filter { !located.contains($0) }
        print("HostileInputTests: \(paths.count) truncations of \(name) tried, \(missing.count) without a located error")
        #expect(failures.isEmpty, "\(failures)")
        #expect(missing.isEmpty, "first without a located error: \(missing.prefix(5))")
    }

    @Test func lineEndsAndALeadingBOMLoadLikeTheOriginal() throws {
        let folder = try CLITemporaryFolder()
        let data = try smallDataFolder(in: folder)
        let baseline = try ChildProcess(["businesses", "--format", "csv", "--data", data]).finish()
        let templateBaseline = try ChildProcess(["sop", "show", "food", "--format", "json", "--data", data]).finish()
        #expect(baseline.status == 0 && templateBaseline.status == 0)
        for variant in HostileCorpus(source: data).mustLoad {
            let path = data + "/" + variant.file
            let original = try Data(contentsOf: URL(fileURLWithPath: path))
            try variant.bytes.write(to: URL(fileURLWithPath: path))
            let isTemplate = variant.file.hasSuffix(".json")
            let outcome = try ChildProcess(
                (isTemplate ? ["sop", "show", "food", "--format", "json"] : ["businesses", "--format", "csv"]) + ["--data", data]
            ).finish()
            #expect(outcome.status == 0, "\(variant.name): \(outcome.stderr)")
            #expect(outcome.stdout == (isTemplate ? templateBaseline : baseline).stdout, "\(variant.name) loads differently")
            try original.write(to: URL(fileURLWithPath: path))
        }
    }

    // MARK: - Helpers

    private func place(_ content: HostileCase.Content, at path: String) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: path) { try manager.removeItem(atPath: path) }
        switch content {
        case .bytes(let bytes): try bytes.write(to: URL(fileURLWithPath: path))
        case .folder: try manager.createDirectory(atPath: path, withIntermediateDirectories: false)
        case .symlinkLoop: #expect(symlink((path as NSString).lastPathComponent, path) == 0)
        case .danglingSymlink: #expect(symlink("no-such-file", path) == 0)
        case .namedPipe: #expect(mkfifo(path, 0o644) == 0)
        case .missing: break
        }
    }

    /// True when some line names `file` with a line (and column) as `precision` asks.
    private func isLocated(_ output: String, file: String, precision: HostileCase.Precision) -> Bool {
        let name = NSRegularExpression.escapedPattern(for: file)
        let pattern = switch precision {
        case .lineColumn: name + #":[0-9]+:[0-9]+: "#
        case .line: name + #":[0-9]+(:[0-9]+)?: "#
        case .file: name + #"(:[0-9]+)*: "#
        }
        return output.range(of: pattern, options: .regularExpression) != nil
    }
}
