@testable import SMEModel

/// A small salon template used across the checklist and assessment tests.
///
/// persiapan: sal-001 yes_no_na w2 required critical onFail 7 days; sal-002 yes_no_na w1
/// layanan:   sal-003 number gt 37.3 °C w1 required; sal-004 text w0; sal-005 yes_no_na w1
/// retired:   sal-007
enum ChecklistFixtures {
    static func salon(status: Checklist.Status = .draft) -> Checklist {
        Checklist(
            key: "sop-salon", sector: "salon", revision: 2, status: status, effectiveFrom: "2020-07-01",
            title: "SOP Protokol Kesehatan Salon", titleEn: "Health-protocol SOP: salons",
            legalBasis: ["KMK HK.01.07/MENKES/382/2020"], passPercent: 80, keyPrefix: "sal",
            retiredKeys: ["sal-007"],
            sections: [
                ChecklistSection(
                    key: "persiapan", title: "Persiapan", titleEn: "Preparation",
                    items: [
                        ChecklistItem(
                            key: "sal-001", text: "Tersedia tempat cuci tangan", textEn: "Hand-washing point",
                            required: true, critical: true, weight: 2, source: "KMK 382/2020",
                            onFail: FailAction(
                                action: "Sediakan tempat cuci tangan", actionEn: "Install a hand-washing point",
                                dueDays: 7)),
                        ChecklistItem(
                            key: "sal-002", text: "Pegawai memakai masker", textEn: "Staff wear masks",
                            source: "KMK 382/2020"),
                    ]),
                ChecklistSection(
                    key: "layanan", title: "Layanan", titleEn: "Service",
                    items: [
                        ChecklistItem(
                            key: "sal-003", text: "Suhu tubuh pelanggan", textEn: "Customer temperature",
                            required: true, source: "KMK 382/2020", type: .number,
                            failIf: FailCondition(gt: 37.3), unit: "°C"),
                        ChecklistItem(
                            key: "sal-004", text: "Catatan lain", textEn: "Other notes", weight: 0,
                            source: "", type: .text),
                        ChecklistItem(
                            key: "sal-005", text: "Alat disterilkan", textEn: "Tools sterilised",
                            source: "SE Gubernur Jabar"),
                    ]),
            ])
    }

    /// Item keys section by section, to compare whole layouts after an edit.
    static func layout(_ checklist: Checklist) -> [[String]] {
        checklist.sections.map { $0.items.map(\.key) }
    }

    static func assessment(_ answers: [String: AnswerValue] = [:]) -> Assessment {
        Assessment(
            key: "asm-2020-07-28-001", templateKey: "sop-salon", templateRevision: 2, businessID: "B-0042",
            assessor: Assessor(name: "Dewi Lestari", nip: "198001012005012001"), date: "2020-07-28",
            answers: answers.mapValues { ItemAnswer(value: $0) })
    }
}
