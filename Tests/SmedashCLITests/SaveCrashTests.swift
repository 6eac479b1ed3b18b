import Foundation
import Glibc
import SMEModel
import Testing

/// Kills `smedash _stress-save` with SIGKILL at random moments while it saves a large checklist
/// or assessment, and checks after every kill that the file is exactly the old or the new version
/// and that nothing a later load would take for data was left behind.
/// `SMEDASH_STRESS_KILLS=2000 swift test --filter SaveCrashTests` runs a longer campaign.
@Suite struct SaveCrashTests {
    /// Kills in all, half for each kind of document.
    static let defaultKills = 120
    static let defaultItems = 2000

    /// One file being saved over and over: its path, the versions it rotates through, and the
    /// command-line arguments of the child that saves it.
    struct Target {
        var name: String
        var path: String
        var versions: [Data]
        var arguments: [String]
        var roundSeconds = 0.0
        /// The version on disk now.
        var current = 0
    }

    struct Tally: CustomStringConvertible {
        var kills = 0, foundOld = 0, foundNew = 0, savesCompleted = 0, killedWhileWriting = 0, maxHistory = 0,
            fullLoads = 0
        var description: String {
            "\(kills) saves killed (\(killedWhileWriting) while the temporary file was written; \(foundOld) left the "
                + "old version, \(foundNew) the new one; \(savesCompleted) saves completed in between), "
                + "at most \(maxHistory) history versions, \(fullLoads) full folder loads"
        }
    }

    /// The two kinds of documents are killed in two tests, which Swift Testing runs side by side.
    enum Kind: String { case checklist, assessment }

    @Test func killedChecklistSavesLeaveOldOrNewContent() throws {
        try campaign(.checklist)
    }

    @Test func killedAssessmentSavesLeaveOldOrNewContent() throws {
        try campaign(.assessment)
    }

    private func campaign(_ kind: Kind) throws {
        let environment = ProcessInfo.processInfo.environment
        let kills = (environment["SMEDASH_STRESS_KILLS"].flatMap(Int.init) ?? Self.defaultKills) / 2
        let items = environment["SMEDASH_STRESS_ITEMS"].flatMap(Int.init) ?? Self.defaultItems
        let folder = try CLITemporaryFolder()
        let data = DataFolder(root: folder.file("data"))
        let started = Date()
        var target = try prepare(kind, folder: folder, data: data, items: items)
        try calibrate(&target)

        var tally = Tally()
        var random = SystemRandomNumberGenerator()
        for kill in 0..<kills {
            let temporariesBefore = try temporaries(of: target).count
            let child = try ChildProcess(target.arguments + ["--rounds", "1000000"])
            #expect(child.waitFor("ready", timeout: 60), "child never became ready")
            // Anywhere within about two saves: before, inside or between them.
            let delay = Double.random(in: 0..<(2 * target.roundSeconds), using: &random)
            usleep(UInt32(delay * 1_000_000))
            child.signal(SIGKILL)
            let outcome = child.finish()
            #expect(outcome.signalled && outcome.status == SIGKILL, "child was not killed: \(outcome.stderr)")
            let acknowledged = outcome.stdout.split(separator: "\n").filter { $0.hasPrefix("saved ") }.count
            tally.kills += 1
            tally.savesCompleted += acknowledged

            // Save n writes version n (mod count). After n acknowledged saves the file holds version
            // n, or n + 1 when the kill came between the rename and the acknowledgement.
            let bytes = try Data(contentsOf: URL(fileURLWithPath: target.path))
            let found = target.versions.firstIndex(of: bytes)
            let count = target.versions.count
            let old = acknowledged == 0 ? target.current : acknowledged % count, new = (acknowledged + 1) % count
            #expect(found == old || found == new, "kill \(kill): holds \(bytes.count) bytes, not version \(old) or \(new)")
            guard let found else { break }
            if found == old { tally.foundOld += 1 } else { tally.foundNew += 1 }
            target.current = found

            try checkFolder(of: target, tally: &tally)
            if try temporaries(of: target).count > temporariesBefore { tally.killedWhileWriting += 1 }
            if kill % 40 == 39 { try checkLoads(data, tally: &tally) }
        }
        try checkLoads(data, tally: &tally)
        try checkStaleTemporariesAreRemoved(target, tally: &tally)
        let seconds = NumberStyle.plain.decimal(Date().timeIntervalSince(started), decimals: 1)
        print("SaveCrashTests (\(kind.rawValue), \(items) items): \(tally) in \(seconds) s")
        #expect(tally.kills == kills)
    }

    // MARK: - Steps

