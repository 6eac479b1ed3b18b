import SMEModel
import TerminalUI

extension ScreenScope where State == ChecklistsScreen {
    /// Item commands: opens the prompt or question they need, or applies them at once. A
    /// published template is read-only, so the first edit asks to start the next revision.
    mutating func startChecklistEdit(_ command: ChecklistsCommand) -> [Effect] {
        guard let doc = state.currentDocument else { return [] }
        guard doc.checklist.isEditable else {
            askRevision(then: command)
            return []
        }
        if command == .addItem {
            guard !doc.checklist.sections.isEmpty else {
                status = .error(Localized(id: "Templat ini belum punya bagian", en: "This template has no sections yet"))
                return []
            }
            prompt(ChecklistsScreen.Question.addIndonesian, title: Localized(id: "Butir baru (1/2)", en: "New item (1/2)"),
                   label: Localized(id: "Teks bahasa Indonesia:", en: "Indonesian text:"))
            return []
        }
        guard let item = doc.selectedItem else {
            status = .info(Localized(id: "Belum ada butir yang dipilih", en: "No item is selected"))
            return []
        }
        switch command {
        case .editItem, .editItemOtherLanguage:
            // Enter edits the text the official is reading; E the other language's.
            let english = (command == .editItem) == (language == .en)
            prompt(ChecklistsScreen.Question.editText(itemKey: item.key, english: english), title: Localized(id: "Ubah butir \(item.key)", en: "Edit item \(item.key)"),
                   label: english ? Localized(id: "Teks bahasa Inggris:", en: "English text:") : Localized(id: "Teks bahasa Indonesia:", en: "Indonesian text:"),
                   value: english ? item.textEn : item.text)
        case .deleteItem:
            confirm(ChecklistsScreen.Question.delete(itemKey: item.key), title: Localized(id: "Hapus butir?", en: "Delete the item?"),
                    message: [Localized(id: "\(item.key): \(item.text)", en: "\(item.key): \(item.textEn)"),
                              Localized(id: "Kunci \(item.key) dipensiunkan dan tidak dipakai lagi. u membatalkan.",
                                        en: "The key \(item.key) is retired and never reused. u undoes this.")],
                    // The safe choice is the default; `y` deletes, as in mutt.
                    buttons: [DialogButton(Localized(id: "Hapus", en: "Delete"), .confirm), .cancel], selected: .cancel)
        case .moveItemUp:
            applyChecklistEdit(.moveItem(itemKey: item.key, .up), select: item.key)
        case .moveItemDown:
            applyChecklistEdit(.moveItem(itemKey: item.key, .down), select: item.key)
        case .toggleRequired:
            applyChecklistEdit(.setRequired(itemKey: item.key, !item.required), select: item.key)
            if let changed = state.currentDocument?.checklist.item(item.key), changed != item {
                status = .info(changed.required
                    ? Localized(id: "\(item.key) kini wajib", en: "\(item.key) is now required")
                    : Localized(id: "\(item.key) kini tidak wajib (dan tidak kritis)", en: "\(item.key) is now optional (and not critical)"))
            }
        case .toggleCritical:
            applyChecklistEdit(.setCritical(itemKey: item.key, !item.critical), select: item.key)
            if let changed = state.currentDocument?.checklist.item(item.key), changed != item {
                status = .info(changed.critical
                    ? Localized(id: "\(item.key) kini kritis (dan wajib)", en: "\(item.key) is now critical (and required)")
                    : Localized(id: "\(item.key) kini tidak kritis", en: "\(item.key) is no longer critical"))
            }
        case .addItem, .newRevision, .publish, .history:
            break
        }
        return []
    }

