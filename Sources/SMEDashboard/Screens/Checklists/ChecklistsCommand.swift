import SMEModel

/// Commands of the SOP screen.
public enum ChecklistsCommand: String, CaseIterable, Hashable, Sendable {
    case addItem = "add-item"
    case editItem = "edit-item"
    case editItemOtherLanguage = "edit-item-other-language"
    case deleteItem = "delete-item"
    case moveItemUp = "move-item-up"
    case moveItemDown = "move-item-down"
    case toggleRequired = "toggle-required"
    case toggleCritical = "toggle-critical"
    case newRevision = "new-revision"
    case publish
    case history

    public var help: Localized {
        switch self {
        case .addItem: Localized(id: "Tambah butir setelah yang dipilih", en: "Add an item after the selected one")
        case .editItem: Localized(id: "Ubah teks butir dalam bahasa tampilan (Indonesia)", en: "Edit the item text in the language shown (English)")
        case .editItemOtherLanguage: Localized(id: "Ubah teks butir dalam bahasa lain (Inggris)", en: "Edit the item text in the other language (Indonesian)")
        case .deleteItem: Localized(id: "Hapus butir (dengan konfirmasi)", en: "Delete the item (asks first)")
        case .moveItemUp: Localized(id: "Pindahkan butir ke atas", en: "Move the item up")
        case .moveItemDown: Localized(id: "Pindahkan butir ke bawah", en: "Move the item down")
        case .toggleRequired: Localized(id: "Tandai wajib / tidak wajib", en: "Mark required / not required")
        case .toggleCritical: Localized(id: "Tandai kritis / tidak kritis", en: "Mark critical / not critical")
        case .newRevision: Localized(id: "Mulai revisi baru (draf)", en: "Start a new revision (draft)")
        case .publish: Localized(id: "Terbitkan revisi draf", en: "Publish the draft revision")
        case .history: Localized(id: "Riwayat: versi tersimpan dan perbedaan dua revisi", en: "History: saved versions and the differences between two revisions")
        }
    }
}