    /// Writes the versions (canonical JSON, so a load and save gives back the same bytes) and the
    /// data folder: `sop/big.json` is saved as a checklist, `assessments/visit.json` as an
    /// assessment of the fixed template `sop/fixed.json`.
    private func prepare(_ kind: Kind, folder: CLITemporaryFolder, data: DataFolder, items: Int) throws -> Target {
        let fixed = StressFixture.checklist(key: "sop-fixed", sector: "fixed", prefix: "fix", items: items, variant: 0)
        let templates = (0..<3).map {
            StressFixture.checklist(key: "sop-big", sector: "big", prefix: "big", items: items - items / 13 * $0, variant: $0)
        }
        let visits = (0..<3).map { StressFixture.assessment(of: fixed, variant: $0) }
        let templateVersions = try templates.map { try CanonicalJSON.encode($0) }
        let visitVersions = try visits.map { try CanonicalJSON.encode($0) }
        try folder.write("data/sop/fixed.json", try CanonicalJSON.encode(fixed))
        try folder.write("data/sop/big.json", templateVersions[0])
        try folder.write("data/assessments/visit.json", visitVersions[0])
        for (index, bytes) in templateVersions.enumerated() { try folder.write("versions/big-\(index).json", bytes) }
        for (index, bytes) in visitVersions.enumerated() { try folder.write("versions/visit-\(index).json", bytes) }
        switch kind {
        case .checklist:
            return Target(
                name: "checklist", path: data.path("sop/big.json"), versions: templateVersions,
                arguments: ["_stress-save", "--path", data.path("sop/big.json")]
                    + (0..<3).flatMap { ["--version", folder.file("versions/big-\($0).json")] })
        case .assessment:
            return Target(
                name: "assessment", path: data.path("assessments/visit.json"), versions: visitVersions,
                arguments: ["_stress-save", "--path", data.path("assessments/visit.json"), "--template", data.path("sop/fixed.json")]
                    + (0..<3).flatMap { ["--version", folder.file("versions/visit-\($0).json")] })
        }
    }

    /// Measures how long one save takes over three uninterrupted saves.
    private func calibrate(_ target: inout Target) throws {
        let child = try ChildProcess(target.arguments + ["--rounds", "3"])
        #expect(child.waitFor("ready", timeout: 60))
        let start = Date()
        let outcome = child.finish(timeout: 60)
        let seconds = Date().timeIntervalSince(start) / 3
        #expect(outcome.status == 0 && !outcome.signalled, "\(outcome.stderr)")
        target.current = 3 % target.versions.count
        target.roundSeconds = max(seconds, 0.001)
    }

    /// Hidden `.name.tmp-XXXXXX` files next to the target, left by saves killed while writing.
    private func temporaries(of target: Target) throws -> [String] {
        let folder = (target.path as NSString).deletingLastPathComponent
        let name = (target.path as NSString).lastPathComponent
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".\(name).tmp-") }
    }

    /// Only hidden names may appear besides the data files, and history stays within its limit.
    private func checkFolder(of target: Target, tally: inout Tally) throws {
        let folder = (target.path as NSString).deletingLastPathComponent
        let name = (target.path as NSString).lastPathComponent
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        let temporaries = names.filter { $0.hasPrefix(".\(name).tmp-") }
        let unexpected = names.filter { !$0.hasPrefix(".") && !["big.json", "fixed.json", "visit.json"].contains($0) }
        #expect(unexpected.isEmpty, "visible leftovers: \(unexpected)")
        #expect(Set(names).subtracting(temporaries).subtracting([".history"]).allSatisfy { !$0.hasPrefix(".") })
        #expect(DataFolder.jsonFiles(in: folder).map { ($0 as NSString).lastPathComponent }.allSatisfy { !$0.hasPrefix(".") })
        let history = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/.history")) ?? []
        let versions = history.filter { $0.hasPrefix(name + ".") }.count
        tally.maxHistory = max(tally.maxHistory, versions)
        #expect(versions <= SafeFile.historyLimit, "\(versions) history versions of \(name)")
    }

    /// The whole folder loads as the dashboard loads it: two templates, one assessment, no errors.
    private func checkLoads(_ data: DataFolder, tally: inout Tally) throws {
        let library = ChecklistLibrary.load(data)
        #expect(library.templates.map(\.checklist.key).sorted() == ["sop-big", "sop-fixed"])
        #expect(library.assessments.map(\.assessment.key) == ["asm-beban"])
        #expect(library.problems.filter(\.isError).isEmpty, "\(library.problems.prefix(3))")
        tally.fullLoads += 1
    }

    /// Temporary files of killed saves are hidden; once older than the limit, the next save of the
    /// same file removes them.
    private func checkStaleTemporariesAreRemoved(_ target: Target, tally: inout Tally) throws {
        do {
            let folder = (target.path as NSString).deletingLastPathComponent
            let name = (target.path as NSString).lastPathComponent
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".\(name).tmp-") }
            let old = Int(Date().timeIntervalSince1970) - SafeFile.staleTemporarySeconds - 60
            for leftover in leftovers {
                var times = [timespec(tv_sec: old, tv_nsec: 0), timespec(tv_sec: old, tv_nsec: 0)]
                #expect(utimensat(AT_FDCWD, folder + "/" + leftover, &times, 0) == 0)
            }
            // A fresh temporary file may belong to a save in progress elsewhere: it stays.
            let fresh = folder + "/.\(name).tmp-Fresh1"
            #expect(FileManager.default.createFile(atPath: fresh, contents: Data("{".utf8)))
            let outcome = try ChildProcess(target.arguments + ["--rounds", "1"]).finish(timeout: 60)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let after = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".\(name).tmp-") }
            #expect(after == [".\(name).tmp-Fresh1"])
            try FileManager.default.removeItem(atPath: fresh)
        }
    }
}