    /// Applies an edit to the current template as one undo step, selecting `select` (or the item
    /// the edit added). A refused edit leaves everything as it was and says why.
    @discardableResult
    mutating func applyChecklistEdit(_ edit: ChecklistEdit, select: String? = nil) -> Bool {
        let current = state.current
        guard state.documents.indices.contains(current) else { return false }
        var doc = state.documents[current]
        do {
            let result = try doc.checklist.applyingReturningKey(edit)
            doc.record(result.checklist)
            doc.reselect(result.addedKey ?? select ?? doc.selectedItem?.key)
            state.documents[current] = doc
            scrollChecklistToSelection()
            return true
        } catch {
            status = .error(error.message)
            return false
        }
    }

    // MARK: - Answers from prompts and questions

    mutating func answerPrompt(_ question: ChecklistsScreen.Question, _ text: String) -> [Effect] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch question {
        case .addIndonesian:
            guard !trimmed.isEmpty else { return reaskEmpty(question, title: Localized(id: "Butir baru (1/2)", en: "New item (1/2)"),
                                                            label: Localized(id: "Teks bahasa Indonesia:", en: "Indonesian text:")) }
            prompt(ChecklistsScreen.Question.addEnglish(indonesian: trimmed), title: Localized(id: "Butir baru (2/2)", en: "New item (2/2)"),
                   label: Localized(id: "Teks bahasa Inggris:", en: "English text:"))
        case .addEnglish(let indonesian):
            guard !trimmed.isEmpty else { return reaskEmpty(question, title: Localized(id: "Butir baru (2/2)", en: "New item (2/2)"),
                                                            label: Localized(id: "Teks bahasa Inggris:", en: "English text:")) }
            guard let doc = state.currentDocument else { return [] }
            let placement: ChecklistEdit.Placement
            if let selected = doc.selectedItem {
                placement = .after(itemKey: selected.key)
            } else if let first = doc.checklist.sections.first {
                placement = .atEndOf(sectionKey: first.key)
            } else {
                return []
            }
            if applyChecklistEdit(.addItem(placement, text: indonesian, textEn: trimmed)), let added = state.currentDocument?.selectedItem {
                status = .info(Localized(id: "Butir \(added.key) ditambahkan; Ctrl+S menyimpan", en: "Item \(added.key) added; Ctrl+S saves"))
            }
        case .editText(let key, let english):
            guard let item = state.currentDocument?.checklist.item(key) else { return [] }
            guard trimmed != (english ? item.textEn : item.text) else { return [] }
            applyChecklistEdit(.editText(itemKey: item.key, text: english ? nil : trimmed, textEn: english ? trimmed : nil),
                               select: item.key)
        case .copyName(let original):
            return saveChecklistCopy(from: original, name: trimmed)
        case .delete, .startRevision, .newRevision, .publish, .conflict, .historyFrom, .historyTo:
            break
        }
        return []
    }

    /// An empty text is refused; the prompt opens again so the user can type it.
    private mutating func reaskEmpty(_ question: ChecklistsScreen.Question, title: Localized, label: Localized) -> [Effect] {
        status = .error(Localized(id: "Teks tidak boleh kosong (Esc membatalkan)", en: "The text must not be empty (Esc cancels)"))
        prompt(question, title: title, label: label)
        return []
    }

    mutating func answerQuestion(_ question: ChecklistsScreen.Question, _ choice: DialogChoice) -> [Effect] {
        switch (question, choice) {
        case (.delete(let key), .confirm):
            if applyChecklistEdit(.deleteItem(itemKey: key)) {
                status = .info(Localized(id: "Butir \(key) dihapus (u membatalkan)", en: "Item \(key) deleted (u undoes)"))
            }
        case (.startRevision(let command), .confirm):
            startNextRevision()
            return startChecklistEdit(command)
        case (.newRevision, .confirm):
            startNextRevision()
        case (.publish, .confirm):
            publishCurrent()
        case (.conflict(let path), _):
            return answerConflict(path: path, choice: choice)
        default:
            break
        }
        return []
    }

    // MARK: - Revisions

    private func revisionQuestion(_ checklist: Checklist) -> Localized {
        let next = checklist.revision + 1
        return checklist.status == .archived
            ? Localized(id: "Templat ini diarsipkan (revisi \(checklist.revision)). Mulai revisi \(next) sebagai draf?",
                        en: "This template is archived (revision \(checklist.revision)). Start revision \(next) as a draft?")
            : Localized(id: "Templat ini sudah terbit (revisi \(checklist.revision)). Mulai revisi \(next) sebagai draf?",
                        en: "This template is published (revision \(checklist.revision)). Start revision \(next) as a draft?")
    }

    private mutating func askRevision(then command: ChecklistsCommand) {
        guard let checklist = state.currentDocument?.checklist else { return }
        confirm(ChecklistsScreen.Question.startRevision(then: command), title: Localized(id: "Templat hanya-baca", en: "Read-only template"),
                message: [revisionQuestion(checklist),
                          Localized(id: "Suntingan masuk ke draf; terbitkan dengan p bila selesai.",
                                    en: "Edits go into the draft; publish it with p when done.")],
                buttons: [DialogButton(Localized(id: "Mulai revisi \(checklist.revision + 1)", en: "Start revision \(checklist.revision + 1)"), .confirm),
                          .cancel])
    }

    mutating func askNewRevision() {
        guard let checklist = state.currentDocument?.checklist else { return }
        guard !checklist.isEditable else {
            status = .info(Localized(id: "Revisi \(checklist.revision) sudah berupa draf dan dapat diubah",
                                     en: "Revision \(checklist.revision) is already a draft and can be edited"))
            return
        }
        confirm(ChecklistsScreen.Question.newRevision, title: Localized(id: "Revisi baru", en: "New revision"),
                message: [revisionQuestion(checklist)],
                buttons: [DialogButton(Localized(id: "Mulai revisi \(checklist.revision + 1)", en: "Start revision \(checklist.revision + 1)"), .confirm),
                          .cancel])
    }

    private mutating func startNextRevision() {
        let current = state.current
        guard state.documents.indices.contains(current) else { return }
        let next = state.documents[current].checklist.startingRevision()
        state.documents[current].record(next)
        status = .info(Localized(id: "Revisi \(next.revision) dimulai sebagai draf", en: "Revision \(next.revision) started as a draft"))
    }

    mutating func askPublish() {
        guard let checklist = state.currentDocument?.checklist else { return }
        guard checklist.isEditable else {
            status = .info(Localized(id: "Revisi \(checklist.revision) sudah \(checklist.status.label.id); N memulai revisi baru",
                                     en: "Revision \(checklist.revision) is already \(checklist.status.label.en); N starts a new revision"))
            return
        }
        let errors = ChecklistValidator.validate(checklist).filter(\.isError)
        guard errors.isEmpty else {
            showMessage(Localized(id: "Belum dapat diterbitkan", en: "Cannot publish yet"),
                        errors.prefix(6).map { Localized(id: $0.text(.id), en: $0.text(.en)) })
            return
        }
        confirm(ChecklistsScreen.Question.publish, title: Localized(id: "Terbitkan revisi?", en: "Publish the revision?"),
                message: [Localized(id: "Terbitkan revisi \(checklist.revision), berlaku mulai \(options.today)?",
                                    en: "Publish revision \(checklist.revision), effective from \(options.today)?"),
                          Localized(id: "Setelah terbit, templat tidak dapat diubah lagi; perubahan berikutnya menjadi revisi baru.",
                                    en: "A published template cannot be changed; later changes become a new revision.")],
                buttons: [DialogButton(Localized(id: "Terbitkan", en: "Publish"), .confirm), .cancel])
    }

    private mutating func publishCurrent() {
        let current = state.current
        guard state.documents.indices.contains(current) else { return }
        let published = state.documents[current].checklist.publishing(effectiveFrom: options.today)
        state.documents[current].record(published)
        status = .info(Localized(id: "Revisi \(published.revision) diterbitkan; Ctrl+S menyimpan",
                                 en: "Revision \(published.revision) published; Ctrl+S saves it"))
    }
}
