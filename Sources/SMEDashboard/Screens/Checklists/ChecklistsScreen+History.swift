import SMEModel

extension ScreenScope where State == ChecklistsScreen {
    /// H: the template's versions to compare from; unsaved edits on this screen are one of them.
    mutating func showHistory(_ versions: [ChecklistVersion]) {
        guard let doc = state.currentDocument else { return }
        var entries: [VersionHistory<Checklist>.Entry] = []
        if state.isModified(doc, in: data) {
            let c = doc.checklist
            entries.append(.init(label: Localized(id: "rev. \(c.revision) · \(c.status.label.id) · perubahan belum disimpan di layar ini",
                                                  en: "rev. \(c.revision) · \(c.status.label.en) · unsaved changes on this screen"),
                                 short: Localized(id: "rev. \(c.revision), belum disimpan", en: "rev. \(c.revision), unsaved"), document: c))
        }
        for version in versions {
            let c = version.checklist
            let when = VersionHistory<Checklist>.when(version.version)
            entries.append(.init(label: Localized(id: "rev. \(c.revision) · \(c.status.label.id) · \(when.id)", en: "rev. \(c.revision) · \(c.status.label.en) · \(when.en)"),
                                 short: Localized(id: "rev. \(c.revision), \(c.status.label.id), \(version.version.savedAt)",
                                                  en: "rev. \(c.revision), \(c.status.label.en), \(version.version.savedAt)"),
                                 document: c))
        }
        guard entries.count >= 2 else {
            status = .info(Localized(id: "Belum ada versi lain dari templat ini untuk dibandingkan", en: "There is no other version of this template to compare with yet"))
            return
        }
        state.history = VersionHistory(entries: entries)
        // The usual question is "what changed since the last one": start on the second newest.
        pick(ChecklistsScreen.Question.historyFrom, title: Localized(id: "Riwayat · bandingkan dari versi", en: "History · compare from the version"),
             options: entries.map(\.label), selection: 1)
    }

    mutating func answerHistoryFrom(_ index: Int) {
        guard let options = state.history?.chooseFrom(index) else { return }
        pick(ChecklistsScreen.Question.historyTo, title: Localized(id: "… dengan versi", en: "… with the version"), options: options)
    }

    mutating func answerHistoryTo(_ index: Int) {
        guard let pair = state.history?.pair(choosing: index) else { return }
        let diff = ChecklistDiff(from: pair.from.document, to: pair.to.document)
        state.history = nil
        context.modals.append(VersionHistory.document(pair, id: diff.lines(.id), en: diff.lines(.en)))
    }
}
