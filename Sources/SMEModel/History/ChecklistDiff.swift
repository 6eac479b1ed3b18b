/// What changed between two revisions of an SOP template, for the official approving "revision
/// 4": items added, removed, changed (field by field) or moved, and the template's own fields.
public struct ChecklistDiff: Hashable, Sendable {
    public enum Change: Hashable, Sendable {
        case header(field: Localized, from: String, to: String)
        case added(ChecklistItem, section: String)
        case removed(ChecklistItem)
        case changed(key: String, field: Localized, from: String, to: String)
        /// Moved to another section or to another place among the items both revisions keep.
        case moved(key: String, from: String, to: String)
    }

    public var changes: [Change]

    public var isEmpty: Bool { changes.isEmpty }

    public init(from old: Checklist, to new: Checklist) {
        var changes: [Change] = []
        func header(_ field: Localized, _ a: String, _ b: String) {
            if a != b { changes.append(.header(field: field, from: a, to: b)) }
        }
        header(Localized(id: "Revisi", en: "Revision"), String(old.revision), String(new.revision))
        header(Localized(id: "Status", en: "Status"), old.status.rawValue, new.status.rawValue)
        header(Localized(id: "Judul", en: "Title"), old.title, new.title)
        header(Localized(id: "Judul (Inggris)", en: "Title (English)"), old.titleEn, new.titleEn)
        header(Localized(id: "Berlaku sejak", en: "Effective from"), old.effectiveFrom, new.effectiveFrom)
        header(Localized(id: "Batas lulus", en: "Pass mark"), Self.number(old.passPercent) + "%", Self.number(new.passPercent) + "%")
        header(Localized(id: "Dasar hukum", en: "Legal basis"), old.legalBasis.joined(separator: "; "), new.legalBasis.joined(separator: "; "))

        let oldItems = Dictionary(old.items.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newItems = Dictionary(new.items.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let oldSection = Self.sections(of: old), newSection = Self.sections(of: new)
        for section in new.sections {
            for item in section.items where oldItems[item.key] == nil {
                changes.append(.added(item, section: section.key))
            }
        }
        for item in old.items where newItems[item.key] == nil { changes.append(.removed(item)) }
        for item in new.items {
            guard let before = oldItems[item.key] else { continue }
            changes += Self.fieldChanges(before, item)
        }
        // Moves: another section, or out of the longest run of items that kept their order.
        for section in new.sections {
            let after = section.items.map(\.key).filter { oldItems[$0] != nil && oldSection[$0] == section.key }
            let before = old.items.map(\.key).filter { after.contains($0) }
            let stayed = Set(Self.longestCommonOrder(before, after))
            for key in after where !stayed.contains(key) {
                changes.append(.moved(key: key, from: "\(section.key) #\((before.firstIndex(of: key) ?? 0) + 1)",
                                      to: "\(section.key) #\((after.firstIndex(of: key) ?? 0) + 1)"))
            }
        }
        for key in new.items.map(\.key) where oldItems[key] != nil && oldSection[key] != newSection[key] {
            changes.append(.moved(key: key, from: oldSection[key] ?? "", to: newSection[key] ?? ""))
        }
        self.changes = changes
    }

    /// The longest subsequence both orders share (the items that did not move).
    static func longestCommonOrder(_ a: [String], _ b: [String]) -> [String] {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var out: [String] = [], i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { out.append(a[i]); i += 1; j += 1 } else if table[i + 1][j] >= table[i][j + 1] { i += 1 } else { j += 1 }
        }
        return out
    }

    private static func sections(of checklist: Checklist) -> [String: String] {
        var map: [String: String] = [:]
        for section in checklist.sections { for item in section.items { map[item.key] = section.key } }
        return map
    }

    private static func fieldChanges(_ a: ChecklistItem, _ b: ChecklistItem) -> [Change] {
        var out: [Change] = []
        func field(_ name: Localized, _ x: String, _ y: String) {
            if x != y { out.append(.changed(key: b.key, field: name, from: x, to: y)) }
        }
        field(Localized(id: "Teks", en: "Text"), a.text, b.text)
        field(Localized(id: "Teks Inggris", en: "English text"), a.textEn, b.textEn)
        field(Localized(id: "Wajib", en: "Required"), a.required ? "ya" : "tidak", b.required ? "ya" : "tidak")
        field(Localized(id: "Kritis", en: "Critical"), a.critical ? "ya" : "tidak", b.critical ? "ya" : "tidak")
        field(Localized(id: "Bobot", en: "Weight"), number(a.weight), number(b.weight))
        field(Localized(id: "Sumber", en: "Source"), a.source, b.source)
        field(Localized(id: "Jenis jawaban", en: "Answer type"), a.type.rawValue, b.type.rawValue)
        field(Localized(id: "Gagal bila", en: "Fails if"), failText(a), failText(b))
        field(Localized(id: "Satuan", en: "Unit"), a.unit ?? "", b.unit ?? "")
        field(Localized(id: "Tindakan bila gagal", en: "Action on failure"), actionText(a), actionText(b))
        return out
    }

    private static func failText(_ item: ChecklistItem) -> String {
        var parts: [String] = []
        if let gt = item.failIf?.gt { parts.append("> " + number(gt)) }
        if let lt = item.failIf?.lt { parts.append("< " + number(lt)) }
        return parts.joined(separator: " / ")
    }

    private static func actionText(_ item: ChecklistItem) -> String {
        guard let action = item.onFail else { return "" }
        return "\(action.action) / \(action.actionEn) (\(action.dueDays))"
    }

    static func number(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }

    /// The diff as lines to read, in `language`; the item texts in both languages.
    public func lines(_ language: Language) -> [String] {
        guard !changes.isEmpty else { return [Localized(id: "Tidak ada perbedaan.", en: "No differences.")(language)] }
        let l = language
        func count(_ kind: (Change) -> Bool) -> Int { changes.filter(kind).count }
        let added = count { if case .added = $0 { true } else { false } }
        let removed = count { if case .removed = $0 { true } else { false } }
        let changed = Set(changes.compactMap { if case .changed(let key, _, _, _) = $0 { key } else { nil } }).count
        let moved = count { if case .moved = $0 { true } else { false } }
        var out = [Localized(id: "\(added) butir ditambah, \(removed) dihapus, \(changed) diubah, \(moved) dipindah",
                             en: "\(added) items added, \(removed) removed, \(changed) changed, \(moved) moved")(l), ""]
        for change in changes {
            switch change {
            case .header(let field, let from, let to):
                out.append("~ \(field(l)): \(from) → \(to)")
            case .added(let item, let section):
                out.append("+ \(item.key) [\(section)] " + Localized(id: "ditambah", en: "added") (l))
                out.append("    ID: \(item.text)")
                out.append("    EN: \(item.textEn)")
            case .removed(let item):
                out.append("- \(item.key) " + Localized(id: "dihapus", en: "removed")(l))
                out.append("    ID: \(item.text)")
                out.append("    EN: \(item.textEn)")
            case .changed(let key, let field, let from, let to):
                out.append("~ \(key) \(field(l)):")
                out.append("    " + Localized(id: "dari: ", en: "from: ")(l) + (from.isEmpty ? "–" : from))
                out.append("    " + Localized(id: "jadi: ", en: "to:   ")(l) + (to.isEmpty ? "–" : to))
            case .moved(let key, let from, let to):
                out.append("> \(key) " + Localized(id: "dipindah", en: "moved")(l) + ": \(from) → \(to)")
            }
        }
        return out
    }
}
