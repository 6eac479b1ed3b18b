import SMEModel
import TerminalUI

extension AppState {
    /// Item commands: opens the prompt or question they need, or applies them at once. A
    /// published template is read-only, so the first edit asks to start the next revision.
    mutating func startChecklistEdit(_ command: Command) -> [Effect] {
        guard let doc = checklists.currentDocument else { return [] }
        guard doc.checklist.isEditable else {
            askRevision(then: command)
            return []
        }
        if command == .addItem {
            guard !doc.checklist.sections.isEmpty else {
                status = .error(Localized(id: "Templat ini belum punya bagian", en: "This template has no sections yet"))
                return []
            }
            prompt(ModalTag("sop-add"), title: Localized(id: "Butir baru (1/2)", en: "New item (1/2)"),
                   label: Localized(id: "Teks bahasa Indonesia:", en: "Indonesian text:"))
            return []
        }
        guard let item = doc.selectedItem else {
            status = .info(Localized(id: "Belum ada butir yang dipilih", en: "No item is selected"))
            return []
        }
        switch command {
        case .editItem:
            prompt(ModalTag("sop-edit-id", item.key), title: Localized(id: "Ubah butir \(item.key)", en: "Edit item \(item.key)"),
                   label: Localized(id: "Teks bahasa Indonesia:", en: "Indonesian text:"), value: item.text)
        case .editItemEnglish:
            prompt(ModalTag("sop-edit-en", item.key), title: Localized(id: "Ubah butir \(item.key)", en: "Edit item \(item.key)"),
                   label: Localized(id: "Teks bahasa Inggris:", en: "English text:"), value: item.textEn)
        case .deleteItem:
            confirm(ModalTag("sop-delete", item.key), title: Localized(id: "Hapus butir?", en: "Delete the item?"),
                    message: [Localized(id: "\(item.key): \(item.text)", en: "\(item.key): \(item.textEn)"),
                              Localized(id: "Kunci \(item.key) dipensiunkan dan tidak dipakai lagi. u membatalkan.",
                                        en: "The key \(item.key) is retired and never reused. u undoes this.")],
                    buttons: [Localized(id: "Hapus", en: "Delete"), Localized(id: "Batal", en: "Cancel")], cancelChoice: 1)
        case .moveItemUp:
            applyChecklistEdit(.moveItem(itemKey: item.key, .up), select: item.key)
        case .moveItemDown:
            applyChecklistEdit(.moveItem(itemKey: item.key, .down), select: item.key)
        case .toggleRequired:
            applyChecklistEdit(.setRequired(itemKey: item.key, !item.required), select: item.key)
            if let changed = checklists.currentDocument?.checklist.item(item.key), changed != item {
                status = .info(changed.required
                    ? Localized(id: "\(item.key) kini wajib", en: "\(item.key) is now required")
                    : Localized(id: "\(item.key) kini tidak wajib (dan tidak kritis)", en: "\(item.key) is now optional (and not critical)"))
            }
        case .toggleCritical:
            applyChecklistEdit(.setCritical(itemKey: item.key, !item.critical), select: item.key)
            if let changed = checklists.currentDocument?.checklist.item(item.key), changed != item {
                status = .info(changed.critical
                    ? Localized(id: "\(item.key) kini kritis (dan wajib)", en: "\(item.key) is now critical (and required)")
                    : Localized(id: "\(item.key) kini tidak kritis", en: "\(item.key) is no longer critical"))
            }
        default:
            break
        }
        return []
    }

    /// Applies an edit to the current template as one undo step, selecting `select` (or the item
    /// the edit added). A refused edit leaves everything as it was and says why.
    @discardableResult
    mutating func applyChecklistEdit(_ edit: ChecklistEdit, select: String? = nil) -> Bool {
        let current = checklists.current
        guard checklists.documents.indices.contains(current) else { return false }
        var doc = checklists.documents[current]
        do {
            let result = try doc.checklist.applyingReturningKey(edit)
            doc.record(result.checklist)
            doc.reselect(result.addedKey ?? select ?? doc.selectedItem?.key)
            checklists.documents[current] = doc
            scrollChecklistToSelection()
            return true
        } catch {
            status = .error(error.message)
            return false
        }
    }

    // MARK: - Answers from prompts and questions

