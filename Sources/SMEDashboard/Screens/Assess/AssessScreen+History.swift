import SMEModel

extension ScreenScope where State == AssessScreen {
    /// H: the business's visits and every saved version of each, to compare two of them.
    mutating func showAssessmentHistory(_ versions: [AssessmentVersion]) {
        var entries: [VersionHistory<Assessment>.Entry] = []
        if let assessment = state.assessment, state.isModified(in: data) {
            entries.append(.init(label: Localized(id: "\(assessment.date) · perubahan belum disimpan di layar ini", en: "\(assessment.date) · unsaved changes on this screen"),
                                 short: Localized(id: "\(assessment.date), belum disimpan", en: "\(assessment.date), unsaved"), document: assessment))
        }
        for version in versions {
            let a = version.assessment
            let when = VersionHistory<Assessment>.when(version.version)
            entries.append(.init(label: Localized(id: "kunjungan \(a.date) · \(when.id)", en: "visit \(a.date) · \(when.en)"),
                                 short: Localized(id: "kunjungan \(a.date), disimpan \(version.version.savedAt)", en: "visit \(a.date), saved \(version.version.savedAt)"),
                                 document: a))
        }
        guard entries.count >= 2 else {
            status = .info(Localized(id: "Belum ada versi atau kunjungan lain untuk dibandingkan", en: "There is no other version or visit to compare with yet"))
            return
        }
        state.history = VersionHistory(entries: entries)
        pick(AssessScreen.Question.historyFrom, title: Localized(id: "Riwayat penilaian · bandingkan dari", en: "Assessment history · compare from"),
             options: entries.map(\.label), selection: 1)
    }

    mutating func answerAssessmentHistoryFrom(_ index: Int) {
        guard let options = state.history?.chooseFrom(index) else { return }
        pick(AssessScreen.Question.historyTo, title: Localized(id: "… dengan", en: "… with"), options: options)
    }

    mutating func answerAssessmentHistoryTo(_ index: Int) {
        guard let pair = state.history?.pair(choosing: index) else { return }
        let checklist = data.library.template(key: pair.to.document.templateKey)?.checklist
        let diff = AssessmentDiff(from: pair.from.document, to: pair.to.document, checklist: checklist)
        state.history = nil
        context.modals.append(VersionHistory.document(pair, id: diff.lines(.id, checklist: checklist), en: diff.lines(.en, checklist: checklist)))
    }
}
