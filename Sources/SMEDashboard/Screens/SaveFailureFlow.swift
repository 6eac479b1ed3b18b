import SMEModel

/// Words of the save-failure flow, shared by the screens that save (SOP templates, assessments).
enum SaveFailureWords {
    static let edits = Localized(id: "suntingan", en: "edits")
    static let answers = Localized(id: "jawaban", en: "answers")

    /// "Not saved; your edits are kept".
    static func notSaved(_ what: Localized) -> Localized {
        Localized(id: "Belum disimpan; \(what.id) Anda tetap ada", en: "Not saved; your \(what.en) are kept")
    }
}

extension ScreenScope {
    /// The one way a failed save is shown. A conflict (someone else changed or removed the file)
    /// asks `conflict` with `choices` (`selected` highlighted); anything else (permissions, a full disk) explains and says
    /// what is kept, so the user can fix it and save again.
    mutating func showSaveFailure(_ failure: SaveFailure, kept what: Localized, conflict: some ScreenQuestion,
                                  choices: [DialogButton], selected: DialogChoice = .cancel, explanation: Localized) {
        let shown = displayPath(failure.path)
        guard failure.isConflict else {
            status = .error(Localized(id: "\(shown) tidak disimpan", en: "\(shown) was not saved"))
            showMessage(Localized(id: "Tidak disimpan", en: "Not saved"), [
                failure.message,
                Localized(id: "\(what.id.prefix(1).uppercased() + what.id.dropFirst()) Anda tetap ada. Perbaiki masalahnya (misalnya izin folder) lalu tekan Ctrl+S lagi.",
                          en: "Your \(what.en) are kept. Fix the problem (for example the folder's permissions) and press Ctrl+S again."),
            ])
            return
        }
        confirm(conflict, title: Localized(id: "Berkas berubah di disk", en: "File changed on disk"),
                message: [Localized(id: "\(shown) telah diubah oleh pihak lain sejak Anda membukanya.",
                                    en: "\(shown) was changed by someone else since you opened it."),
                          failure.storeDetail,
                          Localized(id: "\(what.id.prefix(1).uppercased() + what.id.dropFirst()) Anda belum disimpan. " + explanation.id,
                                    en: "Your \(what.en) are not saved. " + explanation.en)].compactMap { $0 },
                buttons: choices, selected: selected, cancel: .cancel)
    }
}
