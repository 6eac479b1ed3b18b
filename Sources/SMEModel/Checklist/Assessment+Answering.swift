import Foundation

/// Pure updates of an assessment, so the assessment screen can keep snapshots for undo.
extension Assessment {
    /// An empty assessment pinned to the checklist's key and revision.
    public static func new(
        for checklist: Checklist, businessID: String, assessor: Assessor, date: String, key: String
    ) -> Assessment {
        Assessment(
            key: key, templateKey: checklist.key, templateRevision: checklist.revision,
            businessID: businessID, assessor: assessor, date: date)
    }

    /// The assessment with the item answered; nil clears the answer with its note and action.
    /// Changing an answer keeps its note and action.
    public func answering(_ itemKey: String, with value: AnswerValue?) -> Assessment {
        var copy = self
        if let value {
            var answer = answers[itemKey] ?? ItemAnswer(value: value)
            answer.value = value
            copy.answers[itemKey] = answer
        } else {
            copy.answers[itemKey] = nil
        }
        return copy
    }

    /// The assessment with a note on an answered item; nil or blank removes the note.
    public func noting(_ itemKey: String, _ note: String?) throws(AssessmentEditError) -> Assessment {
        guard answers[itemKey] != nil else { throw .unanswered(itemKey) }
        var copy = self
        copy.answers[itemKey]?.note = Self.blankToNil(note)
        return copy
    }

    /// The assessment with a corrective action on an answered item; nil removes it.
    public func withAction(
        _ itemKey: String, _ action: CorrectiveAction?
    ) throws(AssessmentEditError) -> Assessment {
        guard answers[itemKey] != nil else { throw .unanswered(itemKey) }
        if let action, ISODate(action.dueDate) == nil { throw .invalidDate(action.dueDate) }
        var copy = self
        copy.answers[itemKey]?.action = action
        return copy
    }

    /// The assessment with its general notes replaced; nil or blank removes them.
    public func withNotes(_ notes: String?) -> Assessment {
        var copy = self
        copy.notes = Self.blankToNil(notes)
        return copy
    }

    /// How the item came out in this assessment.
    public func result(of item: ChecklistItem) -> ItemResult {
        item.result(for: answers[item.key]?.value)
    }

    /// The action the template proposes for a failed item, due `dueDays` after the visit.
    /// Nil when the item did not fail, has no `onFail`, or the visit date is not a valid ISO date.
    public func proposedAction(for item: ChecklistItem, language: Language = .id) -> CorrectiveAction? {
        guard result(of: item) == .fail, let onFail = item.onFail,
            let due = ISODate(date)?.adding(days: onFail.dueDays)
        else { return nil }
        return CorrectiveAction(
            text: language == .id ? onFail.action : onFail.actionEn, dueDate: due.description)
    }

    private static func blankToNil(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
            return nil
        }
        return trimmed
    }
}
