/// Checks a decoded assessment against the checklist template it claims to use.
public enum AssessmentValidator {
    /// Every problem found, errors and warnings: header fields first, then answers in the
    /// checklist's display order, then answers to items the checklist does not have.
    public static func validate(_ assessment: Assessment, against checklist: Checklist) -> [ValidationIssue] {
        if assessment.formatVersion > Assessment.currentFormatVersion {
            return [ChecklistValidator.newerFormatIssue(assessment.formatVersion)]
        }
        var issues: [ValidationIssue] = []
        if assessment.formatVersion < 1 {
            issues.append(
                ValidationIssue(
                    path: "formatVersion",
                    message: Localized(
                        id: "versi format harus paling sedikit 1", en: "format version must be at least 1")))
        }
        ChecklistValidator.checkKey(assessment.key, at: "key", into: &issues)
        // Reports and exports name their files after the business.
        if let problem = SafeName.problem(assessment.businessID) {
            issues.append(ValidationIssue(path: "businessID", message: Localized(
                id: "tidak dapat dipakai sebagai pengenal usaha: \(problem.id)",
                en: "cannot be used as a business identifier: \(problem.en)")))
        }
        if assessment.templateKey != checklist.key {
            issues.append(
                ValidationIssue(
                    path: "templateKey",
                    message: Localized(
                        id: "penilaian ini untuk templat \"\(assessment.templateKey)\", bukan \"\(checklist.key)\"",
                        en: "this assessment is for template \"\(assessment.templateKey)\", not \"\(checklist.key)\"")))
            // Answers cannot be matched against a different template.
            return issues
        }
        let isOtherRevision = assessment.templateRevision != checklist.revision
        if isOtherRevision {
            issues.append(
                ValidationIssue(
                    .warning, path: "templateRevision",
                    message: Localized(
                        id: "dinilai dengan revisi \(assessment.templateRevision), templat kini revisi \(checklist.revision)",
                        en: "assessed with revision \(assessment.templateRevision); the template is now at revision \(checklist.revision)")))
        }
        ChecklistValidator.checkText(assessment.businessID, at: "businessID", into: &issues)
        ChecklistValidator.checkText(assessment.assessor.name, at: "assessor.name", into: &issues)
        if let nip = assessment.assessor.nip, !isPlausibleNIP(nip) {
            issues.append(
                ValidationIssue(
                    .warning, path: "assessor.nip",
                    message: Localized(
                        id: "NIP biasanya 18 angka, ditemukan \"\(nip)\"",
                        en: "a NIP is normally 18 digits, found \"\(nip)\"")))
        }
        ChecklistValidator.checkDate(assessment.date, at: "date", into: &issues)
        if let time = assessment.visitTime, !Self.isClockTime(time) {
            issues.append(ValidationIssue(path: "visitTime", message: Localized(
                id: "jam kunjungan harus JJ:MM (24 jam), misalnya 09:30", en: "visit time must be HH:MM (24-hour), such as 09:30")))
        }

        for item in checklist.items {
            if let answer = assessment.answers[item.key] {
                checkAnswer(answer, for: item, at: ValidationIssue.member("answers", item.key), into: &issues)
            }
        }
        let retired = Set(checklist.retiredKeys ?? [])
        // A set, not `checklist.item(_:)`: a large template answered in full was quadratic.
        let known = Set(checklist.items.map(\.key))
        for key in assessment.answers.keys.sorted() where !known.contains(key) {
            let path = ValidationIssue.member("answers", key)
            if retired.contains(key) {
                issues.append(
                    ValidationIssue(
                        .warning, path: path,
                        message: Localized(
                            id: "butir \"\(key)\" sudah dihapus dari templat",
                            en: "item \"\(key)\" has been removed from the template")))
            } else {
                issues.append(
                    ValidationIssue(
                        path: path,
                        message: Localized(
                            id: "templat \"\(checklist.key)\" revisi \(checklist.revision) tidak memiliki butir \"\(key)\"",
                            en: "template \"\(checklist.key)\" revision \(checklist.revision) has no item \"\(key)\"")))
            }
        }
        return issues
    }

    private static func checkAnswer(
        _ answer: ItemAnswer, for item: ChecklistItem, at path: String, into issues: inout [ValidationIssue]
    ) {
        if !item.accepts(answer.value) {
            let expected: Localized =
                switch item.type {
                case .yesNoNA: Localized(id: "result yes, no atau na", en: "result yes, no or na")
                case .number: Localized(id: "number (atau result na)", en: "number (or result na)")
                case .text: Localized(id: "text (atau result na)", en: "text (or result na)")
                }
            issues.append(
                ValidationIssue(
                    path: path + "." + field(of: answer.value),
                    message: Localized(
                        id: "butir \(item.type.rawValue) memerlukan \(expected.id)",
                        en: "a \(item.type.rawValue) item takes \(expected.en)")))
        }
        if let action = answer.action {
            ChecklistValidator.checkText(action.text, at: path + ".action.text", into: &issues)
            ChecklistValidator.checkDate(action.dueDate, at: path + ".action.dueDate", into: &issues)
        }
    }

    /// The JSON member that holds a value, so the path points at the offending line.
    private static func field(of value: AnswerValue) -> String {
        switch value {
        case .yes, .no, .notApplicable: "result"
        case .number: "number"
        case .text: "text"
        }
    }

    /// 18 digits, optionally grouped with spaces as printed on civil-servant cards.
    private static func isPlausibleNIP(_ nip: String) -> Bool {
        let digits = nip.filter { $0 != " " }
        return digits.count == 18 && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }
}

extension AssessmentValidator {
    /// "09:30", "23:59": two-digit hours and minutes on a 24-hour clock.
    public static func isClockTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]) else { return false }
        return (0...23).contains(hour) && (0...59).contains(minute)
    }
}
