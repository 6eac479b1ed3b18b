import Foundation
import SMEModel

/// Large documents for the save tests: a checklist of a few thousand items in canonical form and
/// assessments answering every item, each in several versions of different sizes.
enum StressFixture {
    static let itemsPerSection = 100

    /// A valid template of `items` items; `variant` changes texts, weights and the revision.
    static func checklist(key: String, sector: String, prefix: String, items: Int, variant: Int) -> Checklist {
        let sectionCount = (items + itemsPerSection - 1) / itemsPerSection
        let sections = (0..<sectionCount).map { sectionIndex in
            let range = (sectionIndex * itemsPerSection)..<min(items, (sectionIndex + 1) * itemsPerSection)
            return ChecklistSection(
                key: "bagian-\(sectionIndex + 1)", title: "Bagian \(sectionIndex + 1)", titleEn: "Part \(sectionIndex + 1)",
                items: range.map { item(prefix: prefix, number: $0 + 1, variant: variant) })
        }
        return Checklist(
            key: key, sector: sector, revision: variant + 1, status: .draft, effectiveFrom: "2020-07-29",
            title: "SOP uji beban \(variant)", titleEn: "Load-test SOP \(variant)", legalBasis: ["KMK HK.01.07/MENKES/382/2020"],
            passPercent: 80, keyPrefix: prefix, sections: sections)
    }

    private static func item(prefix: String, number: Int, variant: Int) -> ChecklistItem {
        let key = "\(prefix)-\(String(repeating: "0", count: max(0, 4 - String(number).count)))\(number)"
        let text = "Butir nomor \(number), versi \(variant): pekerja memakai masker dan mencuci tangan dengan sabun"
        let textEn = "Item number \(number), version \(variant): staff wear masks and wash hands with soap"
        switch number % 10 {
        case 3:
            return ChecklistItem(
                key: key, text: text, textEn: textEn, required: true, weight: 1, source: "KMK 382/2020", type: .number,
                failIf: FailCondition(gt: 37.3 + Double(variant) / 10), unit: "°C")
        case 7:
            return ChecklistItem(key: key, text: text, textEn: textEn, weight: 0, source: "", type: .text)
        default:
            return ChecklistItem(
                key: key, text: text, textEn: textEn, required: number % 2 == 0, critical: number % 20 == 0,
                weight: Double(1 + (number + variant) % 3), source: "SE Gubernur Jabar 443/2020",
                onFail: number % 5 == 0 ? FailAction(action: "Perbaiki", actionEn: "Fix it", dueDays: 7 + variant) : nil)
        }
    }

    /// An assessment answering every item of `checklist`; `variant` changes the answers.
    static func assessment(of checklist: Checklist, variant: Int) -> Assessment {
        var answers: [String: ItemAnswer] = [:]
        for (index, item) in checklist.items.enumerated() {
            switch item.type {
            case .number: answers[item.key] = ItemAnswer(value: .number(36 + Double((index + variant) % 20) / 10))
            case .text: answers[item.key] = ItemAnswer(value: .text("Catatan \(index) versi \(variant)"))
            case .yesNoNA:
                let value: AnswerValue = (index + variant) % 7 == 0 ? .no : ((index + variant) % 11 == 0 ? .notApplicable : .yes)
                answers[item.key] = ItemAnswer(value: value, note: variant == 2 ? "dicek ulang" : nil)
            }
        }
        return Assessment(
            key: "asm-beban", templateKey: checklist.key, templateRevision: checklist.revision, businessID: "UMK-3273-00001",
            assessor: Assessor(name: "Dewi Lestari", nip: "198001012005012001"), date: "2020-08-0\(variant + 1)",
            answers: answers, notes: variant == 1 ? nil : "Kunjungan \(variant)")
    }
}
