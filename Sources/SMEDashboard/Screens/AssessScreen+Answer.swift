import SMEModel
import TerminalUI

extension AppState {
    /// Separates the parts of a tag detail (prompt text never holds control characters).
    static let tagSeparator: Character = "\u{1F}"

    // MARK: - Answers

    /// Space: yes → no → not applicable → unanswered for yes/no items; other items open their prompt.
    mutating func cycleAnswer() {
        guard let item = assess.selectedItem, let assessment = assess.assessment else { return }
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
        assess.record(assessment.answering(item.key, with: next))
        if next == nil, answer?.note != nil || answer?.action != nil {
            status = .info(Localized(id: "Jawaban dihapus beserta catatan dan tindakannya (u membatalkan)",
                                     en: "Answer cleared with its note and action (u undoes)"))
        }
    }

    /// Enter or #: a number or text prompt, or a list of the answers of a yes/no item.
    mutating func enterAnswer() {
        guard let item = assess.selectedItem, let assessment = assess.assessment else { return }
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
            pick(ModalTag("assess-answer", item.key), title: title,
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
            prompt(ModalTag("assess-number", item.key), title: title,
                   label: Localized(id: "Angka\(unit)\(limitID) — kosong menghapus, tb = tidak berlaku",
                                    en: "Number\(unit)\(limitEN) — empty clears, na = not applicable"),
                   value: shown)
        case .text:
            let shown: String = if case .text(let words)? = value { words } else { "" }
            prompt(ModalTag("assess-text", item.key), title: title,
                   label: Localized(id: "Teks — kosong menghapus", en: "Text — empty clears"), value: shown)
        }
    }

    mutating func askNote() {
        guard let item = answeredSelection() else { return }
        prompt(ModalTag("assess-note", item.key), title: Localized(id: "Catatan \(item.key)", en: "Note on \(item.key)"),
               label: Localized(id: "Catatan — kosong menghapus", en: "Note — empty removes it"),
               value: assess.assessment?.answers[item.key]?.note ?? "")
    }

    /// `t`: the corrective action, pre-filled from the item's `onFail`; the due date comes next.
    mutating func askAction() {
        guard let item = answeredSelection() else { return }
        let existing = assess.assessment?.answers[item.key]?.action
        let proposed = item.onFail.map { language == .id ? $0.action : $0.actionEn }
        prompt(ModalTag("assess-action", item.key), title: Localized(id: "Tindakan perbaikan \(item.key)", en: "Corrective action for \(item.key)"),
               label: Localized(id: "Tindakan — kosong menghapus", en: "Action — empty removes it"),
               value: existing?.text ?? proposed ?? "")
    }

    /// The selected item when it has an answer; notes and actions belong to an answer.
    private mutating func answeredSelection() -> ChecklistItem? {
        guard let item = assess.selectedItem, let assessment = assess.assessment else { return nil }
        guard assessment.answers[item.key] != nil else {
            status = .error(AssessmentEditError.unanswered(item.key).message)
            return nil
        }
        return item
    }

    mutating func askAssessorName(thenSave: Bool) {
        let current = assess.assessment?.assessor ?? assess.assessor ?? options.assessor
        prompt(ModalTag("assess-assessor", thenSave ? "save" : ""), title: Localized(id: "Penilai", en: "Assessor"),
               label: Localized(id: "Nama penilai:", en: "Assessor's name:"), value: current?.name ?? "")
    }

    // MARK: - Prompt answers

