import SMEModel

/// Commands of the Assess screen.
public enum AssessCommand: String, CaseIterable, Hashable, Sendable {
    case pickBusiness = "pick-business"
    case cycleAnswer = "cycle-answer"
    case enterNumber = "enter-number"
    case editNote = "edit-note"
    case editAction = "edit-action"
    case newAssessment = "new-assessment"
    case setAssessor = "set-assessor"
    case visitDetails = "visit-details"
    case openAssessment = "open-assessment"
    case followUp = "follow-up"
    case history

    public var help: Localized {
        switch self {
        case .pickBusiness: Localized(id: "Pilih usaha yang dinilai", en: "Pick the business to assess")
        case .cycleAnswer: Localized(id: "Ganti jawaban (ya / tidak / tidak berlaku) lalu ke butir berikutnya", en: "Cycle the answer (yes / no / not applicable), then go to the next item")
        case .enterNumber: Localized(id: "Isi jawaban: angka, teks, atau pilih dari daftar", en: "Enter the answer: a number, a text, or pick from a list")
        case .editNote: Localized(id: "Tulis catatan butir", en: "Write a note on the item")
        case .editAction: Localized(id: "Tulis tindakan perbaikan", en: "Write the corrective action")
        case .newAssessment: Localized(id: "Penilaian baru untuk usaha ini", en: "New assessment for this business")
        case .setAssessor: Localized(id: "Isi nama, NIP dan pangkat/golongan penilai", en: "Set the assessor's name, NIP and rank")
        case .visitDetails: Localized(id: "Isi jam kunjungan, alamat dan penanggung jawab usaha (untuk berita acara)",
                                      en: "Set the visit time, address and person in charge (for the berita acara)")
        case .openAssessment: Localized(id: "Buka penilaian tersimpan usaha ini (lanjutkan atau koreksi)", en: "Open a saved assessment of this business (continue or correct it)")
        case .history: Localized(id: "Riwayat penilaian usaha ini: versi tersimpan dan kunjungan, perbedaan dua di antaranya",
                                 en: "This business's assessment history: saved versions and visits, the differences between two")
        case .followUp: Localized(id: "Kunjungan lanjutan: mulai dari penilaian terakhir dengan tindakan perbaikan yang masih terbuka", en: "Follow-up visit: start from the last assessment with its open corrective actions")
        }
    }
}
