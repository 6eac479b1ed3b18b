import Foundation
import Testing
@testable import SMEModel

/// Revision diffs an official approving "revision 4" reads: items added, removed, changed field
/// by field, moved; assessment diffs by item; versions read from the file and `.history/`.
@Suite struct HistoryDiffTests {
    private func food() throws -> Checklist {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let data = try Data(contentsOf: url.appendingPathComponent("data/sop/food.json"))
        guard case .success(let (file, _)) = ChecklistLibrary.decodeTemplate(data, path: "food.json", stamp: FileStamp(
            device: 0, inode: 0, size: 0, modifiedNanoseconds: 0, contentHash: 0)) else { throw CocoaError(.fileReadCorruptFile) }
        return file.checklist
    }

    @Test func addedRemovedChangedAndMovedItems() throws {
        let old = try food()
        var new = old
        new.revision = 4
        new.passPercent = 85
        let added = ChecklistItem(key: "kul-031", text: "Sabun cair tersedia", textEn: "Liquid soap available", source: "KMK 382/2020")
        new.sections[0].items.append(added)
        let removed = new.sections[1].items.removeFirst()
        new.sections[0].items[1].text = "Poster terpasang di pintu"
        // kul-001 moves from first to after kul-003.
        let first = new.sections[0].items.removeFirst()
        new.sections[0].items.insert(first, at: 2)
        let diff = ChecklistDiff(from: old, to: new)
        #expect(diff.changes.contains(.added(added, section: old.sections[0].key)))
        #expect(diff.changes.contains(.removed(removed)))
        #expect(diff.changes.contains(.changed(key: "kul-002", field: Localized(id: "Teks", en: "Text"),
                                                from: old.sections[0].items[1].text, to: "Poster terpasang di pintu")))
        let moved = diff.changes.compactMap { if case .moved(let key, _, _) = $0 { key } else { nil } }
        #expect(moved == ["kul-001"])
        let english = diff.lines(.en)
        #expect(english[0] == "1 items added, 1 removed, 1 changed, 1 moved")
        #expect(english.contains("~ Pass mark: 80% → 85%"))
        #expect(english.contains("+ kul-031 [\(old.sections[0].key)] added"))
        #expect(english.contains("    EN: Liquid soap available"))
        #expect(diff.lines(.id)[0] == "1 butir ditambah, 1 dihapus, 1 diubah, 1 dipindah")
        #expect(ChecklistDiff(from: old, to: old).lines(.en) == ["No differences."])
    }

    @Test func twoSwappedNeighboursAreOneMove() {
        #expect(ChecklistDiff.longestCommonOrder(["a", "b", "c", "d"], ["a", "c", "b", "d"]).count == 3)
        #expect(ChecklistDiff.longestCommonOrder(["a", "b", "c", "d"], ["b", "c", "d", "a"]) == ["b", "c", "d"])
    }

    @Test func assessmentDiffsByItem() {
        let old = Assessment(key: "k", templateKey: "sop-food", templateRevision: 3, businessID: "UMK-1", assessor: Assessor(name: "Rina"),
                             date: "2021-11-01", answers: ["kul-001": ItemAnswer(value: .no, action: CorrectiveAction(text: "Pasang poster", dueDate: "2021-11-08"))])
        var new = old
        new.answers["kul-001"] = ItemAnswer(value: .yes, note: "Sudah dipasang")
        new.answers["kul-003"] = ItemAnswer(value: .number(25))
        let lines = AssessmentDiff(from: old, to: new).lines(.en)
        #expect(lines[0] == "2 items changed")
        #expect(lines.contains("    Answer: tidak/no → ya/yes"))
        #expect(lines.contains("    Note: – → Sudah dipasang"))
        #expect(lines.contains("    Action: Pasang poster · 2021-11-08 · open → –"))
        #expect(lines.contains("    Answer: – → 25"))
    }

    @Test func versionsComeFromTheFileAndItsHistory() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smedash-history-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/food.json"
        let first = try SafeFile.write(Data("one".utf8), to: path, expecting: nil)
        let second = try SafeFile.write(Data("two".utf8), to: path, expecting: first)
        try SafeFile.write(Data("three".utf8), to: path, expecting: second)
        let versions = FileVersion.of(path)
        #expect(versions.map { String(decoding: $0.bytes, as: UTF8.self) } == ["three", "two", "one"])
        #expect(versions.map(\.source) == [.current, .saved, .saved])
        #expect(versions.allSatisfy { !$0.savedBy.isEmpty && $0.savedAt.count == 16 })
    }
}
