import SMEModel

/// Everything a user can ask for by name. Keys map to commands through `KeyBinding.table`; the
/// command menu lists them; help and `docs/keybindings.md` describe them.
public enum Command: String, CaseIterable, Hashable, Sendable {
    // Global
    case nextScreen = "next-screen"
    case previousScreen = "previous-screen"
    case showBusinesses = "show-businesses"
    case showSurvey = "show-survey"
    case showChecklists = "show-sop"
    case showAssess = "show-assess"
    case showExport = "show-export"
    case help
    case commandMenu = "command-menu"
    case quit
    case save
    case undo
    case redo
    case redraw
    case suspend
    case toggleLanguage = "toggle-language"
    // Movement
    case moveUp = "move-up"
    case moveDown = "move-down"
    case pageUp = "page-up"
    case pageDown = "page-down"
    case moveToTop = "move-to-top"
    case moveToBottom = "move-to-bottom"
    case focusLeft = "focus-left"
    case focusRight = "focus-right"
    case open
    case back
    // Businesses
    case search
    case filterRegion = "filter-region"
    case filterScale = "filter-scale"
    case filterOnline = "filter-online"
    case filterChannel = "filter-channel"
    case clearFilters = "clear-filters"
    case sortColumn = "sort-column"
    case reverseSort = "reverse-sort"
    case togglePersonalData = "toggle-personal-data"
    // Survey
    case pickWave = "pick-wave"
    case pickBreakdown = "pick-breakdown"
    case nextBreakdown = "next-breakdown"
    case compareWave = "compare-wave"
    // Checklists
    case addItem = "add-item"
    case editItem = "edit-item"
    case editItemEnglish = "edit-item-english"
    case deleteItem = "delete-item"
    case moveItemUp = "move-item-up"
    case moveItemDown = "move-item-down"
    case toggleRequired = "toggle-required"
    case toggleCritical = "toggle-critical"
    case newRevision = "new-revision"
    case publish
    // Assess
    case pickBusiness = "pick-business"
    case cycleAnswer = "cycle-answer"
    case enterNumber = "enter-number"
    case editNote = "edit-note"
    case editAction = "edit-action"
    case newAssessment = "new-assessment"
    case setAssessor = "set-assessor"
    // Export
    case runExport = "run-export"
    case previousValue = "previous-value"
    case nextValue = "next-value"

