import SMEModel

/// Commands of the Import screen (the review inbox).
public enum InboxCommand: String, CaseIterable, Hashable, Sendable {
    case cycleVerdict = "cycle-verdict"
    case keepRow = "keep-row"
    case skipRow = "skip-row"
    case mergeRow = "merge-row"
    case acceptBatch = "accept-batch"
    case returnBatch = "return-batch"

    public var help: Localized {
        switch self {
        case .cycleVerdict: Localized(id: "Tampilkan baris menurut putusan: semua, baru, ubah, duplikat?, tidak sah", en: "Show rows by verdict: all, new, update, duplicate?, invalid")
        case .keepRow: Localized(id: "Calon duplikat: simpan sebagai usaha baru", en: "Duplicate candidate: keep it as a new business")
        case .skipRow: Localized(id: "Calon duplikat: lewati", en: "Duplicate candidate: skip it")
        case .mergeRow: Localized(id: "Calon duplikat: gabungkan kolom yang dipilih ke usaha di registri", en: "Duplicate candidate: merge the chosen fields into the registry business")
        case .acceptBatch: Localized(id: "Terima batch ke registri (ditanya dulu)", en: "Accept the batch into the registry (asks first)")
        case .returnBatch: Localized(id: "Kembalikan batch dengan catatan", en: "Return the batch with a note")
        }
    }
}
