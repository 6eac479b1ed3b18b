import Foundation
import Glibc
import Testing
@testable import SMEModel

/// Writes stay inside the data folder: no "..", no absolute path elsewhere, no symbolic link in
/// any folder below the root, and a link to a file outside is not followed.
@Suite struct SafePathTests {
    /// A data folder with `assessments/`, and `outside/` beside it where nothing may appear.
    struct Setup {
        let temporary: TemporaryFolder
        var root: String { temporary.file("data") }
        var outside: String { temporary.file("outside") }

        init() throws {
            temporary = try TemporaryFolder()
            try temporary.write("data/assessments/a.json", "{}")
            try temporary.write("outside/keep.txt", "keep")
        }

        func outsideNames() -> [String] { temporary.names(in: outside) }
    }

    /// Fifty ways to leave the data folder; every one is refused and nothing appears outside.
    static func attempts(_ setup: Setup) -> [String] {
        let root = setup.root
        var paths: [String] = []
        for depth in 1...10 {
            let up = String(repeating: "../", count: depth)
            paths.append(root + "/assessments/" + up + "outside/OWNED-\(depth).json")
            paths.append(root + "/" + up + "outside/OWNED-root-\(depth).json")
            paths.append(root + "/assessments/X/" + up + "tmp/OWNED-\(depth).json")
        }
        for index in 0..<10 {
            paths.append(setup.outside + "/absolute-\(index).json")
            paths.append(root + "-sibling/assessments/\(index).json")
        }
        return paths
    }

    @Test func fiftyTraversalAttemptsAreRefused() throws {
        let setup = try Setup()
        let attempts = Self.attempts(setup)
        #expect(attempts.count == 50)
        var refused = 0
        for path in attempts {
            do {
                try SafeFile.write(Data("owned".utf8), to: path, expecting: nil, within: setup.root)
                Issue.record("written: \(path)")
            } catch .outsideFolder {
                refused += 1
            } catch {
                Issue.record("\(path): \(error)")
            }
        }
        #expect(refused == 50)
        #expect(setup.outsideNames() == ["keep.txt"])
        print("traversal: \(attempts.count) attempts, \(refused) refused")
    }

    @Test func aSymlinkedFolderBelowTheRootIsRefused() throws {
        let setup = try Setup()
        #expect(symlink(setup.outside, setup.root + "/linked") == 0)
        #expect(throws: SafeFileError.linkInPath(setup.root + "/linked/new.json", link: setup.root + "/linked")) {
            try SafeFile.write(Data("x".utf8), to: setup.root + "/linked/new.json", expecting: nil, within: setup.root)
        }
        // The folder swapped for a link after the file was loaded: the save is refused as well.
        let (_, stamp) = try SafeFile.read(setup.root + "/assessments/a.json")
        try FileManager.default.moveItem(atPath: setup.root + "/assessments", toPath: setup.outside + "/assessments")
        #expect(symlink(setup.outside + "/assessments", setup.root + "/assessments") == 0)
        #expect(throws: SafeFileError.self) {
            try SafeFile.write(Data("x".utf8), to: setup.root + "/assessments/a.json", expecting: stamp, within: setup.root)
        }
        #expect(FileManager.default.contents(atPath: setup.outside + "/assessments/a.json") == Data("{}".utf8))
    }

    /// Inside the data folder even the file itself may not be a link: a link planted in a shared
    /// folder would let a save write wherever it points.
    @Test func aLinkedFileLeadingOutsideIsNotFollowed() throws {
        let setup = try Setup()
        let link = setup.root + "/assessments/b.json"
        #expect(symlink(setup.outside + "/keep.txt", link) == 0)
        let stamp = try SafeFile.read(link).1
        #expect(throws: SafeFileError.linkInPath(link, link: link)) {
            try SafeFile.write(Data("owned".utf8), to: link, expecting: stamp, within: setup.root)
        }
        #expect(FileManager.default.contents(atPath: setup.outside + "/keep.txt") == Data("keep".utf8))
    }

    @Test func ordinaryPathsInsideAreWritten() throws {
        let setup = try Setup()
        try SafeFile.write(Data("new".utf8), to: setup.root + "/assessments/new.json", expecting: nil, within: setup.root)
        // A relative root and path work the same as absolute ones.
        let relativeRoot = String(setup.root.dropFirst(FileManager.default.currentDirectoryPath.count + 1))
        if setup.root.hasPrefix(FileManager.default.currentDirectoryPath + "/") {
            try SafeFile.write(Data("rel".utf8), to: relativeRoot + "/assessments/rel.json", expecting: nil, within: relativeRoot)
        }
        #expect(FileManager.default.contents(atPath: setup.root + "/assessments/new.json") == Data("new".utf8))
    }

    /// Two exports to the same new path at the same moment: one writes, the other is told the
    /// file exists; `rename` alone let both "succeed" and one replace the other.
    @Test func twoNewFilesRacingForOneNameNeverReplaceEachOther() throws {
        let setup = try Setup()
        var replaced = 0
        for round in 0..<200 {
            let path = setup.root + "/exports-\(round).csv"
            let outcomes = Outcomes()
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                let written = (try? SafeFile.write(Data("writer \(index)".utf8), to: path, expecting: nil, keepHistory: false)) != nil
                outcomes.record(index, ok: written)
            }
            let winners = outcomes.winners()
            if winners.count != 1 || FileManager.default.contents(atPath: path) != Data("writer \(winners.first ?? -1)".utf8) {
                replaced += 1
            }
        }
        #expect(replaced == 0)
        print("export race: 200 rounds, \(replaced) replaced")
    }

    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var ok: [Int] = []
        func record(_ index: Int, ok success: Bool) { lock.withLock { if success { ok.append(index) } } }
        func winners() -> [Int] { lock.withLock { ok } }
    }
}
