import SMEModel
import TerminalUI

/// The visit details a berita acara prints: the time the visit started, where it took place and
/// who received the assessor. Asked one after another; each answer is kept (and can be undone)
/// as soon as it is typed, and an empty answer clears the detail.
extension ScreenScope where State == AssessScreen {
    mutating func askVisitTime(_ value: String? = nil) {
        prompt(AssessScreen.Question.visitTime, title: Localized(id: "Kunjungan", en: "Visit"),
               label: Localized(id: "Jam mulai kunjungan (JJ:MM, 24 jam):", en: "Visit start time (HH:MM, 24-hour):"),
               value: value ?? state.assessment?.visitTime ?? "")
    }

    mutating func answerVisitDetail(_ question: AssessScreen.Question, _ text: String) {
        guard var assessment = state.assessment else { return }
        let value = text.isEmpty ? nil : text
        switch question {
        case .visitTime:
            if let value, !AssessmentValidator.isClockTime(value) {
                status = .error(Localized(id: "\"\(value)\" bukan jam JJ:MM, misalnya 09:30", en: "\"\(value)\" is not a time HH:MM, such as 09:30"))
                askVisitTime(value)
                return
            }
            assessment.visitTime = value
            prompt(AssessScreen.Question.visitAddress, title: Localized(id: "Kunjungan", en: "Visit"),
                   label: Localized(id: "Alamat tempat usaha:", en: "Address of the business:"), value: assessment.address ?? "")
        case .visitAddress:
            assessment.address = value
            prompt(AssessScreen.Question.personInCharge, title: Localized(id: "Kunjungan", en: "Visit"),
                   label: Localized(id: "Penanggung jawab yang menerima (kosong: pemilik terdaftar):",
                                    en: "Person in charge who received you (empty: the registered owner):"),
                   value: assessment.personInCharge ?? "")
        case .personInCharge:
            assessment.personInCharge = value
            status = .info(Localized(id: "Data kunjungan dicatat", en: "Visit details recorded"))
        default:
            return
        }
        if assessment != state.assessment { state.record(assessment) }
    }
}
