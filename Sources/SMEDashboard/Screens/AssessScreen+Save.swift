import SMEModel
import TerminalUI

extension AppState {
    /// Ctrl+S: a new file the first time (it must not exist), then the same file expecting it
    /// unchanged since the last save. Asks for the assessor's name first when there is none.
    mutating func saveAssessment() -> [Effect] {
        guard let assessment = assess.assessment, let path = assess.path else { return [] }
        guard assess.isModified else {
            status = .info(assess.stamp == nil
                ? Localized(id: "Belum ada jawaban untuk disimpan", en: "There are no answers to save yet")
                : Localized(id: "Tidak ada perubahan untuk disimpan di \(displayPath(path))", en: "No changes to save in \(displayPath(path))"))
            return []
        }
        guard !assessment.assessor.name.trimmingCharacters(in: .whitespaces).isEmpty else {
            askAssessorName(thenSave: true)
            return []
        }
        return [.saveAssessment(path: path, assessment: assessment, expecting: assess.stamp)]
    }

    /// After a conflict: the same answers under the next unused key, as a new file.
    mutating func saveAssessmentAsNewFile() -> [Effect] {
        guard var assessment = assess.assessment, let index = assess.business,
              let business = data.registry.businesses[safe: index] else { return [] }
        let key = unusedAssessmentKey(for: business)
        assessment.key = key
        assess.assessment = assessment
        assess.path = assessmentPath(key)
        assess.stamp = nil
        return saveAssessment()
    }

    mutating func assessmentSaved(_ file: AssessmentFile) {
        data.store(file)
        guard file.path == assess.path, var assessment = assess.assessment else { return }
        // An exit save fills in a placeholder assessor; take it so the answers count as saved.
        if assessment.assessor.name.trimmingCharacters(in: .whitespaces).isEmpty {
            assessment.assessor = file.assessment.assessor
            assess.assessment = assessment
        }
        assess.stamp = file.stamp
        assess.baseline = file.assessment
        let score = assess.checklist.flatMap { AssessmentScore(checklist: $0, assessment: file.assessment).score }
        let percentID = score.map { " (skor \(NumberStyle(.id).percent($0)))" } ?? ""
        let percentEN = score.map { " (score \(NumberStyle(.en).percent($0)))" } ?? ""
        status = .success(Localized(id: "Tersimpan ke \(displayPath(file.path))\(percentID)",
                                    en: "Saved to \(displayPath(file.path))\(percentEN)"))
    }

    mutating func assessmentSaveFailed(path: String, message: Localized, isConflict: Bool) {
        guard path == assess.path else {
            status = .error(message)
            return
        }
        screen = .assess
        guard isConflict else {
            status = .error(Localized(id: "\(displayPath(path)) tidak disimpan", en: "\(displayPath(path)) was not saved"))
            showMessage(Localized(id: "Tidak disimpan", en: "Not saved"), [
                message,
                Localized(id: "Jawaban Anda tetap ada. Perbaiki masalahnya lalu tekan Ctrl+S lagi.",
                          en: "Your answers are kept. Fix the problem and press Ctrl+S again."),
            ])
            return
        }
        confirm(ModalTag("assess-conflict", path), title: Localized(id: "Berkas berubah di disk", en: "File changed on disk"),
                message: [Localized(id: "\(displayPath(path)) telah diubah oleh pihak lain sejak Anda menyimpannya.",
                                    en: "\(displayPath(path)) was changed by someone else since you saved it."),
                          Localized(id: "Jawaban Anda belum disimpan. Simpan ke berkas baru agar keduanya tetap ada.",
                                    en: "Your answers are not saved. Save them to a new file so both are kept.")],
                buttons: [Localized(id: "Simpan ke berkas baru", en: "Save to a new file"), Localized(id: "Batal", en: "Cancel")],
                cancelChoice: 1)
    }
}