    mutating func answerAssessPrompt(_ tag: ModalTag, _ typed: String) -> [Effect] {
        let text = typed.trimmingCharacters(in: .whitespaces)
        guard tag.name != "assess-assessor", tag.name != "assess-nip" else { return answerAssessor(tag, text) }
        guard var assessment = assess.assessment else { return [] }
        let parts = tag.detail.split(separator: Self.tagSeparator, maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let key = parts.first ?? ""
        guard let item = assess.checklist?.item(key) else { return [] }
        do {
            switch tag.name {
            case "assess-number":
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
                    if case .prompt(var prompt)? = modals.popLast() {
                        prompt.field = TextField(value: typed)
                        modals.append(.prompt(prompt))
                    }
                    return []
                }
            case "assess-text":
                assessment = assessment.answering(key, with: text.isEmpty ? nil : .text(text))
            case "assess-note":
                assessment = try assessment.noting(key, text)
            case "assess-action":
                guard !text.isEmpty else {
                    assessment = try assessment.withAction(key, nil)
                    break
                }
                let existing = assessment.answers[key]?.action?.dueDate
                let days = item.onFail?.dueDays ?? 7
                let proposed = ISODate(assessment.date)?.adding(days: days)?.description ?? options.today
                prompt(ModalTag("assess-due", key + String(Self.tagSeparator) + text),
                       title: Localized(id: "Tenggat tindakan \(key)", en: "Action due date for \(key)"),
                       label: Localized(id: "Tanggal (TTTT-BB-HH):", en: "Date (YYYY-MM-DD):"), value: existing ?? proposed)
                return []
            case "assess-due":
                guard ISODate(text) != nil else {
                    status = .error(AssessmentEditError.invalidDate(text).message)
                    prompt(tag, title: Localized(id: "Tenggat tindakan \(key)", en: "Action due date for \(key)"),
                           label: Localized(id: "Tanggal (TTTT-BB-HH):", en: "Date (YYYY-MM-DD):"), value: text)
                    return []
                }
                let previous = assessment.answers[key]?.action
                let action = CorrectiveAction(text: parts.count > 1 ? parts[1] : "", dueDate: text, status: previous?.status ?? .open)
                assessment = try assessment.withAction(key, action)
            default:
                return []
            }
        } catch {
            status = .error(error.message)
            return []
        }
        assess.record(assessment)
        return []
    }

    /// A typed answer for a number item ("37,5", "37.5 °C", "tb"); nil when it is not a number.
    private func numberAnswer(_ text: String, for item: ChecklistItem) -> AnswerValue? {
        if ["tb", "t.b.", "na", "n/a", "n.a."].contains(text.lowercased()) { return .notApplicable }
        var text = text
        for unit in [item.unit, "%"].compactMap({ $0 }) where !unit.isEmpty && text.hasSuffix(unit) {
            text = String(text.dropLast(unit.count)).trimmingCharacters(in: .whitespaces)
        }
        return AssessState.parseNumber(text).map { .number($0) }
    }

    private mutating func answerAssessor(_ tag: ModalTag, _ text: String) -> [Effect] {
        if tag.name == "assess-assessor" {
            guard !text.isEmpty else {
                status = .error(Localized(id: "Nama penilai tidak boleh kosong (Esc membatalkan)", en: "The assessor's name must not be empty (Esc cancels)"))
                askAssessorName(thenSave: tag.detail == "save")
                return []
            }
            let current = assess.assessment?.assessor ?? assess.assessor ?? options.assessor
            prompt(ModalTag("assess-nip", tag.detail + String(Self.tagSeparator) + text), title: Localized(id: "Penilai", en: "Assessor"),
                   label: Localized(id: "NIP (18 angka; boleh kosong):", en: "NIP (18 digits; may be empty):"), value: current?.nip ?? "")
            return []
        }
        let parts = tag.detail.split(separator: Self.tagSeparator, maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let assessor = Assessor(name: parts.count > 1 ? parts[1] : "", nip: text.isEmpty ? nil : text)
        assess.assessor = assessor
        if var assessment = assess.assessment {
            assessment.assessor = assessor
            assess.record(assessment)
        }
        status = .info(Localized(id: "Penilai: \(assessor.name)", en: "Assessor: \(assessor.name)"))
        return parts.first == "save" ? saveAssessment() : []
    }

    mutating func answerAssessConfirm(_ tag: ModalTag, _ choice: Int) -> [Effect] {
        switch tag.name {
        case "assess-discard" where choice == 0:
            if let business = Int(tag.detail) { startAssessment(of: business) }
        case "assess-conflict" where choice == 0:
            return saveAssessmentAsNewFile()
        case "assess-conflict":
            status = .info(Localized(id: "Belum disimpan; jawaban Anda tetap ada", en: "Not saved; your answers are kept"))
        default:
            break
        }
        return []
    }
}
