import SMEModel
import TerminalUI

extension ScreenScope where State == AssessScreen {
    /// Ctrl+S: a new file the first time (it must not exist), then the same file expecting it
    /// unchanged since the last save. Asks for the assessor's name first when there is none.
    mutating func saveAssessment() -> [Effect] {
        guard let assessment = state.assessment, let path = state.path else { return [] }
        guard state.isModified(in: data) else {
            status = .info(state.stamp(in: data) == nil
                ? Localized(id: "Belum ada jawaban untuk disimpan", en: "There are no answers to save yet")
                : Localized(id: "Tidak ada perubahan untuk disimpan di \(displayPath(path))", en: "No changes to save in \(displayPath(path))"))
            return []
        }
        guard !assessment.assessor.name.trimmingCharacters(in: .whitespaces).isEmpty else {
            askAssessorName(thenSave: true)
            return []
        }
        return [.saveAssessment(path: path, assessment: assessment, expecting: state.stamp(in: data))]
    }

    /// After a conflict: the same answers under the next unused key, as a new file.
    mutating func saveAssessmentAsNewFile() -> [Effect] {
        guard var assessment = state.assessment, let index = state.business,
              let business = data.registry.businesses[safe: index] else { return [] }
        let key = unusedAssessmentKey(for: business)
        assessment.key = key
        state.assessment = assessment
        state.path = assessmentPath(key)
        return saveAssessment()
    }

    /// The dashboard's data already holds the saved file.
    mutating func assessmentSaved(_ file: AssessmentFile) {
        guard file.path == state.path, var assessment = state.assessment else { return }
        // An exit save fills in a placeholder assessor; take it so the answers count as saved.
        if assessment.assessor.name.trimmingCharacters(in: .whitespaces).isEmpty {
            assessment.assessor = file.assessment.assessor
            state.assessment = assessment
        }
        let score = state.checklist.map { AssessmentScore(checklist: $0, assessment: file.assessment) }
        let percentID = score.map { $0.isComplete ? " (skor \($0.scoreText(.id)))" : " (\($0.scoreText(.id)))" } ?? ""
        let percentEN = score.map { $0.isComplete ? " (score \($0.scoreText(.en)))" : " (\($0.scoreText(.en)))" } ?? ""
        status = .success(Localized(id: "Tersimpan ke \(displayPath(file.path))\(percentID)",
                                    en: "Saved to \(displayPath(file.path))\(percentEN)"))
    }

    mutating func assessmentSaveFailed(_ failure: SaveFailure) {
        guard failure.path == state.path else {
            status = .error(failure.message)
            return
        }
        context.showScreen = .assess
        showSaveFailure(failure, kept: SaveFailureWords.answers, conflict: AssessScreen.Question.conflict(path: failure.path),
                        choices: [DialogButton(Localized(id: "Simpan ke berkas baru", en: "Save to a new file"), .saveNewFile), .cancel],
                        selected: .saveNewFile, explanation: Localized(id: "Simpan ke berkas baru agar keduanya tetap ada.",
                                               en: "Save them to a new file so both are kept."))
    }
}
