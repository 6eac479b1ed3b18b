import Foundation
import Glibc
import Testing
@testable import SMEModel

private func contents(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
}

private func mode(_ path: String) -> mode_t {
    var info = stat()
    stat(path, &info)
    return info.st_mode & 0o7777
}

private func writeFailure(_ text: String, to path: String, expecting stamp: FileStamp?) -> SafeFileError? {
    do {
        try SafeFile.write(Data(text.utf8), to: path, expecting: stamp)
        return nil
    } catch {
        return error
    }
}

@Suite struct SafeFileTests {
    @Test func writeThenRead() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("food.json")
        let written = try SafeFile.write(Data("{}\n".utf8), to: path, expecting: nil)
        let (data, stamp) = try SafeFile.read(path)
        #expect(data == Data("{}\n".utf8))
        #expect(stamp == written)
        #expect(stamp.size == 3)
        #expect(stamp.contentHash == FileStamp.hash(Data("{}\n".utf8)))
        #expect(mode(path) == 0o644)
        #expect(folder.names() == ["food.json"])
    }

    @Test func hashIsFNV1a() {
        #expect(FileStamp.hash(Data()) == 0xcbf2_9ce4_8422_2325)
        #expect(FileStamp.hash(Data("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
        #expect(FileStamp.hash(Data("foobar".utf8)) == 0x8594_4171_f739_67e8)
    }

    @Test func refusesToOverwriteSomeoneElsesChange() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("food.json")
        let opened = try SafeFile.write(Data("v1".utf8), to: path, expecting: nil)
        try SafeFile.write(Data("other".utf8), to: path, expecting: opened)
        let error = writeFailure("mine", to: path, expecting: opened)
        #expect(error == .changedOnDisk(path))
        #expect(error?.description == "\(path) was changed by someone else since it was opened; not saved")
        #expect(contents(path) == "other")
        #expect(folder.names() == [".history", "food.json"])
    }

    @Test func allowsTouchWithSameBytes() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("food.json")
        let opened = try SafeFile.write(Data("v1".utf8), to: path, expecting: nil)
        // Another program rewrites the same bytes as a new file with a new time.
        try Data("v1".utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        var times = [timespec(tv_sec: 1_000_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        let (_, touched) = try SafeFile.read(path)
        #expect(!touched.hasSameMetadata(as: opened))
        try SafeFile.write(Data("v2".utf8), to: path, expecting: opened)
        #expect(contents(path) == "v2")
    }

    @Test func reportsDeletedFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("food.json")
        let opened = try SafeFile.write(Data("v1".utf8), to: path, expecting: nil)
        unlink(path)
        #expect(writeFailure("v2", to: path, expecting: opened) == .deletedOnDisk(path))
        #expect(folder.names() == [])
    }

    @Test func saveAsRefusesExistingFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("food.json")
        try SafeFile.write(Data("v1".utf8), to: path, expecting: nil)
        let error = writeFailure("v2", to: path, expecting: nil)
        #expect(error == .alreadyExists(path))
        #expect(error?.description(.id) == "\(path) sudah ada; tidak ditimpa")
        #expect(contents(path) == "v1")
    }

    @Test func keepsFileMode() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("food.json")
        try SafeFile.write(Data("v1".utf8), to: path, expecting: nil)
        chmod(path, 0o600)
        let (_, stamp) = try SafeFile.read(path)
        try SafeFile.write(Data("v2".utf8), to: path, expecting: stamp)
        #expect(mode(path) == 0o600)
        #expect(contents(path) == "v2")
    }

    @Test func updatesSymlinkTargetAndKeepsLink() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("real"), withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: folder.file("link"), withIntermediateDirectories: false)
        let real = folder.file("real/food.json")
        let link = folder.file("link/food.json")
        try SafeFile.write(Data("v1".utf8), to: real, expecting: nil)
        #expect(symlink("../real/food.json", link) == 0)
        let (data, stamp) = try SafeFile.read(link)
        #expect(data == Data("v1".utf8))
        try SafeFile.write(Data("v2".utf8), to: link, expecting: stamp)
        var info = stat()
        lstat(link, &info)
        #expect(info.st_mode & S_IFMT == S_IFLNK)
        #expect(contents(real) == "v2")
        #expect(folder.names(in: folder.file("link")) == ["food.json"])
        #expect(folder.names(in: folder.file("real")) == [".history", "food.json"])
    }

    @Test(.enabled(if: geteuid() != 0, "root ignores folder permissions"))
    func readOnlyFolderGivesClearErrorAndKeepsOriginal() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("food.json")
        let opened = try SafeFile.write(Data("v1".utf8), to: path, expecting: nil)
        chmod(folder.path, 0o555)
        let error = writeFailure("v2", to: path, expecting: opened)
        chmod(folder.path, 0o755)
        #expect(error == .system(.createTemporary, path: folder.path, errno: EACCES))
        #expect(error?.description == "cannot create temporary file in \(folder.path): Permission denied")
        #expect(contents(path) == "v1")
        #expect(folder.names() == ["food.json"])
    }

    @Test func folderThatIsAFileOrMissingGivesClearError() throws {
        let folder = try TemporaryFolder()
        #expect(FileManager.default.createFile(atPath: folder.file("sop"), contents: Data("x".utf8)))
        let underFile = writeFailure("v1", to: folder.file("sop/food.json"), expecting: nil)
        #expect(underFile == .system(.createTemporary, path: folder.file("sop"), errno: ENOTDIR))
        #expect(underFile?.description == "cannot create temporary file in \(folder.file("sop")): Not a directory")
        let missing = writeFailure("v1", to: folder.file("missing/food.json"), expecting: nil)
        #expect(missing?.description == "cannot create temporary file in \(folder.file("missing")): No such file or directory")
        #expect(missing?.description(.id)
            == "tidak dapat membuat berkas sementara di \(folder.file("missing")): Berkas atau folder tidak ada")
        #expect(folder.names() == ["sop"])
        #expect(contents(folder.file("sop")) == "x")
    }

    @Test func failureAfterTemporaryFileRemovesItAndKeepsOriginal() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("food.json")
        let opened = try SafeFile.write(Data("v1".utf8), to: path, expecting: nil)
        // A plain file where the history folder belongs makes the step after the temporary file fail.
        #expect(FileManager.default.createFile(atPath: folder.file(".history"), contents: Data()))
        let error = writeFailure("v2", to: path, expecting: opened)
        #expect(error == .system(.keepHistory, path: path, errno: ENOTDIR))
        #expect(error?.description == "cannot keep a history copy of \(path): Not a directory")
        #expect(contents(path) == "v1")
        #expect(folder.names() == [".history", "food.json"])
    }

    @Test func readingMissingFileSaysWhere() {
        let path = "no-such-folder-\(UUID().uuidString)/food.json"
        do {
            _ = try SafeFile.read(path)
            Issue.record("read a missing file")
        } catch {
            #expect(error == .system(.open, path: path, errno: ENOENT))
            #expect(error.description == "cannot open \(path): No such file or directory")
        }
    }

    @Test func historyKeepsNewestTwentyVersions() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("food.json")
        var stamp = try SafeFile.write(Data("v1".utf8), to: path, expecting: nil)
        for version in 2...25 {
            stamp = try SafeFile.write(Data("v\(version)".utf8), to: path, expecting: stamp)
        }
        let history = folder.file(".history")
        let names = folder.names(in: history)
        #expect(names.count == 20)
        let pattern = #"^food\.json\.[0-9]{8}T[0-9]{6}\.[0-9]{3}Z(-[0-9]{2})?$"#
        #expect(names.allSatisfy { $0.range(of: pattern, options: .regularExpression) != nil })
        #expect(names.compactMap { contents(history + "/" + $0) } == (5...24).map { "v\($0)" })
        #expect(contents(path) == "v25")
        #expect(folder.names() == [".history", "food.json"])
    }

    @Test func historyIsOptionalAndLeavesOtherFilesAlone() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("food.json")
        let stamp = try SafeFile.write(Data("v1".utf8), to: path, expecting: nil)
        try SafeFile.write(Data("v2".utf8), to: path, expecting: stamp, keepHistory: false)
        #expect(folder.names() == ["food.json"])
        try FileManager.default.createDirectory(atPath: folder.file(".history"), withIntermediateDirectories: false)
        let unrelated = ["food.json.bak", "food.json.notes.txt", "food.json5.20200701T000000.000Z"]
        for name in unrelated { #expect(FileManager.default.createFile(atPath: folder.file(".history/" + name), contents: nil)) }
        var current = try SafeFile.read(path).1
        for version in 3...30 {
            current = try SafeFile.write(Data("v\(version)".utf8), to: path, expecting: current)
        }
        let names = folder.names(in: folder.file(".history"))
        #expect(names.count == 20 + unrelated.count)
        #expect(Set(unrelated).isSubset(of: names))
    }

    @Test func recognisesTemporaryAndHiddenNames() {
        #expect(SafeFile.isTemporaryOrHidden(name: ".history"))
        #expect(SafeFile.isTemporaryOrHidden(name: ".food.json.tmp-Ab12Cd"))
        #expect(SafeFile.isTemporaryOrHidden(name: "food.json~"))
        #expect(!SafeFile.isTemporaryOrHidden(name: "food.json"))
        #expect(!SafeFile.isTemporaryOrHidden(name: "kuliner-r3.json"))
    }
}
