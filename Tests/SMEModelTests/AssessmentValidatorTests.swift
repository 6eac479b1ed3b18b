import Testing
@testable import SMEModel

@Suite struct AssessmentValidatorTests {
    let salon = ChecklistFixtures.salon()

    @Test func matchingAssessmentIsClean() throws {
        let assessment = try ChecklistFixtures.assessment(
            ["sal-001": .no, "sal-003": .number(36.6), "sal-004": .text("ok"), "sal-005": .notApplicable]
        ).withAction("sal-001", CorrectiveAction(text: "x", dueDate: "2020-08-04"))
        #expect(AssessmentValidator.validate(assessment, against: salon).isEmpty)
    }

    @Test func answersMustFitTheTemplate() {
        var assessment = ChecklistFixtures.assessment([
            "sal-001": .number(1), "sal-003": .yes, "sal-004": .no, "sal-099": .yes, "sal-007": .no,
        ])
        assessment.answers["sal-005"] = ItemAnswer(
            value: .yes, action: CorrectiveAction(text: "x", dueDate: "2020-02-30"))
        let issues = AssessmentValidator.validate(assessment, against: salon)
        #expect(
            issues.map(\.path) == [
                "answers.sal-001.number", "answers.sal-003.result", "answers.sal-004.result",
                "answers.sal-005.action.dueDate", "answers.sal-007", "answers.sal-099",
            ])
        #expect(issues[0].message.en == "a yes_no_na item takes result yes, no or na")
        #expect(issues[1].message.en == "a number item takes number (or result na)")
        #expect(issues[4].severity == .warning)
        #expect(issues[5].message.en == "template \"sop-salon\" revision 2 has no item \"sal-099\"")
    }

    @Test func headerFields() {
        var assessment = ChecklistFixtures.assessment()
        assessment.templateRevision = 1
        assessment.date = "2020-07-32"
        assessment.assessor = Assessor(name: "", nip: "1980")
        assessment.answers["kunci aneh\""] = ItemAnswer(value: .yes)
        assessment.answers["Sal_9"] = ItemAnswer(value: .yes)
        let issues = AssessmentValidator.validate(assessment, against: salon)
        #expect(
            issues.map(\.path) == [
                "templateRevision", "assessor.name", "assessor.nip", "date", "answers.Sal_9", #"answers["kunci aneh\""]"#,
            ])
        #expect(issues.map(\.severity) == [.warning, .error, .warning, .error, .error, .error])
        #expect(issues[0].message.en == "assessed with revision 1; the template is now at revision 2")
    }

    @Test func otherTemplateOrNewerFormat() {
        var assessment = ChecklistFixtures.assessment(["sal-001": .yes])
        assessment.templateKey = "sop-kuliner"
        #expect(
            AssessmentValidator.validate(assessment, against: salon).map(\.description) == [
                "templateKey: this assessment is for template \"sop-kuliner\", not \"sop-salon\""
            ])
        assessment.formatVersion = 3
        #expect(
            AssessmentValidator.validate(assessment, against: salon).map(\.description) == [
                "formatVersion: this file needs a newer smedash (format 3)"
            ])
    }

    @Test func groupedNIPIsAccepted() {
        var assessment = ChecklistFixtures.assessment()
        assessment.assessor.nip = "19800101 200501 2 001"
        #expect(AssessmentValidator.validate(assessment, against: salon).isEmpty)
    }
}
