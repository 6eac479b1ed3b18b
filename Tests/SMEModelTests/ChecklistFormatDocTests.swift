import Foundation
import Testing
@testable import SMEModel

/// Keeps `docs/sop-format.md` honest: its examples must decode, validate cleanly and score as the
/// text says.
@Suite struct ChecklistFormatDocTests {
    func jsonExamples() throws -> [Data] {
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: repository.appendingPathComponent("docs/sop-format.md"), encoding: .utf8)
        return text.components(separatedBy: "```json\n").dropFirst().compactMap {
            $0.components(separatedBy: "```").first.map { Data($0.utf8) }
        }
    }

    /// The syntax error the page quotes is the one the program prints for such a file.
    @Test func theQuotedSyntaxMessageIsTheProgramsOwn() throws {
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: repository.appendingPathComponent("docs/sop-format.md"), encoding: .utf8)
        let broken = Data("{\n  \"a\": 1\n  \"b\": 2\n}\n".utf8)
        do {
            _ = try JSONDocument.decode(Checklist.self, from: broken, file: "kuliner.json")
            Issue.record("a missing comma was accepted")
        } catch {
            let message = try #require(error.description.split(separator: ": ", maxSplits: 1).last.map(String.init))
            #expect(message == "expected \",\" or \"}\"")
            #expect(text.contains("data/sop/kuliner.json:12:7: " + message))
        }
    }

    @Test func examplesDecodeValidateAndScore() throws {
        let examples = try jsonExamples()
        try #require(examples.count == 2)
        let checklist = try JSONDecoder().decode(Checklist.self, from: examples[0])
        let assessment = try JSONDecoder().decode(Assessment.self, from: examples[1])
        #expect(ChecklistValidator.validate(checklist).isEmpty)
        #expect(AssessmentValidator.validate(assessment, against: checklist).isEmpty)
        #expect(checklist.nextItemKey() == "kul-004")

        let score = AssessmentScore(checklist: checklist, assessment: assessment)
        // kul-001 (weight 2, critical) failed, kul-002 (weight 1) passed at 36.6 °C.
        #expect(score.score == 1.0 / 3.0)
        #expect(score.failedCritical == ["kul-001"])
        #expect(score.isComplete && !score.passed)
        let item = try #require(checklist.item("kul-001"))
        #expect(assessment.proposedAction(for: item)?.dueDate == assessment.answers["kul-001"]?.action?.dueDate)
    }

    @Test func encodedAnswersHaveTheDocumentedShape() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let answers = [
            ItemAnswer(value: .notApplicable),
            ItemAnswer(value: .number(36.5), note: "pagi"),
            ItemAnswer(value: .text("ok"), action: CorrectiveAction(text: "x", dueDate: "2020-08-04")),
        ]
        let encoded = try answers.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        #expect(
            encoded == [
                #"{"result":"na"}"#, #"{"note":"pagi","number":36.5}"#,
                #"{"action":{"dueDate":"2020-08-04","status":"open","text":"x"},"text":"ok"}"#,
            ])
    }
}
