import SMEModel
import TerminalUI

extension AppState {
    /// A path as users know it: from the data folder's own name on (`data/sop/food.json`).
    func displayPath(_ path: String) -> String {
        var root = data.folder.root
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        guard path.hasPrefix(root + "/") else { return path }
        let name = root.split(separator: "/").last.map(String.init) ?? root
        return name + "/" + path.dropFirst(root.count + 1)
    }

    // MARK: - Saving

    /// Ctrl+S: the safe save of the current template, expecting the file as it was loaded.
    mutating func saveCurrentChecklist() -> [Effect] {
        guard let doc = checklists.currentDocument else { return [] }
        guard doc.isModified else {
            status = .info(Localized(id: "Tidak ada perubahan untuk disimpan di \(displayPath(doc.path))",
                                     en: "No changes to save in \(displayPath(doc.path))"))
            return []
        }
        return [.saveChecklist(path: doc.path, checklist: doc.checklist, expecting: doc.stamp)]
    }

    /// "Save as copy" after a conflict: a draft under `sop/drafts/`, which is never loaded as a
    /// live template, so the copy cannot shadow the original; it must not exist yet.
    mutating func saveChecklistCopy(from original: String, name: String) -> [Effect] {
        guard let index = checklists.index(ofPath: original) else { return [] }
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
        checklists.savingCopies[path] = original
        return [.saveChecklist(path: path, checklist: checklists.documents[index].checklist, expecting: nil)]
    }

    private mutating func askCopyName(for original: String) {
        let base = original.split(separator: "/").last.map(String.init) ?? original
        let stem = base.hasSuffix(".json") ? String(base.dropLast(5)) : base
        let folder = displayPath(SafePath.split(ChecklistLibrary.draftPath(for: original, name: "x") ?? original).folder)
        prompt(ModalTag("sop-save-as", original), title: Localized(id: "Simpan sebagai salinan (draf)", en: "Save as a copy (draft)"),
               label: Localized(id: "Nama berkas baru di \(folder)/:", en: "New file name in \(folder)/:"), value: stem + "-copy.json")
    }

    // MARK: - Results

    mutating func checklistSaved(_ file: ChecklistFile) -> [Effect] {
        data.store(file)
        if let original = checklists.savingCopies.removeValue(forKey: file.path), let index = checklists.index(ofPath: original) {
            // The edits now live in the copy; the original goes back to what is on disk.
            var copy = checklists.documents[index]
            copy.path = file.path
            copy.stamp = file.stamp
            copy.saved = file.checklist
            if let onDisk = data.library.templates.first(where: { $0.path == original }) {
                checklists.documents[index] = ChecklistDocument(file: onDisk)
            }
            checklists.documents.insert(copy, at: index + 1)
            checklists.current = index + 1
            status = .success(Localized(
                id: "Salinan draf disimpan ke \(displayPath(file.path)) (revisi \(file.checklist.revision)), bukan templat aktif; \(displayPath(original)) dimuat ulang",
                en: "Draft copy saved to \(displayPath(file.path)) (revision \(file.checklist.revision)), not a live template; \(displayPath(original)) reloaded"))
            return [.reloadChecklist(path: original)]
        }
        if let index = checklists.index(ofPath: file.path) {
            checklists.documents[index].stamp = file.stamp
            checklists.documents[index].saved = file.checklist
        } else {
            checklists.documents.append(ChecklistDocument(file: file))
        }
        status = .success(Localized(id: "Tersimpan ke \(displayPath(file.path)) (revisi \(file.checklist.revision))",
                                    en: "Saved to \(displayPath(file.path)) (revision \(file.checklist.revision))"))
        return []
    }

    /// The file as someone else left it. The user's version stays one undo step away.
    mutating func checklistReloaded(_ file: ChecklistFile) {
        data.store(file)
        guard let index = checklists.index(ofPath: file.path) else {
            checklists.documents.append(ChecklistDocument(file: file))
            return
        }
        var doc = checklists.documents[index]
        let hadEdits = doc.checklist != file.checklist && doc.isModified
        doc.record(file.checklist)
        doc.saved = file.checklist
        doc.stamp = file.stamp
        doc.reselect(doc.selectedItem?.key)
        checklists.documents[index] = doc
        status = .info(hadEdits
            ? Localized(id: "\(displayPath(file.path)) dimuat ulang (revisi \(file.checklist.revision)); u mengembalikan suntingan Anda",
                        en: "\(displayPath(file.path)) reloaded (revision \(file.checklist.revision)); u brings your edits back")
            : Localized(id: "\(displayPath(file.path)) dimuat ulang (revisi \(file.checklist.revision))",
                        en: "\(displayPath(file.path)) reloaded (revision \(file.checklist.revision))"))
    }

    mutating func checklistSaveFailed(path: String, message: Localized, isConflict: Bool) {
        if let original = checklists.savingCopies.removeValue(forKey: path) {
            status = .error(Localized(id: "Salinan tidak disimpan", en: "The copy was not saved"))
            showMessage(Localized(id: "Salinan tidak disimpan", en: "The copy was not saved"), [
                message,
                Localized(id: "Suntingan Anda pada \(displayPath(original)) masih ada. Ctrl+S mencoba lagi.",
                          en: "Your edits to \(displayPath(original)) are still here. Ctrl+S tries again."),
            ])
            return
        }
        let shown = displayPath(path)
        if let index = checklists.index(ofPath: path) {
            screen = .checklists
            checklists.current = index
        }
        guard isConflict else {
            status = .error(Localized(id: "\(shown) tidak disimpan", en: "\(shown) was not saved"))
            showMessage(Localized(id: "Tidak disimpan", en: "Not saved"), [
                message,
                Localized(id: "Suntingan Anda tetap ada. Perbaiki masalahnya (misalnya izin folder) lalu tekan Ctrl+S lagi.",
                          en: "Your edits are kept. Fix the problem (for example the folder's permissions) and press Ctrl+S again."),
            ])
            return
        }
        modals.append(.confirm(Confirm(
            tag: ModalTag("sop-conflict", path),
            title: Localized(id: "Berkas berubah di disk", en: "File changed on disk"),
            message: [
                Localized(id: "\(shown) telah diubah oleh pihak lain sejak Anda membukanya.",
                          en: "\(shown) was changed by someone else since you opened it."),
                Localized(id: "Suntingan Anda belum disimpan. Muat ulang menampilkan versi mereka (u mengembalikan milik Anda); Simpan salinan menyimpan milik Anda ke berkas baru; Batal melanjutkan menyunting.",
                          en: "Your edits are not saved. Reload shows their version (u brings yours back); Save as copy keeps yours in a new file; Cancel keeps editing."),
            ],
            buttons: [Localized(id: "Muat ulang (buang milik saya)", en: "Reload (discard mine)"),
                      Localized(id: "Simpan salinan", en: "Save as copy"),
                      Localized(id: "Batal", en: "Cancel")],
            selection: 2, cancelChoice: 2)))
    }

    mutating func answerConflict(path: String, choice: Int) -> [Effect] {
        switch choice {
        case 0:
            return [.reloadChecklist(path: path)]
        case 1:
            askCopyName(for: path)
        default:
            status = .info(Localized(id: "Belum disimpan; suntingan Anda tetap ada", en: "Not saved; your edits are kept"))
        }
        return []
    }
}
