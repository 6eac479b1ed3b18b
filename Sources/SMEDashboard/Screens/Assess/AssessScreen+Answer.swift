import SMEModel
import TerminalUI

extension ScreenScope where State == AssessScreen {
    // MARK: - Answers

    /// Space: yes → no → not applicable → unanswered for yes/no items; other items open their prompt.
    mutating func cycleAnswer() {
        guard let item = state.selectedItem, let assessment = state.assessment else { return }
        guard item.type == .yesNoNA else {
            enterAnswer()
            return
        }
        let answer = assessment.answers[item.key]
        let next: AnswerValue? = switch answer?.value {
        case nil: .yes
        case .yes?: .no
        case .no?: .notApplicable
        case .notApplicable?: nil
        default: .yes
        }
        state.record(assessment.answering(item.key, with: next))
        // On to the next item, so a walk down the checklist is one Space per item; k and Space
        // again gives the next answer in the cycle.
        _ = runList(.moveDown)
        if next == nil, answer?.note != nil || answer?.action != nil {
            status = .info(Localized(id: "Jawaban dihapus beserta catatan dan tindakannya (u membatalkan)",
                                     en: "Answer cleared with its note and action (u undoes)"))
        }
    }

    /// Enter or #: a number or text prompt, or a list of the answers of a yes/no item.
    mutating func enterAnswer() {
        guard let item = state.selectedItem, let assessment = state.assessment else { return }
        let value = assessment.answers[item.key]?.value
        let title = Localized(id: "\(item.key): \(item.text)", en: "\(item.key): \(item.textEn)")
        switch item.type {
        case .yesNoNA:
            let current: Int = switch value {
            case .yes?: 0
            case .no?: 1
            case .notApplicable?: 2
            default: 3
            }
            pick(AssessScreen.Question.answer(itemKey: item.key), title: title,
                 options: [Localized(id: "Ya", en: "Yes"), Localized(id: "Tidak", en: "No"),
                           Localized(id: "Tidak berlaku", en: "Not applicable"), Localized(id: "Belum dijawab", en: "Unanswered")],
                 selection: current)
        case .number:
            let shown: String = switch value {
            case .number(let number)?: AnswerText.number(number, language)
            case .notApplicable?: text("tb", "na")
            default: ""
            }
            let unit = item.unit.map { " (\($0))" } ?? ""
            let limitID = AnswerText.failCondition(item, .id).map { "; " + $0 } ?? ""
            let limitEN = AnswerText.failCondition(item, .en).map { "; " + $0 } ?? ""
            prompt(AssessScreen.Question.number(itemKey: item.key), title: title,
                   label: Localized(id: "Angka\(unit)\(limitID) — kosong menghapus, tb = tidak berlaku",
                                    en: "Number\(unit)\(limitEN) — empty clears, na = not applicable"),
                   value: shown)
        case .text:
            let shown: String = if case .text(let words)? = value { words } else { "" }
            prompt(AssessScreen.Question.text(itemKey: item.key), title: title,
                   label: Localized(id: "Teks — kosong menghapus", en: "Text — empty clears"), value: shown)
        }
    }

    mutating func askNote() {
        guard let item = answeredSelection() else { return }
        prompt(AssessScreen.Question.note(itemKey: item.key), title: Localized(id: "Catatan \(item.key)", en: "Note on \(item.key)"),
               label: Localized(id: "Catatan — kosong menghapus", en: "Note — empty removes it"),
               value: state.assessment?.answers[item.key]?.note ?? "")
    }

    /// `t`: the corrective action, pre-filled from the item's `onFail`; the due date comes next.
    mutating func askAction() {
        guard let item = answeredSelection() else { return }
        let existing = state.assessment?.answers[item.key]?.action
        let proposed = item.onFail.map { language == .id ? $0.action : $0.actionEn }
        prompt(AssessScreen.Question.action(itemKey: item.key), title: Localized(id: "Tindakan perbaikan \(item.key)", en: "Corrective action for \(item.key)"),
               label: Localized(id: "Tindakan — kosong menghapus", en: "Action — empty removes it"),
               value: existing?.text ?? proposed ?? "")
    }

