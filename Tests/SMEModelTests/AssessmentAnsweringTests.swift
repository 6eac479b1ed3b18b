import Testing
@testable import SMEModel

@Suite struct AssessmentAnsweringTests {
    let salon = ChecklistFixtures.salon()

    @Test func newAssessmentPinsTheTemplateRevision() {
        let assessment = Assessment.new(
            for: salon, businessID: "B-0042", assessor: Assessor(name: "Dewi"), date: "2020-07-28", key: "asm-1")
        #expect(
            assessment
                == Assessment(
                    formatVersion: 1, key: "asm-1", templateKey: "sop-salon", templateRevision: 2,
                    businessID: "B-0042", assessor: Assessor(name: "Dewi"), date: "2020-07-28", answers: [:],
                    notes: nil))
    }

    @Test func answeringKeepsNoteAndClearingRemovesAll() throws {
        let answered = try ChecklistFixtures.assessment()
            .answering("sal-002", with: .no)
            .noting("sal-002", "  masker di saku  ")
        #expect(answered.answers["sal-002"] == ItemAnswer(value: .no, note: "masker di saku"))
        let changed = answered.answering("sal-002", with: .yes)
        #expect(changed.answers["sal-002"] == ItemAnswer(value: .yes, note: "masker di saku"))
        #expect(try changed.noting("sal-002", " ").answers["sal-002"]?.note == nil)
        #expect(changed.answering("sal-002", with: nil).answers.isEmpty)
        #expect(answered.answers["sal-002"]?.value == .no)
    }

    @Test func notesAndActionsNeedAnAnswer() {
        let empty = ChecklistFixtures.assessment()
        #expect(throws: AssessmentEditError.unanswered("sal-001")) { try empty.noting("sal-001", "x") }
        #expect(throws: AssessmentEditError.unanswered("sal-001")) {
            try empty.withAction("sal-001", CorrectiveAction(text: "x", dueDate: "2020-08-04"))
        }
        #expect(throws: AssessmentEditError.invalidDate("2020-08-32")) {
            try empty.answering("sal-001", with: .no)
                .withAction("sal-001", CorrectiveAction(text: "x", dueDate: "2020-08-32"))
        }
    }

    @Test func proposedActionIsDueAfterDueDays() throws {
        let item = try #require(salon.item("sal-001"))
        let failed = ChecklistFixtures.assessment(["sal-001": .no])
        // 28 July + 7 days crosses into August.
        #expect(
            failed.proposedAction(for: item)
                == CorrectiveAction(text: "Sediakan tempat cuci tangan", dueDate: "2020-08-04", status: .open))
        #expect(failed.proposedAction(for: item, language: .en)?.text == "Install a hand-washing point")

        let withAction = try failed.withAction("sal-001", failed.proposedAction(for: item))
        #expect(withAction.answers["sal-001"]?.action?.dueDate == "2020-08-04")
        #expect(try withAction.withAction("sal-001", nil).answers["sal-001"]?.action == nil)

        #expect(ChecklistFixtures.assessment(["sal-001": .yes]).proposedAction(for: item) == nil)
        let noOnFail = try #require(salon.item("sal-002"))
        #expect(ChecklistFixtures.assessment(["sal-002": .no]).proposedAction(for: noOnFail) == nil)
        var badDate = failed
        badDate.date = "28-07-2020"
        #expect(badDate.proposedAction(for: item) == nil)
    }

    @Test func generalNotes() {
        #expect(ChecklistFixtures.assessment().withNotes(" tutup pukul 17 ").notes == "tutup pukul 17")
        #expect(ChecklistFixtures.assessment().withNotes("").notes == nil)
    }
}