    mutating func answerChecklistPrompt(_ tag: ModalTag, _ text: String) -> [Effect] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch tag.name {
        case "sop-add":
            guard !trimmed.isEmpty else { return reaskEmpty(tag, title: Localized(id: "Butir baru (1/2)", en: "New item (1/2)"),
                                                            label: Localized(id: "Teks bahasa Indonesia:", en: "Indonesian text:")) }
            prompt(ModalTag("sop-add-en", trimmed), title: Localized(id: "Butir baru (2/2)", en: "New item (2/2)"),
                   label: Localized(id: "Teks bahasa Inggris:", en: "English text:"))
        case "sop-add-en":
            guard !trimmed.isEmpty else { return reaskEmpty(tag, title: Localized(id: "Butir baru (2/2)", en: "New item (2/2)"),
                                                            label: Localized(id: "Teks bahasa Inggris:", en: "English text:")) }
            guard let doc = checklists.currentDocument else { return [] }
            let placement: ChecklistEdit.Placement
            if let selected = doc.selectedItem {
                placement = .after(itemKey: selected.key)
            } else if let first = doc.checklist.sections.first {
                placement = .atEndOf(sectionKey: first.key)
            } else {
                return []
            }
            if applyChecklistEdit(.addItem(placement, text: tag.detail, textEn: trimmed)), let added = checklists.currentDocument?.selectedItem {
                status = .info(Localized(id: "Butir \(added.key) ditambahkan; Ctrl+S menyimpan", en: "Item \(added.key) added; Ctrl+S saves"))
            }
        case "sop-edit-id", "sop-edit-en":
            guard let item = checklists.currentDocument?.checklist.item(tag.detail) else { return [] }
            let isIndonesian = tag.name == "sop-edit-id"
            guard trimmed != (isIndonesian ? item.text : item.textEn) else { return [] }
            applyChecklistEdit(.editText(itemKey: item.key, text: isIndonesian ? trimmed : nil, textEn: isIndonesian ? nil : trimmed),
                               select: item.key)
        case "sop-save-as":
            return saveChecklistCopy(from: tag.detail, name: trimmed)
        default:
            break
        }
        return []
    }

    /// An empty text is refused; the prompt opens again so the user can type it.
    private mutating func reaskEmpty(_ tag: ModalTag, title: Localized, label: Localized) -> [Effect] {
        status = .error(Localized(id: "Teks tidak boleh kosong (Esc membatalkan)", en: "The text must not be empty (Esc cancels)"))
        prompt(tag, title: title, label: label)
        return []
    }

    mutating func answerChecklistConfirm(_ tag: ModalTag, _ choice: Int) -> [Effect] {
        switch tag.name {
        case "sop-delete" where choice == 0:
            if applyChecklistEdit(.deleteItem(itemKey: tag.detail)) {
                status = .info(Localized(id: "Butir \(tag.detail) dihapus (u membatalkan)", en: "Item \(tag.detail) deleted (u undoes)"))
            }
        case "sop-revision" where choice == 0:
            startNextRevision()
            if let command = Command(name: tag.detail) { return startChecklistEdit(command) }
        case "sop-new-revision" where choice == 0:
            startNextRevision()
        case "sop-publish" where choice == 0:
            publishCurrent()
        case "sop-conflict":
            return answerConflict(path: tag.detail, choice: choice)
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

    private mutating func askRevision(then command: Command) {
        guard let checklist = checklists.currentDocument?.checklist else { return }
        confirm(ModalTag("sop-revision", command.name), title: Localized(id: "Templat hanya-baca", en: "Read-only template"),
                message: [revisionQuestion(checklist),
                          Localized(id: "Suntingan masuk ke draf; terbitkan dengan p bila selesai.",
                                    en: "Edits go into the draft; publish it with p when done.")],
                buttons: [Localized(id: "Mulai revisi \(checklist.revision + 1)", en: "Start revision \(checklist.revision + 1)"),
                          Localized(id: "Batal", en: "Cancel")], cancelChoice: 1)
    }

    mutating func askNewRevision() {
        guard let checklist = checklists.currentDocument?.checklist else { return }
        guard !checklist.isEditable else {
            status = .info(Localized(id: "Revisi \(checklist.revision) sudah berupa draf dan dapat diubah",
                                     en: "Revision \(checklist.revision) is already a draft and can be edited"))
            return
        }
        confirm(ModalTag("sop-new-revision"), title: Localized(id: "Revisi baru", en: "New revision"),
                message: [revisionQuestion(checklist)],
                buttons: [Localized(id: "Mulai revisi \(checklist.revision + 1)", en: "Start revision \(checklist.revision + 1)"),
                          Localized(id: "Batal", en: "Cancel")], cancelChoice: 1)
    }

    private mutating func startNextRevision() {
        let current = checklists.current
        guard checklists.documents.indices.contains(current) else { return }
        let next = checklists.documents[current].checklist.startingRevision()
        checklists.documents[current].record(next)
        status = .info(Localized(id: "Revisi \(next.revision) dimulai sebagai draf", en: "Revision \(next.revision) started as a draft"))
    }

    mutating func askPublish() {
        guard let checklist = checklists.currentDocument?.checklist else { return }
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
        confirm(ModalTag("sop-publish"), title: Localized(id: "Terbitkan revisi?", en: "Publish the revision?"),
                message: [Localized(id: "Terbitkan revisi \(checklist.revision), berlaku mulai \(options.today)?",
                                    en: "Publish revision \(checklist.revision), effective from \(options.today)?"),
                          Localized(id: "Setelah terbit, templat tidak dapat diubah lagi; perubahan berikutnya menjadi revisi baru.",
                                    en: "A published template cannot be changed; later changes become a new revision.")],
                buttons: [Localized(id: "Terbitkan", en: "Publish"), Localized(id: "Batal", en: "Cancel")], cancelChoice: 1)
    }

    private mutating func publishCurrent() {
        let current = checklists.current
        guard checklists.documents.indices.contains(current) else { return }
        let published = checklists.documents[current].checklist.publishing(effectiveFrom: options.today)
        checklists.documents[current].record(published)
        status = .info(Localized(id: "Revisi \(published.revision) diterbitkan; Ctrl+S menyimpan",
                                 en: "Revision \(published.revision) published; Ctrl+S saves it"))
    }
}