    /// The selected item when it has an answer; notes and actions belong to an answer.
    private mutating func answeredSelection() -> ChecklistItem? {
        guard let item = state.selectedItem, let assessment = state.assessment else { return nil }
        guard assessment.answers[item.key] != nil else {
            status = .error(AssessmentEditError.unanswered(item.key).message)
            return nil
        }
        return item
    }

    mutating func askAssessorName(thenSave: Bool) {
        let current = state.assessment?.assessor ?? state.assessor ?? options.assessor
        prompt(AssessScreen.Question.assessorName(thenSave: thenSave), title: Localized(id: "Penilai", en: "Assessor"),
               label: Localized(id: "Nama penilai:", en: "Assessor's name:"), value: current?.name ?? "")
    }

    // MARK: - Prompt answers

    mutating func answerPrompt(_ question: AssessScreen.Question, _ typed: String) -> [Effect] {
        let text = typed.trimmingCharacters(in: .whitespaces)
        let key: String
        switch question {
        case .assessorName(let thenSave): return answerAssessorName(text, thenSave: thenSave)
        case .assessorNIP(let name, let thenSave): return answerAssessorNIP(text, name: name, thenSave: thenSave)
        case .assessorRank(let name, let nip, let thenSave): return answerAssessorRank(text, name: name, nip: nip, thenSave: thenSave)
        case .visitTime, .visitAddress, .personInCharge: answerVisitDetail(question, text); return []
        case .number(let item), .text(let item), .note(let item), .action(let item), .dueDate(let item, _): key = item
        case .business, .saved, .answer, .discard, .conflict, .historyFrom, .historyTo: return []
        }
        guard var assessment = state.assessment, let item = state.checklist?.item(key) else { return [] }
        do {
            switch question {
            case .number:
                if text.isEmpty {
                    assessment = assessment.answering(key, with: nil)
                } else if let value = numberAnswer(text, for: item) {
                    assessment = assessment.answering(key, with: value)
                } else {
                    let old = assessment.answers[key]?.value
                    status = .error(Localized(
                        id: "\"\(text)\" bukan angka; jawaban tetap \(AnswerText.value(old, unit: item.unit, .id))",
                        en: "\"\(text)\" is not a number; the answer stays \(AnswerText.value(old, unit: item.unit, .en))"))
                    // Open again with what was typed, so a slip is fixed rather than retyped.
                    enterAnswer()
                    if case .prompt(var prompt)? = context.modals.popLast() {
                        prompt.field = TextField(value: typed)
                        context.modals.append(.prompt(prompt))
                    }
                    return []
                }
            case .text:
                assessment = assessment.answering(key, with: text.isEmpty ? nil : .text(text))
            case .note:
                assessment = try assessment.noting(key, text)
            case .action:
                guard !text.isEmpty else {
                    assessment = try assessment.withAction(key, nil)
                    break
                }
                let existing = assessment.answers[key]?.action?.dueDate
                let days = item.onFail?.dueDays ?? 7
                let proposed = ISODate(assessment.date)?.adding(days: days)?.description ?? options.today
                prompt(AssessScreen.Question.dueDate(itemKey: key, action: text),
                       title: Localized(id: "Tenggat tindakan \(key)", en: "Action due date for \(key)"),
                       label: Localized(id: "Tanggal (HH/BB/TTTT atau TTTT-BB-HH):", en: "Date (DD/MM/YYYY or YYYY-MM-DD):"), value: existing ?? proposed)
                return []
            case .dueDate(_, let actionText):
                guard let due = ISODate(typed: text) else {
                    status = .error(Localized(
                        id: "\"\(text)\" bukan tanggal yang sah; tulis 10/12/2026 atau 2026-12-10",
                        en: "\"\(text)\" is not a valid date; write 10/12/2026 (day first) or 2026-12-10"))
                    prompt(question, title: Localized(id: "Tenggat tindakan \(key)", en: "Action due date for \(key)"),
                           label: Localized(id: "Tanggal (HH/BB/TTTT atau TTTT-BB-HH):", en: "Date (DD/MM/YYYY or YYYY-MM-DD):"), value: text)
                    return []
                }
                // The error about an earlier try goes once the date is right.
                if status?.kind == .error { status = nil }
                let previous = assessment.answers[key]?.action
                let action = CorrectiveAction(text: actionText, dueDate: due.description, status: previous?.status ?? .open)
                assessment = try assessment.withAction(key, action)
            default:
                return []
            }
        } catch {
            status = .error(error.message)
            return []
        }
        state.record(assessment)
        return []
    }

