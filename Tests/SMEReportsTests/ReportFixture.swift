import Foundation
import SMEModel
@testable import SMEReports
import SMEReportRequest

/// A small, fixed data set for report tests, independent of the bundled data so golden files
/// stay stable. Names carry hostile text (markup, a spreadsheet formula, quotes, line breaks,
/// emoji) and Indonesian text with accents and °C.
enum ReportFixture {
    static let hostileName = "<script>alert(\"x\")</script> & 'Kafé' =HYPERLINK(\"x\")"
    static let hostileItem = "=HYPERLINK(\"http://contoh.invalid\",\"klik\")"
    static let hostileNote = "Baris satu\r\nbaris \"dua\"; 🍜 | *tebal* <b>"
    static let issuedOn = ISODate(year: 2020, month: 9, day: 1)!

    static let office = OfficeProfile(
        government: "Pemerintah Daerah Provinsi Jawa Barat", name: "Dinas Koperasi dan Usaha Kecil",
        address: "Jalan Contoh No. 1, Bandung", contact: "Telepon (022) 000000", city: "Bandung",
        head: OfficeProfile.Head(name: "Dr. Siti Aminah, M.Si.", nip: "197001011995032001", position: "Kepala Dinas"))

    static let checklist = Checklist(
        key: "sop-food", sector: "food", revision: 2, status: .published, effectiveFrom: "2020-07-29",
        title: "SOP Protokol Kesehatan Kuliner", titleEn: "Health-protocol SOP: food", legalBasis: ["KMK HK.01.07/MENKES/382/2020", "Pergub Jabar 46/2020"],
        passPercent: 80, keyPrefix: "kul",
        sections: [
            ChecklistSection(key: "persiapan", title: "Persiapan", titleEn: "Preparation", items: [
                ChecklistItem(key: "kul-001", text: "Tersedia tempat cuci tangan dengan sabun", textEn: "Handwashing point with soap",
                              required: true, critical: true, weight: 2, source: "KMK 382/2020",
                              onFail: FailAction(action: "Sediakan tempat cuci tangan", actionEn: "Install a handwashing point", dueDays: 7)),
                ChecklistItem(key: "kul-002", text: hostileItem, textEn: hostileItem, source: "SE Menkes 335/2020",
                              onFail: FailAction(action: "Pasang poster \"3M\"", actionEn: "Put up \"3M\" posters", dueDays: 3)),
            ]),
            ChecklistSection(key: "layanan", title: "Layanan & kasir", titleEn: "Service & cashier", items: [
                ChecklistItem(key: "kul-003", text: "Suhu tubuh pekerja ≥ 37,3 °C dipulangkan", textEn: "Staff at ≥ 37.3 °C sent home",
                              required: true, source: "SE Menkes 335/2020", type: .number, failIf: FailCondition(gt: 37.3), unit: "°C"),
                ChecklistItem(key: "kul-004", text: "Pembayaran nontunai (QRIS) tersedia", textEn: "Cashless payment (QRIS) available", source: "SE Mendag 12/2020"),
                ChecklistItem(key: "kul-005", text: "Catatan petugas", textEn: "Assessor's note", weight: 0, source: "", type: .text),
            ]),
        ])

    static let regions = [
        Region(code: "3273", name: "Kota Bandung", kind: .kota),
        Region(code: "3204", name: "Kabupaten Bandung", kind: .kabupaten),
    ]

    static let sectors = [
        Sector(key: "food", name: Localized(id: "Kuliner", en: "Food")),
        Sector(key: "salon", name: Localized(id: "Salon", en: "Salon")),
    ]

    static func business(_ id: String, _ name: String, region: String, sector: String = "food") -> Business {
        Business(
            id: id, name: name, owner: "Euis Rahayu", ownerNIK: "3273084806640925", phone: "08579789284", sector: sector,
            region: region, scale: .micro, nib: "0123456789012", employees: 3, yearFounded: 2015, online: true, onlineSince: 2020,
            channels: [.whatsapp], payments: [.cash], status: .normal)
    }

    static let businesses = [
        business("UMK-3273-00001", hostileName, region: "3273"),
        business("UMK-3273-00002", "Warung Nasi Ibu Imas", region: "3273"),
        business("UMK-3204-00003", "Bakso Mang Ujang", region: "3204"),
        business("UMK-3204-00004", "Salon Ayu", region: "3204", sector: "salon"),
    ]

