import Testing
@testable import SMEModel

@Suite struct ChecklistValidatorTests {
    @Test func fixtureIsClean() {
        #expect(ChecklistValidator.validate(ChecklistFixtures.salon()).isEmpty)
    }

    @Test func keyPattern() {
        for good in ["a", "sal-014", "sop-kuliner", "0-a", String(repeating: "a", count: 48)] {
            #expect(ChecklistValidator.isValidKey(good), "\(good)")
        }
        for bad in ["", "-a", "Sal-014", "sal_014", "sal 014", "salón", String(repeating: "a", count: 49)] {
            #expect(!ChecklistValidator.isValidKey(bad), "\(bad)")
        }
    }

    @Test func duplicateKeyIsReportedAtTheSecondOne() {
        var checklist = ChecklistFixtures.salon()
        checklist.sections[1].items[2].key = "sal-002"
        checklist.sections[1].key = "persiapan"
        let issues = ChecklistValidator.validate(checklist)
        #expect(
            issues == [
                ValidationIssue(
                    path: "sections[1].key",
                    message: Localized(id: "kunci \"persiapan\" ganda", en: "duplicate key \"persiapan\"")),
                ValidationIssue(
                    path: "sections[1].items[2].key",
                    message: Localized(id: "kunci \"sal-002\" ganda", en: "duplicate key \"sal-002\"")),
            ])
        #expect(issues[1].description == "sections[1].items[2].key: duplicate key \"sal-002\"")
    }

    @Test func itemRules() {
        var checklist = ChecklistFixtures.salon()
        checklist.sections[0].items[0].textEn = " "
        checklist.sections[0].items[1].weight = -1
        checklist.sections[0].items[1].failIf = FailCondition(gt: 1)
        checklist.sections[1].items[0].failIf = nil
        checklist.sections[1].items[1].weight = 1
        checklist.sections[1].items[2].key = "Sal-5"
        checklist.sections[1].items[2].unit = "kg"
        let paths = ChecklistValidator.validate(checklist).map(\.path)
        #expect(
            paths == [
                "sections[0].items[0].textEn",
                "sections[0].items[1].weight",
                "sections[0].items[1].failIf",
                "sections[1].items[0].failIf",
                "sections[1].items[1].weight",
                "sections[1].items[2].key",
                "sections[1].items[2].unit",
            ])
    }

    @Test func rootRules() {
        var checklist = ChecklistFixtures.salon()
        checklist.passPercent = 120
        checklist.revision = 0
        checklist.effectiveFrom = "1 Juli 2020"
        checklist.retiredKeys = ["sal-007", "sal-005"]
        let issues = ChecklistValidator.validate(checklist)
        #expect(issues.map(\.path) == ["revision", "effectiveFrom", "passPercent", "sections[1].items[2].key"])
        #expect(issues[2].message.en == "passPercent must be within 0–100, found 120")
        #expect(
            issues[3].message.en == "key \"sal-005\" is retired (retiredKeys) and must not be used again")
        #expect(issues.allSatisfy { $0.isError })
    }

    @Test func newerFormatStopsValidation() {
        var checklist = ChecklistFixtures.salon()
        checklist.formatVersion = 2
        checklist.passPercent = -5
        let issues = ChecklistValidator.validate(checklist)
        #expect(issues.count == 1)
        #expect(issues.first?.description == "formatVersion: this file needs a newer smedash (format 2)")
        #expect(issues.first?.message.id == "berkas ini memerlukan smedash yang lebih baru (format 2)")
    }

    @Test func warnings() {
        var checklist = ChecklistFixtures.salon()
        checklist.sections[0].items[0].required = false
        checklist.sections[1].items[0].failIf = FailCondition(gt: 35, lt: 36)
        checklist.sections.append(ChecklistSection(key: "kasir", title: "Kasir", titleEn: "Till", items: []))
        let issues = ChecklistValidator.validate(checklist)
        #expect(
            issues.map(\.path) == ["sections[0].items[0].required", "sections[1].items[0].failIf", "sections[2].items"])
        #expect(
            issues[1].message
                == Localized(
                    id: "lt 36 lebih besar dari gt 35: setiap nilai gagal",
                    en: "lt 36 is greater than gt 35: every value fails"))
        #expect(issues.allSatisfy { $0.severity == .warning })
        #expect(issues[2].text(.id) == "sections[2].items: peringatan: bagian ini belum berisi butir")
    }
}
