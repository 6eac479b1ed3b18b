import SMEModel
import TerminalUI

extension ScreenScope where State == ChecklistsScreen {
    // MARK: - Saving

    /// Ctrl+S: the safe save of the current template, expecting the file as it was loaded.
    mutating func saveCurrentChecklist() -> [Effect] {
        guard let doc = state.currentDocument else { return [] }
        guard state.isModified(doc, in: data) else {
            status = .info(Localized(id: "Tidak ada perubahan untuk disimpan di \(displayPath(doc.path))",
                                     en: "No changes to save in \(displayPath(doc.path))"))
            return []
        }
        return [state.saveEffect(doc, in: data)]
    }

    /// "Save as copy" after a conflict: a draft under `sop/drafts/`, which is never loaded as a
    /// live template, so the copy cannot shadow the original; it must not exist yet.
    mutating func saveChecklistCopy(from original: String, name: String) -> [Effect] {
        guard let index = state.index(ofPath: original) else { return [] }
        guard !name.isEmpty else {
            status = .error(Localized(id: "Nama berkas tidak boleh kosong", en: "The file name must not be empty"))
            askCopyName(for: original)
            return []
        }
        guard let path = ChecklistLibrary.draftPath(for: original, name: name) else {
            status = .error(Localized(
                id: "Nama berkas hanya boleh berisi huruf, angka, \".\", \"_\" dan \"-\"",
                en: "A file name may hold only letters, digits, \".\", \"_\" and \"-\""))
            askCopyName(for: original)
            return []
        }
        state.savingCopies[path] = original
        return [.saveChecklist(path: path, checklist: state.documents[index].checklist, expecting: nil, archiving: nil)]
    }

    private mutating func askCopyName(for original: String) {
        let base = SafePath.split(original).name
        let stem = base.hasSuffix(".json") ? String(base.dropLast(5)) : base
        let folder = displayPath(SafePath.split(ChecklistLibrary.draftPath(for: original, name: "x") ?? original).folder)
        prompt(ChecklistsScreen.Question.copyName(original: original),
               title: Localized(id: "Simpan sebagai salinan (draf)", en: "Save as a copy (draft)"),
               label: Localized(id: "Nama berkas baru di \(folder)/:", en: "New file name in \(folder)/:"), value: stem + "-copy.json")
    }

    // MARK: - Results (the dashboard's data already holds the file)

    mutating func checklistSaved(_ file: ChecklistFile) -> [Effect] {
        if let original = state.savingCopies.removeValue(forKey: file.path), let index = state.index(ofPath: original) {
            // The edits now live in the copy; the original goes back to what is on disk.
            var copy = state.documents[index]
            copy.path = file.path
            if let onDisk = data.library.templates.first(where: { $0.path == original }) {
                state.documents[index] = ChecklistDocument(file: onDisk)
            }
            state.documents.insert(copy, at: index + 1)
            state.current = index + 1
            status = .success(Localized(
                id: "Salinan draf disimpan ke \(displayPath(file.path)) (revisi \(file.checklist.revision)), bukan templat aktif; \(displayPath(original)) dimuat ulang",
                en: "Draft copy saved to \(displayPath(file.path)) (revision \(file.checklist.revision)), not a live template; \(displayPath(original)) reloaded"))
            return [.reloadChecklist(path: original)]
        }
        if state.index(ofPath: file.path) == nil {
            state.documents.append(ChecklistDocument(file: file))
        }
        status = .success(Localized(id: "Tersimpan ke \(displayPath(file.path)) (revisi \(file.checklist.revision))",
                                    en: "Saved to \(displayPath(file.path)) (revision \(file.checklist.revision))"))
        return []
    }

    /// The file as someone else left it. The user's version stays one undo step away.
    mutating func checklistReloaded(_ file: ChecklistFile) {
        guard let index = state.index(ofPath: file.path) else {
            state.documents.append(ChecklistDocument(file: file))
            return
        }
        var doc = state.documents[index]
        let hadEdits = doc.checklist != file.checklist
        doc.record(file.checklist)
        doc.reselect(doc.selectedItem?.key)
        state.documents[index] = doc
        status = .info(hadEdits
            ? Localized(id: "\(displayPath(file.path)) dimuat ulang (revisi \(file.checklist.revision)); u mengembalikan suntingan Anda",
                        en: "\(displayPath(file.path)) reloaded (revision \(file.checklist.revision)); u brings your edits back")
            : Localized(id: "\(displayPath(file.path)) dimuat ulang (revisi \(file.checklist.revision))",
                        en: "\(displayPath(file.path)) reloaded (revision \(file.checklist.revision))"))
    }

    mutating func checklistSaveFailed(_ failure: SaveFailure) {
        if let original = state.savingCopies.removeValue(forKey: failure.path) {
            status = .error(Localized(id: "Salinan tidak disimpan", en: "The copy was not saved"))
            showMessage(Localized(id: "Salinan tidak disimpan", en: "The copy was not saved"), [
                failure.message,
                Localized(id: "Suntingan Anda pada \(displayPath(original)) masih ada. Ctrl+S mencoba lagi.",
                          en: "Your edits to \(displayPath(original)) are still here. Ctrl+S tries again."),
            ])
            return
        }
        if let index = state.index(ofPath: failure.path) {
            context.showScreen = .checklists
            state.current = index
        }
        showSaveFailure(failure, kept: SaveFailureWords.edits, conflict: ChecklistsScreen.Question.conflict(path: failure.path),
                        choices: [DialogButton(Localized(id: "Muat ulang (buang milik saya)", en: "Reload (discard mine)"), .reload),
                                  DialogButton(Localized(id: "Simpan salinan", en: "Save as copy"), .saveCopy),
                                  .cancel],
                        explanation: Localized(
                            id: "Muat ulang menampilkan versi mereka (u mengembalikan milik Anda); Simpan salinan menyimpan milik Anda ke berkas baru; Batal melanjutkan menyunting.",
                            en: "Reload shows their version (u brings yours back); Save as copy keeps yours in a new file; Cancel keeps editing."))
    }

    mutating func answerConflict(path: String, choice: DialogChoice) -> [Effect] {
        switch choice {
        case .reload:
            return [.reloadChecklist(path: path)]
        case .saveCopy:
            askCopyName(for: path)
        default:
            status = .info(SaveFailureWords.notSaved(SaveFailureWords.edits))
        }
        return []
    }
}
