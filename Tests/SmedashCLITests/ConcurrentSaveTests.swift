import Foundation
import Glibc
import SMEModel
import Testing

/// Two processes editing one checklist, and the file or its folder changing between load and save:
/// every refused save names the file, exits non-zero, and leaves what is on disk untouched.
@Suite struct ConcurrentSaveTests {
    /// Runs a child as `nobody` when the tests run as root, so permissions really apply.
    static let asOtherUser: [String]? = {
        if geteuid() != 0 { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    }()

    /// A folder holding `sop/food.json` (the bundled template) and two edited versions of it.
    struct Setup {
        let folder: CLITemporaryFolder
        let path: String
        let original: Data
        let mine: String
        let theirs: String

        init() throws {
            folder = try CLITemporaryFolder()
            let bundled = CLIRunner.bundledData + "/sop/food.json"
            var checklist = try JSONDecoder().decode(Checklist.self, from: Data(contentsOf: URL(fileURLWithPath: bundled)))
            original = try CanonicalJSON.encode(checklist)
            try folder.write("data/sop/food.json", original)
            checklist.title += " (saya)"
            try folder.write("edits/mine.json", try CanonicalJSON.encode(checklist))
            checklist.title += " (mereka)"
            checklist.revision += 1
            try folder.write("edits/theirs.json", try CanonicalJSON.encode(checklist))
            path = folder.file("data/sop/food.json")
            mine = folder.file("edits/mine.json")
            theirs = folder.file("edits/theirs.json")
        }

        /// A child that loads the template, then saves `version` once when told to.
        func editor(saving version: String, launcher: [String] = [], language: String = "en") throws -> ChildProcess {
            let child = try ChildProcess(
                ["_stress-save", "--path", path, "--version", path, "--version", version, "--rounds", "1", "--pause",
                 "--lang", language],
                launcher: launcher)
            #expect(child.waitFor("waiting", timeout: 30), "editor did not load \(path)")
            return child
        }

        func contents(_ file: String? = nil) -> Data? { FileManager.default.contents(atPath: file ?? path) }

        func hiddenLeftovers() -> [String] {
            folder.names(in: "data/sop").filter { $0.hasPrefix(".") && $0 != ".history" }
        }
    }

    @Test func secondOfTwoWritersIsRefusedAndTheFirstSaveIsKept() throws {
        let setup = try Setup()
        let first = try setup.editor(saving: setup.mine)
        let second = try setup.editor(saving: setup.theirs, language: "id")
        first.send("save")
        let firstOutcome = first.finish()
        #expect(firstOutcome.status == 0 && firstOutcome.stdout.contains("saved 1"), "\(firstOutcome.stderr)")
        second.send("save")
        let secondOutcome = second.finish()
        #expect(secondOutcome.status == 1 && !secondOutcome.signalled)
        #expect(secondOutcome.stderr.contains("\(setup.path) telah diubah oleh pihak lain sejak dibuka; tidak disimpan"),
                "\(secondOutcome.stderr)")
        #expect(setup.contents() == setup.contents(setup.mine))
        // The version both loaded is in the history; nothing else was left behind.
        let history = setup.folder.names(in: "data/sop/.history")
        #expect(history.count == 1)
        #expect(setup.contents(setup.folder.file("data/sop/.history/" + (history.first ?? ""))) == setup.original)
        #expect(setup.folder.names(in: "data/sop") == [".history", "food.json"])
    }

