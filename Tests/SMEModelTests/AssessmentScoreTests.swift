import Testing
@testable import SMEModel

@Suite struct AssessmentScoreTests {
    /// Three yes/no items weighted 2, 1, 1 in one section.
    func weighted(passPercent: Double = 60) -> Checklist {
        Checklist(
            key: "sop-uji", sector: "food", revision: 1, status: .published, effectiveFrom: "2020-07-01",
            title: "Uji", titleEn: "Test", legalBasis: [], passPercent: passPercent, keyPrefix: "uji",
            sections: [
                ChecklistSection(
                    key: "semua", title: "Semua", titleEn: "All",
                    items: [
                        ChecklistItem(key: "uji-001", text: "a", textEn: "a", weight: 2, source: ""),
                        ChecklistItem(key: "uji-002", text: "b", textEn: "b", weight: 1, source: ""),
                        ChecklistItem(key: "uji-003", text: "c", textEn: "c", weight: 1, source: ""),
                    ])
            ])
    }

    func assessment(_ answers: [String: AnswerValue], template: Checklist) -> Assessment {
        Assessment.new(for: template, businessID: "B-1", assessor: Assessor(name: "A"), date: "2020-07-28", key: "a")
            .answeringAll(answers)
    }

    @Test func weightedScoreLeavesNotApplicableOut() throws {
        let template = weighted()
        let score = AssessmentScore(
            checklist: template,
            assessment: assessment(["uji-001": .yes, "uji-002": .no, "uji-003": .notApplicable], template: template))
        // 2 earned of 2 + 1 possible; the N/A item's weight is in neither sum.
        #expect(score.earnedWeight == 2 && score.possibleWeight == 3)
        #expect(try #require(score.score) == 2.0 / 3.0)
        #expect(NumberStyle(.en).percent(try #require(score.score)) == "66.7%")
        #expect(score.items.map(\.result) == [.pass, .fail, .notApplicable])
        #expect(score.failedItems == ["uji-002"])
        #expect(score.passed)
        #expect(!AssessmentScore(
            checklist: weighted(passPercent: 70),
            assessment: assessment(["uji-001": .yes, "uji-002": .no, "uji-003": .notApplicable], template: template)
        ).passed)
    }

    @Test func passMarkIsInclusiveWithoutRoundingDoubt() {
        // Five items of weight 1, four passed: exactly 80%.
        var template = weighted(passPercent: 80)
        template.sections[0].items = (1...5).map {
            ChecklistItem(key: "uji-00\($0)", text: "x", textEn: "x", source: "")
        }
        let answers: [String: AnswerValue] = [
            "uji-001": .yes, "uji-002": .yes, "uji-003": .yes, "uji-004": .yes, "uji-005": .no,
        ]
        let score = AssessmentScore(checklist: template, assessment: assessment(answers, template: template))
        #expect(score.score == 0.8)
        #expect(score.meetsPassMark && score.passed)
    }

    @Test func salonScoreBySection() throws {
        let salon = ChecklistFixtures.salon()
        let answers: [String: AnswerValue] = [
            "sal-001": .yes, "sal-002": .no, "sal-003": .number(38.1), "sal-004": .text("ramai"),
        ]
        let score = AssessmentScore(checklist: salon, assessment: ChecklistFixtures.assessment(answers))
        #expect(score.items.map(\.result) == [.pass, .fail, .fail, .unscored, .unanswered])
        // persiapan: 2 of 3; layanan: 0 of 1 (text and unanswered left out); overall 2 of 4.
        #expect(score.sections.map(\.earnedWeight) == [2, 0])
        #expect(score.sections.map(\.possibleWeight) == [3, 1])
        #expect(score.section("persiapan")?.score == 2.0 / 3.0)
        #expect(score.section("layanan")?.score == 0)
        #expect(score.sections.map(\.answeredCount) == [2, 2])
        #expect(score.score == 0.5)
        #expect(score.failedItems == ["sal-002", "sal-003"])
        #expect(score.failedCritical.isEmpty)
        #expect(score.isComplete)
        #expect(!score.passed)
        #expect(score.count(.fail) == 2 && score.count(.unanswered) == 1)
        #expect(score.result(for: "sal-004") == .unscored)
    }

    @Test func numberThresholdIsStrict() {
        let item = ChecklistFixtures.salon().item("sal-003")
        #expect(item?.result(for: .number(37.3)) == .pass)
        #expect(item?.result(for: .number(37.31)) == .fail)
        #expect(item?.result(for: .notApplicable) == .notApplicable)
        // A yes/no answer to a number item is not a valid answer.
        #expect(item?.result(for: .yes) == .unanswered)
        #expect(item?.result(for: nil) == .unanswered)
    }

    @Test func failedCriticalFailsWhateverTheScore() {
        var salon = ChecklistFixtures.salon()
        salon.passPercent = 0
        let answers: [String: AnswerValue] = ["sal-001": .no, "sal-003": .number(36.5)]
        let score = AssessmentScore(checklist: salon, assessment: ChecklistFixtures.assessment(answers))
        #expect(score.failedCritical == ["sal-001"])
        #expect(score.isComplete && score.meetsPassMark)
        #expect(!score.passed)
    }

    @Test func incompleteAssessmentDoesNotPass() {
        let answers: [String: AnswerValue] = ["sal-001": .yes, "sal-002": .yes, "sal-005": .yes]
        let score = AssessmentScore(
            checklist: ChecklistFixtures.salon(), assessment: ChecklistFixtures.assessment(answers))
        #expect(score.score == 1)
        #expect(score.unansweredRequired == ["sal-003"])
        #expect(!score.isComplete && !score.passed)
    }

    @Test func nothingScorableGivesNoScore() {
        let answers: [String: AnswerValue] = [
            "sal-001": .notApplicable, "sal-003": .notApplicable, "sal-004": .text("tutup"),
        ]
        let score = AssessmentScore(
            checklist: ChecklistFixtures.salon(), assessment: ChecklistFixtures.assessment(answers))
        #expect(score.score == nil)
        #expect(score.sections.allSatisfy { $0.score == nil })
        #expect(score.isComplete)
        #expect(!score.passed)
    }

    @Test func answersToUnknownItemsAreIgnored() {
        let answers: [String: AnswerValue] = ["sal-099": .no, "sal-002": .yes]
        let score = AssessmentScore(
            checklist: ChecklistFixtures.salon(), assessment: ChecklistFixtures.assessment(answers))
        #expect(score.failedItems.isEmpty)
        #expect(score.score == 1)
        #expect(score.items.count == 5)
    }
}

extension Assessment {
    fileprivate func answeringAll(_ values: [String: AnswerValue]) -> Assessment {
        values.reduce(self) { $0.answering($1.key, with: $1.value) }
    }
}
