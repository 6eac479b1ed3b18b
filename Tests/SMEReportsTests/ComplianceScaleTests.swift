import Foundation
import SMEModel
import Testing
@testable import SMEReports
import SMEReportRequest

/// A compliance report over 1,000 generated assessments of a 30-item checklist: every format is
/// produced and the times are printed (issue 5 owns the real benchmark).
@Suite struct ComplianceScaleTests {
    static func largeData(assessments count: Int) -> ReportData {
        let items = (1...30).map { number in
            ChecklistItem(key: String(format: "kul-%03d", number), text: "Butir pemeriksaan nomor \(number) tentang protokol kesehatan",
                          textEn: "Check \(number)", required: number % 4 == 0, critical: number % 10 == 0, source: "KMK 382/2020",
                          onFail: FailAction(action: "Perbaiki butir \(number)", actionEn: "Fix item \(number)", dueDays: 7))
        }
        var checklist = ReportFixture.checklist
        checklist.sections = stride(from: 0, to: 30, by: 6).map { start in
            ChecklistSection(key: "s\(start)", title: "Bagian \(start / 6 + 1)", titleEn: "Part \(start / 6 + 1)", items: Array(items[start..<start + 6]))
        }
        var state: UInt64 = 2020
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        var businesses: [Business] = []
        var assessments: [Assessment] = []
        for index in 0..<count {
            let region = index % 2 == 0 ? "3273" : "3204"
            let id = String(format: "UMK-\(region)-%05d", index)
            businesses.append(ReportFixture.business(id, "Usaha Contoh \(index)", region: region))
            let diligence = next() < 0.7 ? 0.95 : 0.7
            var answers: [String: AnswerValue] = [:]
            for item in items { answers[item.key] = next() < 0.05 ? .notApplicable : (next() < diligence ? .yes : .no) }
            assessments.append(ReportFixture.assessment(id, date: String(format: "2020-%02d-%02d", 8 + index % 4, 1 + index % 28), answers))
        }
        let registry = Registry(regions: ReportFixture.regions, sectors: ReportFixture.sectors, businesses: businesses, cooperatives: [],
                                waves: [], responses: [])
        let stamp = FileStamp(device: 0, inode: 0, size: 0, modifiedNanoseconds: 0, contentHash: 0)
        let library = ChecklistLibrary(
            templates: [ChecklistFile(path: "sop/food.json", checklist: checklist, stamp: stamp)],
            assessments: assessments.map { AssessmentFile(path: "\($0.key).json", assessment: $0, stamp: stamp) })
        return ReportData(registry: registry, library: library, office: ReportFixture.office)
    }

    static func milliseconds(_ work: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    @Test func thousandAssessmentsInEveryFormat() throws {
        let data = Self.largeData(assessments: 1_000)
        let request = ReportFixture.request(.compliance, .json)
        var document: ReportDocument?
        let build = try Self.milliseconds { document = try ReportExporter.document(for: request, data: data) }
        let built = try #require(document)
        let assessed = built.blocks.compactMap { block -> ReportCell? in
            guard case .summary(_, _, let entries) = block else { return nil }
            return entries.first { $0.key == "businessesAssessed" }?.value
        }
        #expect(assessed == [.int(1_000)])
        var line = "compliance report, 1,000 assessments: document \(Int(build)) ms"
        for format in ReportFormat.allCases {
            var formatRequest = request
            formatRequest.format = format
            var size = 0
            let time = try Self.milliseconds { size = try ReportExporter.render(built, request: formatRequest).count }
            line += ", \(format.rawValue) \(Int(time)) ms / \(size / 1024) KB"
            #expect(size > 0)
        }
        print(line)
        #expect(build < 5_000, "building the document took \(build) ms")
    }
}