    @Test func deletedFileIsNotRecreated() throws {
        let setup = try Setup()
        let editor = try setup.editor(saving: setup.mine)
        #expect(unlink(setup.path) == 0)
        editor.send("save")
        let outcome = editor.finish()
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("\(setup.path) was deleted or renamed since it was opened; not saved"), "\(outcome.stderr)")
        #expect(setup.folder.names(in: "data/sop") == [])
    }

    @Test func renamedFileKeepsItsContentAndNoCopyAppears() throws {
        let setup = try Setup()
        let editor = try setup.editor(saving: setup.mine)
        let renamed = setup.folder.file("data/sop/food-old.json")
        #expect(rename(setup.path, renamed) == 0)
        editor.send("save")
        let outcome = editor.finish()
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("\(setup.path) was deleted or renamed since it was opened; not saved"))
        #expect(setup.contents(renamed) == setup.original)
        #expect(setup.folder.names(in: "data/sop") == ["food-old.json"])
    }

    /// rename() would replace a read-only file, and root ignores permissions: SafeFile looks at
    /// the write bits itself, so this holds for root too.
    @Test func fileMadeReadOnlyIsNotReplaced() throws {
        let setup = try Setup()
        let editor = try setup.editor(saving: setup.mine)
        #expect(chmod(setup.path, 0o444) == 0)
        editor.send("save")
        let outcome = editor.finish()
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("\(setup.path) is read-only; not saved (make it writable or save under another name)"),
                "\(outcome.stderr)")
        #expect(setup.contents() == setup.original)
        #expect(setup.hiddenLeftovers() == [])
        var info = stat()
        stat(setup.path, &info)
        #expect(info.st_mode & 0o7777 == 0o444)
    }

    @Test(.enabled(if: asOtherUser != nil, "needs setpriv to drop root"))
    func fileWritableOnlyByItsOwnerIsNotReplacedByAnotherUser() throws {
        let setup = try Setup()
        try handToOtherUser(setup, except: setup.path)
        let editor = try setup.editor(saving: setup.mine, launcher: Self.asOtherUser ?? [])
        editor.send("save")
        let outcome = editor.finish()
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("\(setup.path) is read-only; not saved"), "\(outcome.stderr)")
        #expect(setup.contents() == setup.original)
        #expect(setup.hiddenLeftovers() == [])
    }

    @Test(.enabled(if: asOtherUser != nil, "needs setpriv to drop root"))
    func folderMadeReadOnlyGivesClearErrorAndKeepsFile() throws {
        let setup = try Setup()
        try handToOtherUser(setup)
        let editor = try setup.editor(saving: setup.mine, launcher: Self.asOtherUser ?? [])
        let folder = setup.folder.file("data/sop")
        #expect(chmod(folder, 0o555) == 0)
        editor.send("save")
        let outcome = editor.finish()
        chmod(folder, 0o755)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("cannot create temporary file in \(folder): Permission denied"), "\(outcome.stderr)")
        #expect(setup.contents() == setup.original)
        #expect(setup.folder.names(in: "data/sop") == ["food.json"])
    }

    /// Root ignores folder permissions; the nearest failure root meets is a folder replaced by a
    /// file (a network share gone, a mistaken copy), which must not lose the original either.
    @Test func folderReplacedByAFileGivesClearErrorAndKeepsOriginal() throws {
        let setup = try Setup()
        let editor = try setup.editor(saving: setup.mine)
        let folder = setup.folder.file("data/sop")
        #expect(rename(folder, setup.folder.file("data/sop-moved")) == 0)
        #expect(FileManager.default.createFile(atPath: folder, contents: Data("not a folder".utf8)))
        editor.send("save")
        let outcome = editor.finish()
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("\(setup.path) was deleted or renamed since it was opened; not saved"), "\(outcome.stderr)")
        #expect(setup.contents(setup.folder.file("data/sop-moved/food.json")) == setup.original)
        #expect(setup.contents(folder) == Data("not a folder".utf8))
    }

    /// Gives the test folder to `nobody` (the user `asOtherUser` runs as), except `kept` files.
    private func handToOtherUser(_ setup: Setup, except kept: String? = nil) throws {
        guard geteuid() == 0 else { return }
        let walker = FileManager.default.enumerator(atPath: setup.folder.path)
        var paths = [setup.folder.path]
        while let name = walker?.nextObject() as? String { paths.append(setup.folder.file(name)) }
        for path in paths where path != kept { #expect(chown(path, 65534, 65534) == 0) }
    }
}
