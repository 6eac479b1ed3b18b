import Testing
@testable import SMEModel

/// An assessment with required items unanswered is "incomplete (answered/all)", never a score.
@Suite struct IncompleteAssessmentTests {
    private let scores = AssessmentScoreTests()

    /// The weighted test template with every item required, as the bundled templates have them.
    private func required(passPercent: Double = 60) -> Checklist {
        var template = scores.weighted(passPercent: passPercent)
        for index in template.sections[0].items.indices { template.sections[0].items[index].required = true }
        return template
    }

    @Test func oneOfThreeAnsweredIsIncompleteNotAHundredPercent() throws {
        let template = required()
        let score = AssessmentScore(checklist: template, assessment: scores.assessment(["uji-001": .yes], template: template))
        // The ratio over what was answered is 100%, and must not be shown or counted.
        #expect(score.score == 1)
        #expect(score.completeScore == nil)
        #expect(score.outcome == .incomplete)
        #expect(score.answeredCount == 1 && score.itemCount == 3)
        #expect(score.scoreText(.en) == "incomplete (1/3)")
        #expect(score.scoreText(.id) == "belum lengkap (1/3)")
        #expect(score.outcome.label(.id) == "BELUM LENGKAP")
    }

    @Test func aCompleteAssessmentKeepsItsScore() throws {
        let template = required()
        let score = AssessmentScore(
            checklist: template,
            assessment: scores.assessment(["uji-001": .yes, "uji-002": .no, "uji-003": .notApplicable], template: template))
        #expect(score.completeScore == 2.0 / 3.0)
        #expect(score.outcome == .passed)
        #expect(score.scoreText(.en) == "66.7%")
        #expect(score.scoreText(.id, decimals: 0) == "67%")
        let failing = AssessmentScore(
            checklist: required(passPercent: 70),
            assessment: scores.assessment(["uji-001": .yes, "uji-002": .no, "uji-003": .notApplicable], template: template))
        #expect(failing.outcome == .failed)
    }

    @Test func theLatestScoreOfABusinessIgnoresAnIncompleteAssessment() throws {
        let template = required()
        func file(_ key: String, date: String, _ answers: [String: AnswerValue]) -> AssessmentFile {
            var assessment = scores.assessment(answers, template: template)
            assessment.key = key
            assessment.date = date
            return AssessmentFile(path: key, assessment: assessment,
                                  stamp: FileStamp(device: 0, inode: 0, size: 0, modifiedNanoseconds: 0, contentHash: 0))
        }
        let library = ChecklistLibrary(
            templates: [ChecklistFile(path: "t", checklist: template,
                                      stamp: FileStamp(device: 0, inode: 0, size: 0, modifiedNanoseconds: 0, contentHash: 0))],
            assessments: [file("old", date: "2020-07-01", ["uji-001": .yes, "uji-002": .yes, "uji-003": .no]),
                          file("new", date: "2020-08-01", ["uji-001": .yes])])
        // The newest visit is incomplete: the business has no score, not 100%.
        let latest = library.latestScores(ofBusinesses: ["B-1"])
        #expect(latest.keys.sorted() == ["B-1"])
        #expect(latest["B-1"] == .some(nil))
    }
}
