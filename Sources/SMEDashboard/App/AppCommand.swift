import SMEModel

/// Commands that work the same on every screen: switching screens, help, the menu, quitting.
public enum AppCommand: String, CaseIterable, Hashable, Sendable {
    case nextScreen = "next-screen"
    case previousScreen = "previous-screen"
    case showBusinesses = "show-businesses"
    case showSurvey = "show-survey"
    case showChecklists = "show-sop"
    case showAssess = "show-assess"
    case showExport = "show-export"
    case showInbox = "show-import"
    case help
    case commandMenu = "command-menu"
    case quit
    case redraw
    case suspend
    case toggleLanguage = "toggle-language"
    case copy
    case reloadData = "reload-data"

    public var help: Localized {
        switch self {
        case .nextScreen: Localized(id: "Layar berikutnya", en: "Next screen")
        case .previousScreen: Localized(id: "Layar sebelumnya", en: "Previous screen")
        case .showBusinesses: Localized(id: "Buka layar Usaha", en: "Open the Businesses screen")
        case .showSurvey: Localized(id: "Buka layar Survei", en: "Open the Survey screen")
        case .showChecklists: Localized(id: "Buka layar SOP", en: "Open the SOP screen")
        case .showAssess: Localized(id: "Buka layar Penilaian", en: "Open the Assess screen")
        case .showExport: Localized(id: "Buka layar Ekspor", en: "Open the Export screen")
        case .showInbox: Localized(id: "Buka layar Impor (kotak tinjauan)", en: "Open the Import screen (the review inbox)")
        case .help: Localized(id: "Bantuan: tombol di layar ini", en: "Help: the keys on this screen")
        case .commandMenu: Localized(id: "Menu perintah: semua tindakan menurut nama", en: "Command menu: every action by name")
        case .quit: Localized(id: "Keluar (ditanya dulu bila ada perubahan)", en: "Quit (asks first when anything is unsaved)")
        case .redraw: Localized(id: "Gambar ulang layar", en: "Redraw the screen")
        case .suspend: Localized(id: "Tangguhkan ke shell (kembali dengan fg)", en: "Suspend to the shell (return with fg)")
        case .toggleLanguage: Localized(id: "Ganti bahasa (Indonesia/Inggris)", en: "Switch language (Indonesian/English)")
        case .copy: Localized(id: "Salin baris, butir atau angka terpilih ke papan klip (OSC 52, juga lewat SSH)",
                              en: "Copy the selected row, item or figure to the clipboard (OSC 52, over SSH too)")
        case .reloadData: Localized(id: "Baca ulang registri, survei, SOP dan impor (perubahan kantor lain)",
                                    en: "Read the registry, survey, SOPs and imports again (other offices' changes)")
        }
    }
}

/// Moving in the focused list and between panes; every screen handles these.
public enum ListCommand: String, CaseIterable, Hashable, Sendable {
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

    public var help: Localized {
        switch self {
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
        }
    }
}

/// Saving and undoing, on the screens that edit a document (SOP and Assess).
public enum EditCommand: String, CaseIterable, Hashable, Sendable {
    case save
    case undo
    case redo

    public var help: Localized {
        switch self {
        case .save: Localized(id: "Simpan", en: "Save")
        case .undo: Localized(id: "Batalkan perubahan terakhir", en: "Undo the last change")
        case .redo: Localized(id: "Ulangi perubahan yang dibatalkan", en: "Redo the undone change")
        }
    }
}

extension ListCommand {
    /// The selection after this move in a list of `count` rows that shows `page` at a time;
    /// focus, open and back leave it where it is.
    public func moved(_ selection: Int, count: Int, page: Int) -> Int {
        let last = max(count - 1, 0)
        var index = selection
        switch self {
        case .moveUp: index -= 1
        case .moveDown: index += 1
        case .pageUp: index -= max(page, 1)
        case .pageDown: index += max(page, 1)
        case .moveToTop: index = 0
        case .moveToBottom: index = last
        case .focusLeft, .focusRight, .open, .back: break
        }
        return min(max(index, 0), last)
    }
}
