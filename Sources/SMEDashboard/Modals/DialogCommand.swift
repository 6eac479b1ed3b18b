import SMEModel

/// The kinds of dialog, each with its own keys (letters filter a list but move between buttons).
public enum DialogKind: String, CaseIterable, Hashable, Sendable {
    /// A question with buttons.
    case question
    /// A picker or the command menu: typing filters the list.
    case list
    /// A text prompt: typing edits the text.
    case text
    /// Help or a message: read, scroll, close.
    case reading

    /// The heading of the kind's keys in help and the docs.
    public var title: Localized {
        switch self {
        case .question: Localized(id: "Dialog pertanyaan", en: "Question dialogs")
        case .list: Localized(id: "Daftar pilihan dan menu perintah (huruf apa pun, juga j dan k, menyaring daftar)",
                              en: "Pickers and the command menu (any letter, j and k too, narrows the list)")
        case .text: Localized(id: "Isian teks", en: "Text prompts")
        case .reading: Localized(id: "Bantuan dan pesan", en: "Help and messages")
        }
    }
}

/// What a key does inside a dialog; bound in `KeyBinding.table` like any command, so help and
/// `docs/keybindings.md` list the dialog keys too.
public enum DialogCommand: String, CaseIterable, Hashable, Sendable {
    case accept = "dialog-accept"
    case cancel = "dialog-cancel"
    case previousButton = "dialog-previous-button"
    case nextButton = "dialog-next-button"
    case up = "dialog-up"
    case down = "dialog-down"
    case pageUp = "dialog-page-up"
    case pageDown = "dialog-page-down"
    case top = "dialog-top"
    case bottom = "dialog-bottom"
    /// The question's one affirmative button, or cancel: mutt's y/n.
    case yes = "dialog-yes"
    case no = "dialog-no"
    /// Marks or unmarks the entry in a picker that allows several.
    case toggleMark = "dialog-toggle-mark"

    public var help: Localized {
        switch self {
        case .accept: Localized(id: "Pilih / simpan jawaban", en: "Choose / confirm the answer")
        case .yes: Localized(id: "Ya: tombol persetujuan (bila hanya satu)", en: "Yes: the affirmative button (when there is one)")
        case .no: Localized(id: "Tidak: batal", en: "No: cancel")
        case .cancel: Localized(id: "Tutup tanpa menjawab (Batal)", en: "Close without answering (Cancel)")
        case .previousButton: Localized(id: "Tombol sebelumnya", en: "Previous button")
        case .nextButton: Localized(id: "Tombol berikutnya", en: "Next button")
        case .up: Localized(id: "Naik", en: "Up")
        case .down: Localized(id: "Turun", en: "Down")
        case .pageUp: Localized(id: "Halaman sebelumnya", en: "Page up")
        case .pageDown: Localized(id: "Halaman berikutnya", en: "Page down")
        case .top: Localized(id: "Ke awal", en: "To the top")
        case .bottom: Localized(id: "Ke akhir", en: "To the end")
        case .toggleMark: Localized(id: "Tandai / lepas (daftar yang boleh memilih beberapa)", en: "Mark / unmark (lists that allow several)")
        }
    }
}
