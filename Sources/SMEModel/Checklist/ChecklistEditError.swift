/// Why an edit could not be applied. The checklist is left as it was.
public enum ChecklistEditError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownItem(String)
    case unknownSection(String)
    /// The item is already first (up) or last (down) in the whole checklist.
    case cannotMove(itemKey: String, ChecklistEdit.Direction)
    /// A text, title or action left empty; the associated value names the field.
    case emptyText(field: String)
    case publishedIsReadOnly(revision: Int)
    case archivedIsReadOnly(revision: Int)
    /// Weight negative, not finite, or non-zero on a text item.
    case invalidWeight(itemKey: String, Double)
    case numberNeedsFailCondition(itemKey: String)
    case invalidKey(String)
    case duplicateKey(String)
    case invalidDueDays(itemKey: String, Int)

    public var message: Localized {
        switch self {
        case .unknownItem(let key):
            Localized(id: "tidak ada butir \"\(key)\"", en: "no item \"\(key)\"")
        case .unknownSection(let key):
            Localized(id: "tidak ada bagian \"\(key)\"", en: "no section \"\(key)\"")
        case .cannotMove(let key, .up):
            Localized(id: "butir \"\(key)\" sudah paling atas", en: "item \"\(key)\" is already at the top")
        case .cannotMove(let key, .down):
            Localized(
                id: "butir \"\(key)\" sudah paling bawah", en: "item \"\(key)\" is already at the bottom")
        case .emptyText(let field):
            Localized(id: "\(field) tidak boleh kosong", en: "\(field) must not be empty")
        case .publishedIsReadOnly(let revision):
            Localized(
                id: "revisi \(revision) sudah terbit dan tidak dapat diubah; buat revisi baru",
                en: "revision \(revision) is published and cannot be changed; start a new revision")
        case .archivedIsReadOnly(let revision):
            Localized(
                id: "revisi \(revision) sudah diarsipkan dan tidak dapat diubah",
                en: "revision \(revision) is archived and cannot be changed")
        case .invalidWeight(let key, let weight):
            Localized(
                id: "bobot \(ValidationIssue.number(weight).id) tidak sah untuk butir \"\(key)\" (harus ≥ 0, dan 0 untuk butir teks)",
                en: "weight \(ValidationIssue.number(weight).en) is not valid for item \"\(key)\" (must be ≥ 0, and 0 for text items)")
        case .numberNeedsFailCondition(let key):
            Localized(
                id: "butir angka \"\(key)\" memerlukan batas gagal (failIf gt/lt)",
                en: "number item \"\(key)\" needs a fail condition (failIf gt/lt)")
        case .invalidKey(let key):
            Localized(
                id: "kunci \"\(key)\" tidak sah (huruf kecil, angka dan '-', paling banyak 48)",
                en: "key \"\(key)\" is not valid (lower-case letters, digits and '-', at most 48)")
        case .duplicateKey(let key):
            Localized(id: "kunci \"\(key)\" sudah dipakai", en: "key \"\(key)\" is already used")
        case .invalidDueDays(let key, let days):
            Localized(
                id: "tenggat \(days) hari tidak sah untuk butir \"\(key)\" (harus ≥ 0)",
                en: "\(days) due days is not valid for item \"\(key)\" (must be ≥ 0)")
        }
    }

    public var description: String { message.en }
}