    /// A typed answer for a number item ("37,5", "37.5 °C", "tb"); nil when it is not a number.
    private func numberAnswer(_ text: String, for item: ChecklistItem) -> AnswerValue? {
        if ["tb", "t.b.", "na", "n/a", "n.a."].contains(text.lowercased()) { return .notApplicable }
        var text = text
        for unit in [item.unit, "%"].compactMap({ $0 }) where !unit.isEmpty && text.hasSuffix(unit) {
            text = String(text.dropLast(unit.count)).trimmingCharacters(in: .whitespaces)
        }
        return AssessScreen.parseNumber(text).map { .number($0) }
    }

    private mutating func answerAssessorName(_ text: String, thenSave: Bool) -> [Effect] {
        guard !text.isEmpty else {
            status = .error(Localized(id: "Nama penilai tidak boleh kosong (Esc membatalkan)", en: "The assessor's name must not be empty (Esc cancels)"))
            askAssessorName(thenSave: thenSave)
            return []
        }
        let current = state.assessment?.assessor ?? state.assessor ?? options.assessor
        prompt(AssessScreen.Question.assessorNIP(name: text, thenSave: thenSave), title: Localized(id: "Penilai", en: "Assessor"),
               label: Localized(id: "NIP (18 angka; boleh kosong):", en: "NIP (18 digits; may be empty):"), value: current?.nip ?? "")
        return []
    }

    private mutating func answerAssessorNIP(_ text: String, name: String, thenSave: Bool) -> [Effect] {
        let current = state.assessment?.assessor ?? state.assessor ?? options.assessor
        prompt(AssessScreen.Question.assessorRank(name: name, nip: text.isEmpty ? nil : text, thenSave: thenSave),
               title: Localized(id: "Penilai", en: "Assessor"),
               label: Localized(id: "Pangkat/golongan (mis. Penata Muda Tk. I (III/b); boleh kosong):",
                                en: "Rank, pangkat/golongan (e.g. Penata Muda Tk. I (III/b); may be empty):"),
               value: current?.rank ?? "")
        return []
    }

    private mutating func answerAssessorRank(_ text: String, name: String, nip: String?, thenSave: Bool) -> [Effect] {
        let assessor = Assessor(name: name, nip: nip, rank: text.isEmpty ? nil : text)
        state.assessor = assessor
        if var assessment = state.assessment {
            assessment.assessor = assessor
            state.record(assessment)
        }
        status = .info(Localized(id: "Penilai: \(assessor.name)", en: "Assessor: \(assessor.name)"))
        return thenSave ? saveAssessment() : []
    }

    mutating func answerQuestion(_ question: AssessScreen.Question, _ choice: DialogChoice) -> [Effect] {
        switch (question, choice) {
        case (.discard(let business), .discard):
            startAssessment(of: business)
        case (.conflict, .saveNewFile):
            return saveAssessmentAsNewFile()
        case (.conflict, _):
            status = .info(SaveFailureWords.notSaved(SaveFailureWords.answers))
        default:
            break
        }
        return []
    }
}
