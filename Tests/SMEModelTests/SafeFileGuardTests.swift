import Foundation
import Glibc
import Testing
@testable import SMEModel

/// What SafeFile refuses or cleans up beyond the basic save: read-only files, symlinks for new
/// files, pipes, stale temporary files, and the owner of a replaced file.
@Suite struct SafeFileGuardTests {
    private func failure(_ text: String, to path: String, expecting stamp: FileStamp?) -> SafeFileError? {
        do {
            try SafeFile.write(Data(text.utf8), to: path, expecting: stamp)
            return nil
        } catch {
            return error
        }
    }

    private func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func readOnlyFileIsRefusedEvenForRoot() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("food.json")
        let stamp = try SafeFile.write(Data("v1".utf8), to: path, expecting: nil)
        #expect(chmod(path, 0o444) == 0)
        let error = failure("v2", to: path, expecting: stamp)
        #expect(error == .readOnly(path))
        #expect(error?.description == "\(path) is read-only; not saved (make it writable or save under another name)")
        #expect(error?.description(.id) == "\(path) hanya-baca; tidak disimpan (jadikan dapat ditulis atau simpan dengan nama lain)")
        #expect(contents(path) == "v1")
        #expect(folder.names() == ["food.json"])
    }

    @Test func changeOnDiskIsReportedBeforeReadOnly() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("food.json")
        let stamp = try SafeFile.write(Data("v1".utf8), to: path, expecting: nil)
        try Data("theirs".utf8).write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, 0o444) == 0)
        #expect(failure("v2", to: path, expecting: stamp) == .changedOnDisk(path))
    }

    @Test func newFileNeverGoesThroughASymlink() throws {
        let folder = try TemporaryFolder()
        try folder.write("secret.txt", "keep")
        #expect(symlink("secret.txt", folder.file("report.csv")) == 0)
        #expect(failure("report", to: folder.file("report.csv"), expecting: nil) == .alreadyExists(folder.file("report.csv")))
        #expect(contents(folder.file("secret.txt")) == "keep")
        // A dangling link would otherwise create its target, wherever it points.
        #expect(symlink("created-elsewhere.txt", folder.file("dangling.csv")) == 0)
        #expect(failure("report", to: folder.file("dangling.csv"), expecting: nil) == .alreadyExists(folder.file("dangling.csv")))
        #expect(folder.names() == ["dangling.csv", "report.csv", "secret.txt"])
    }

    @Test func replacingThroughASymlinkNeedsTheStampOfWhatWasRead() throws {
        let folder = try TemporaryFolder()
        try folder.write("secret.txt", "keep")
        #expect(symlink("secret.txt", folder.file("report.csv")) == 0)
        let (_, stamp) = try SafeFile.read(folder.file("report.csv"))
        try SafeFile.write(Data("replaced".utf8), to: folder.file("report.csv"), expecting: stamp, keepHistory: false)
        #expect(contents(folder.file("secret.txt")) == "replaced")
    }

    @Test func namedPipeAndFolderAreRefusedWithoutBlocking() throws {
        let folder = try TemporaryFolder()
        let pipe = folder.file("food.json")
        #expect(mkfifo(pipe, 0o644) == 0)
        #expect(throws: SafeFileError.notAFile(pipe)) { try SafeFile.read(pipe) }
        #expect(SafeFileError.notAFile(pipe).description == "\(pipe) is not a regular file (a pipe, device or socket)")
        #expect(throws: SafeFileError.system(.read, path: folder.path, errno: EISDIR)) { try SafeFile.read(folder.path) }
        #expect(throws: DataFolderError.unreadable(pipe, reason: "not a regular file")) { try DataFolder.readBytes(pipe) }
        #expect(throws: DataFolderError.unreadable(folder.path, reason: "is a folder")) { try DataFolder.readBytes(folder.path) }
        #expect(throws: DataFolderError.missingFile(folder.file("none.csv"))) { try DataFolder.readBytes(folder.file("none.csv")) }
        #expect(symlink("loop.csv", folder.file("loop.csv")) == 0)
        #expect(throws: DataFolderError.unreadable(folder.file("loop.csv"), reason: "Too many levels of symbolic links")) {
            try DataFolder.readBytes(folder.file("loop.csv"))
        }
    }

    @Test func staleTemporaryFilesOfTheSameFileAreRemovedOnSave() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("food.json")
        var stamp = try SafeFile.write(Data("v1".utf8), to: path, expecting: nil)
        let old = Int(Date().timeIntervalSince1970) - SafeFile.staleTemporarySeconds - 1
        for name in [".food.json.tmp-Old001", ".food.json.tmp-Young1", ".salon.json.tmp-Old002", ".food.json.tmp-toolong1"] {
            try folder.write(name, "{")
            if name.contains("Old") || name.contains("toolong") {
                var times = [timespec(tv_sec: old, tv_nsec: 0), timespec(tv_sec: old, tv_nsec: 0)]
                #expect(utimensat(AT_FDCWD, folder.file(name), &times, 0) == 0)
            }
        }
        stamp = try SafeFile.write(Data("v2".utf8), to: path, expecting: stamp)
        // Only the old one of this file's pattern goes: a young one may be a save in progress.
        #expect(folder.names() == [".food.json.tmp-Young1", ".food.json.tmp-toolong1", ".history", ".salon.json.tmp-Old002", "food.json"])
    }

    @Test(.enabled(if: geteuid() == 0, "only root can give a file to another user"))
    func ownerAndGroupAreKept() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("food.json")
        var stamp = try SafeFile.write(Data("v1".utf8), to: path, expecting: nil)
        #expect(chown(path, 65534, 65534) == 0)
        stamp = try SafeFile.read(path).1
        try SafeFile.write(Data("v2".utf8), to: path, expecting: stamp)
        var info = stat()
        stat(path, &info)
        #expect(info.st_uid == 65534 && info.st_gid == 65534)
    }

    @Test func historyNeverHoldsMoreThanTheLimitEvenBeforePruning() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("food.json")
        var stamp = try SafeFile.write(Data("v0".utf8), to: path, expecting: nil)
        try FileManager.default.createDirectory(atPath: folder.file(".history"), withIntermediateDirectories: false)
        // An older smedash (or a copy) left more than the limit.
        for index in 0..<25 {
            try folder.write(".history/food.json.2020010\(index / 10)T0000\(index % 10)0.000Z", "old \(index)")
        }
        stamp = try SafeFile.write(Data("v1".utf8), to: path, expecting: stamp)
        let names = folder.names(in: folder.file(".history"))
        #expect(names.count == SafeFile.historyLimit)
        #expect(names.compactMap { contents(folder.file(".history/" + $0)) }.contains("v0"))
    }
}
