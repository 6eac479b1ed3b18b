import Foundation
import Glibc
import SMEModel
import Testing

/// Two officials saving the same checklist at nearly the same moment: two `smedash _stress-save
/// --race` processes both load the file, are released together (or a few milliseconds apart),
/// and save. In every round exactly one save lands and the other is told of the conflict; the
/// file then holds exactly the winner's bytes. Before the folder lock, 49 of 50 rounds released
/// together lost a save on the small file.
@Suite struct SaveRaceTests {
    static let rounds = 200

    enum Size: String, CaseIterable, Sendable { case small, large }

    /// Five distinct versions: A alternates between the first two, B between the next two, and
    /// the file starts as the fifth, so every save changes the file's bytes and a lost update
    /// cannot hide.
    static func versions(_ size: Size) throws -> [Data] {
        switch size {
        case .small:
            let bundled = CLIRunner.bundledData + "/sop/food.json"
            let base = try JSONDecoder().decode(Checklist.self, from: Data(contentsOf: URL(fileURLWithPath: bundled)))
            return try (0..<5).map { variant in
                var copy = base
                copy.title += " (versi \(variant))"
                return try CanonicalJSON.encode(copy)
            }
        case .large:
            return try (0..<5).map { variant in
                try CanonicalJSON.encode(StressFixture.checklist(
                    key: "beban", sector: "kuliner", prefix: "bbn", items: 2_000, variant: variant))
            }
        }
    }

    @Test(arguments: Size.allCases, [0, 5, 20, 50])
    func exactlyOneOfTwoRacingSavesLands(size: Size, gapMilliseconds: Int) throws {
        let folder = try CLITemporaryFolder()
        let versions = try Self.versions(size)
        try folder.write("data/sop/race.json", versions[4])
        for (index, version) in versions.enumerated() { try folder.write("v\(index).json", version) }
        let path = folder.file("data/sop/race.json")
        func racer(_ first: Int) throws -> ChildProcess {
            let child = try ChildProcess([
                "_stress-save", "--race", "--path", path, "--rounds", String(Self.rounds),
                "--version", folder.file("v\(first).json"), "--version", folder.file("v\(first + 1).json")])
            #expect(child.waitFor("ready", timeout: 60))
            return child
        }
        // A writes v0/v1 and B v2/v3; in round r they write v[r%2] and v[2+r%2], both differing
        // from whatever round r-1 left.
        let a = try racer(0), b = try racer(2)
        var lost = 0, conflicts = 0, aWins = 0
        for round in 1...Self.rounds {
            #expect(a.waitFor("waiting", timeout: 30) && b.waitFor("waiting", timeout: 30), "round \(round)")
            a.send("go")
            if gapMilliseconds > 0 { usleep(UInt32(gapMilliseconds * 1000)) }
            b.send("go")
            let aLine = a.nextLine(timeout: 30) ?? "", bLine = b.nextLine(timeout: 30) ?? ""
            let aSaved = aLine == "saved \(round)", bSaved = bLine == "saved \(round)"
            let aRefused = aLine == "conflict \(round)", bRefused = bLine == "conflict \(round)"
            guard (aSaved && bRefused) || (bSaved && aRefused) else {
                lost += 1
                Issue.record("round \(round): A said \"\(aLine)\", B said \"\(bLine)\"")
                continue
            }
            conflicts += 1
            if aSaved { aWins += 1 }
            let winner = versions[(aSaved ? 0 : 2) + (round - 1) % 2]
            if FileManager.default.contents(atPath: path) != winner {
                lost += 1
                Issue.record("round \(round): the file does not hold the winner's save")
            }
        }
        let aEnd = a.finish(), bEnd = b.finish()
        #expect(aEnd.status == 0 && bEnd.status == 0, "\(aEnd.stderr) \(bEnd.stderr)")
        #expect(lost == 0)
        #expect(conflicts == Self.rounds)
        // With a 50 ms head start A always finishes first; the assertion shows the gap is real.
        if gapMilliseconds == 50 { #expect(aWins == Self.rounds) }
        print("save race \(size.rawValue) gap \(gapMilliseconds) ms: \(Self.rounds) rounds, \(lost) lost, A won \(aWins)")
    }
}