    /// What the command does, shown in help and the command menu.
    public var help: Localized {
        switch self {
        case .nextScreen: Localized(id: "Layar berikutnya", en: "Next screen")
        case .previousScreen: Localized(id: "Layar sebelumnya", en: "Previous screen")
        case .showBusinesses: Localized(id: "Buka layar Usaha", en: "Open the Businesses screen")
        case .showSurvey: Localized(id: "Buka layar Survei", en: "Open the Survey screen")
        case .showChecklists: Localized(id: "Buka layar SOP", en: "Open the SOP screen")
        case .showAssess: Localized(id: "Buka layar Penilaian", en: "Open the Assess screen")
        case .showExport: Localized(id: "Buka layar Ekspor", en: "Open the Export screen")
        case .help: Localized(id: "Bantuan: tombol di layar ini", en: "Help: the keys on this screen")
        case .commandMenu: Localized(id: "Menu perintah: semua tindakan menurut nama", en: "Command menu: every action by name")
        case .quit: Localized(id: "Keluar (ditanya dulu bila ada perubahan)", en: "Quit (asks first when anything is unsaved)")
        case .save: Localized(id: "Simpan", en: "Save")
        case .undo: Localized(id: "Batalkan perubahan terakhir", en: "Undo the last change")
        case .redo: Localized(id: "Ulangi perubahan yang dibatalkan", en: "Redo the undone change")
        case .redraw: Localized(id: "Gambar ulang layar", en: "Redraw the screen")
        case .suspend: Localized(id: "Tangguhkan ke shell (kembali dengan fg)", en: "Suspend to the shell (return with fg)")
        case .toggleLanguage: Localized(id: "Ganti bahasa (Indonesia/Inggris)", en: "Switch language (Indonesian/English)")
        case .moveUp: Localized(id: "Naik", en: "Move up")
        case .moveDown: Localized(id: "Turun", en: "Move down")
        case .pageUp: Localized(id: "Halaman sebelumnya", en: "Page up")
        case .pageDown: Localized(id: "Halaman berikutnya", en: "Page down")
        case .moveToTop: Localized(id: "Ke baris pertama", en: "Go to the first row")
        case .moveToBottom: Localized(id: "Ke baris terakhir", en: "Go to the last row")
        case .focusLeft: Localized(id: "Fokus ke panel kiri", en: "Focus the left pane")
        case .focusRight: Localized(id: "Fokus ke panel kanan", en: "Focus the right pane")
        case .open: Localized(id: "Buka / pilih", en: "Open / choose")
        case .back: Localized(id: "Kembali / batal", en: "Back / cancel")
        case .search: Localized(id: "Cari nama, pemilik atau ID", en: "Search name, owner or id")
        case .filterRegion: Localized(id: "Saring menurut wilayah", en: "Filter by region")
        case .filterScale: Localized(id: "Saring menurut skala", en: "Filter by scale")
        case .filterOnline: Localized(id: "Saring daring / belum daring", en: "Filter online / not online")
        case .filterChannel: Localized(id: "Saring menurut kanal", en: "Filter by channel")
        case .clearFilters: Localized(id: "Hapus semua saringan", en: "Clear all filters")
        case .sortColumn: Localized(id: "Urutkan menurut kolom", en: "Sort by a column")
        case .reverseSort: Localized(id: "Balik urutan", en: "Reverse the order")
        case .togglePersonalData: Localized(id: "Tampilkan/sembunyikan NIK dan telepon", en: "Show/hide NIK and phone")
        case .pickWave: Localized(id: "Pilih gelombang survei", en: "Pick the survey wave")
        case .pickBreakdown: Localized(id: "Pilih rincian (sektor, wilayah, kanal, ...)", en: "Pick the breakdown (sector, region, channel, ...)")
        case .nextBreakdown: Localized(id: "Rincian berikutnya", en: "Next breakdown")
        case .compareWave: Localized(id: "Bandingkan dengan gelombang lain", en: "Compare with another wave")
        case .addItem: Localized(id: "Tambah butir setelah yang dipilih", en: "Add an item after the selected one")
        case .editItem: Localized(id: "Ubah teks butir (Indonesia)", en: "Edit the item text (Indonesian)")
        case .editItemEnglish: Localized(id: "Ubah teks butir (Inggris)", en: "Edit the item text (English)")
        case .deleteItem: Localized(id: "Hapus butir (dengan konfirmasi)", en: "Delete the item (asks first)")
        case .moveItemUp: Localized(id: "Pindahkan butir ke atas", en: "Move the item up")
        case .moveItemDown: Localized(id: "Pindahkan butir ke bawah", en: "Move the item down")
        case .toggleRequired: Localized(id: "Tandai wajib / tidak wajib", en: "Mark required / not required")
        case .toggleCritical: Localized(id: "Tandai kritis / tidak kritis", en: "Mark critical / not critical")
        case .newRevision: Localized(id: "Mulai revisi baru (draf)", en: "Start a new revision (draft)")
        case .publish: Localized(id: "Terbitkan revisi draf", en: "Publish the draft revision")
        case .pickBusiness: Localized(id: "Pilih usaha yang dinilai", en: "Pick the business to assess")
        case .cycleAnswer: Localized(id: "Ganti jawaban: ya / tidak / tidak berlaku", en: "Cycle the answer: yes / no / not applicable")
        case .enterNumber: Localized(id: "Isi jawaban: angka, teks, atau pilih dari daftar", en: "Enter the answer: a number, a text, or pick from a list")
        case .editNote: Localized(id: "Tulis catatan butir", en: "Write a note on the item")
        case .editAction: Localized(id: "Tulis tindakan perbaikan", en: "Write the corrective action")
        case .newAssessment: Localized(id: "Penilaian baru untuk usaha ini", en: "New assessment for this business")
        case .setAssessor: Localized(id: "Isi nama dan NIP penilai", en: "Set the assessor's name and NIP")
        case .runExport: Localized(id: "Ekspor laporan", en: "Export the report")
        case .previousValue: Localized(id: "Pilihan sebelumnya untuk isian ini", en: "Previous choice for this field")
        case .nextValue: Localized(id: "Pilihan berikutnya untuk isian ini", en: "Next choice for this field")
        }
    }
}