    static func assessment(_ business: String, date: String, _ answers: [String: AnswerValue], notes: String? = nil,
                           itemNotes: [String: String] = [:]) -> Assessment {
        var assessment = Assessment(
            key: "\(date)-\(business.lowercased())", templateKey: "sop-food", templateRevision: 2, businessID: business,
            assessor: Assessor(name: "Rina Marlina, S.Sos.", nip: "198310152010012015"), date: date,
            answers: answers.mapValues { ItemAnswer(value: $0) }, notes: notes)
        for (key, note) in itemNotes { assessment.answers[key]?.note = note }
        return assessment
    }

    /// Three businesses: one passes, one fails a critical item, one was visited twice (the later
    /// visit counts in compliance).
    static let assessments = [
        assessment("UMK-3273-00001", date: "2020-08-02",
                   ["kul-001": .yes, "kul-002": .no, "kul-003": .number(36.8), "kul-004": .yes, "kul-005": .text(hostileNote)],
                   notes: "Kunjungan rutin; pemilik kooperatif.", itemNotes: ["kul-002": hostileNote]),
        assessment("UMK-3273-00002", date: "2020-08-10",
                   ["kul-001": .no, "kul-002": .yes, "kul-003": .number(37.8), "kul-004": .notApplicable]),
        assessment("UMK-3204-00003", date: "2020-07-30", ["kul-001": .no, "kul-002": .no, "kul-003": .number(36.5), "kul-004": .no]),
        assessment("UMK-3204-00003", date: "2020-08-20", ["kul-001": .yes, "kul-002": .yes, "kul-003": .number(36.5), "kul-004": .yes]),
    ]

    static let waves = [
        SurveyWave(id: "2020-07", label: Localized(id: "Juli 2020", en: "July 2020"), startDate: "2020-07-10", endDate: "2020-07-26", sampling: .probability),
        SurveyWave(id: "2021-01", label: Localized(id: "Januari 2021", en: "January 2021"), startDate: "2021-01-12", endDate: "2021-01-23", sampling: .probability),
    ]

    /// 40 respondents per wave: food in Bandung city is large enough to be reliable, salon is not.
    static var responses: [SurveyResponse] {
        var out: [SurveyResponse] = []
        func add(_ wave: String, _ prefix: String, sector: String, region: String, online: Int, of n: Int, channels: [Channel]) {
            for index in 0..<n {
                out.append(SurveyResponse(
                    wave: wave, businessID: "\(prefix)-\(index)", sector: sector, region: region, scale: .micro, onlineBefore: .no,
                    onlineNow: index < online ? .yes : .no, channels: index < online ? channels : [], revenueChange: .stable,
                    status: .normal, reasonsNotOnline: [], assistance: []))
            }
        }
        add("2020-07", "a", sector: "food", region: "3273", online: 8, of: 32, channels: [.whatsapp])
        add("2020-07", "b", sector: "salon", region: "3204", online: 2, of: 8, channels: [.instagram, .whatsapp])
        add("2021-01", "c", sector: "food", region: "3273", online: 12, of: 32, channels: [.whatsapp, .shopee])
        add("2021-01", "d", sector: "salon", region: "3204", online: 3, of: 8, channels: [.instagram])
        return out
    }

    static var registry: Registry {
        Registry(regions: regions, sectors: sectors, businesses: businesses, cooperatives: [], waves: waves, responses: responses)
    }

    static var data: ReportData {
        let stamp = FileStamp(device: 0, inode: 0, size: 0, modifiedNanoseconds: 0, contentHash: 0)
        let library = ChecklistLibrary(
            templates: [ChecklistFile(path: "sop/food.json", checklist: checklist, stamp: stamp)],
            assessments: assessments.map { AssessmentFile(path: "assessments/\($0.key).json", assessment: $0, stamp: stamp) })
        return ReportData(registry: registry, library: library, office: office)
    }

    static func request(_ kind: ReportKind, _ format: ReportFormat, language: Language = .id) -> ReportRequest {
        switch kind {
        case .sop: ReportRequest(kind: .sop, format: format, language: language, issuedOn: issuedOn, sector: "food")
        case .assessment: ReportRequest(kind: .assessment, format: format, language: language, issuedOn: issuedOn, businessID: "UMK-3273-00001")
        case .compliance: ReportRequest(kind: .compliance, format: format, language: language, issuedOn: issuedOn, sector: "food")
        case .survey: ReportRequest(kind: .survey, format: format, language: language, issuedOn: issuedOn, wave: "2021-01", compareWave: "2020-07")
        case .frequency: {
            var request = ReportRequest(kind: .frequency, format: format, language: language, issuedOn: issuedOn)
            request.countBy = ["region", "sector"]
            return request
        }()
        }
    }
}
