import Foundation
import SMEModel
import Testing
import TerminalUI
@testable import SMEDashboard

/// App states for the Survey and Export screen tests: a hand-made registry small enough to work
/// out every figure by hand, and the bundled sample data.
enum SurveyExportFixture {
    static let today = "2021-11-01"

    /// Two sectors, two regions, a probability wave of 6 answers and an opt-in wave of 7
    /// (one of which did not answer the online question).
    static func smallData() -> DashboardData {
        let sectors = [Sector(key: "food", name: Localized(id: "Kuliner", en: "Food")),
                       Sector(key: "salon", name: Localized(id: "Salon", en: "Salon"))]
        let regions = [Region(code: "3204", name: "Kabupaten Bandung", kind: .kabupaten),
                       Region(code: "3273", name: "Kota Bandung", kind: .kota)]
        let waves = [
            SurveyWave(id: "2020-07", label: Localized(id: "Juli 2020", en: "July 2020"), startDate: "2020-07-10",
                       endDate: "2020-07-26", sampling: .probability),
            SurveyWave(id: "2021-10", label: Localized(id: "Oktober 2021", en: "October 2021"), startDate: "2021-10-08",
                       endDate: "2021-10-24", sampling: .optIn),
        ]
        // 2020-07: food 1 of 4 online, salon 1 of 2. 2021-10: food 3 of 4, salon 2 of 2, one no answer.
        var responses: [SurveyResponse] = []
        func add(_ wave: String, _ id: Int, _ sector: String, _ region: String, _ online: YesNo, _ channels: [Channel] = []) {
            responses.append(SurveyResponse(
                wave: wave, businessID: "UMK-\(region)-\(String(format: "%05d", id))", sector: sector, region: region,
                scale: .micro, onlineBefore: .no, onlineNow: online, channels: channels, revenueChange: .stable,
                status: .normal, reasonsNotOnline: [], assistance: []))
        }
        add("2020-07", 1, "food", "3273", .yes, [.whatsapp])
        add("2020-07", 2, "food", "3273", .no)
        add("2020-07", 3, "food", "3204", .no)
        add("2020-07", 4, "food", "3204", .no)
        add("2020-07", 5, "salon", "3273", .yes, [.instagram])
        add("2020-07", 6, "salon", "3204", .no)
        add("2021-10", 1, "food", "3273", .yes, [.whatsapp])
        add("2021-10", 2, "food", "3273", .yes, [.whatsapp, .instagram])
        add("2021-10", 3, "food", "3204", .yes, [.whatsapp])
        add("2021-10", 4, "food", "3204", .no)
        add("2021-10", 5, "salon", "3273", .yes, [.instagram])
        add("2021-10", 6, "salon", "3204", .yes, [.whatsapp])
        add("2021-10", 7, "salon", "3204", .noAnswer)
        let business = Business(
            id: "UMK-3273-00001", name: "Warung Bu Siti", owner: "Siti Aminah", ownerNIK: nil, phone: "0812",
            sector: "food", region: "3273", scale: .micro, nib: nil, employees: 2, yearFounded: 2015, online: true,
            onlineSince: 2020, channels: [.whatsapp], payments: [], status: .normal)
        let registry = Registry(regions: regions, sectors: sectors, businesses: [business], cooperatives: [],
                                waves: waves, responses: responses)
        let stamp = FileStamp(device: 0, inode: 0, size: 0, modifiedNanoseconds: 0, contentHash: 0)
        let assessments = ["2021-10-20", "2021-10-27"].map { date in
            AssessmentFile(
                path: "fixture/assessments/\(date)-umk-3273-00001.json",
                assessment: Assessment(key: "\(date)-umk-3273-00001", templateKey: "sop-food", templateRevision: 1,
                                       businessID: "UMK-3273-00001", assessor: Assessor(name: "Rina"), date: date),
                stamp: stamp)
        }
        return DashboardData(folder: DataFolder(root: "fixture/data"), registry: registry,
                             library: ChecklistLibrary(templates: [], assessments: assessments))
    }

    /// Compares the whole rendered frame with expected text (trailing spaces trimmed per line).
    static func expectFrame(_ state: AppState, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let lines = state.screenLines
        #expect(lines.count == state.size.height, sourceLocation: sourceLocation)
        #expect(lines.joined(separator: "\n") == expected, sourceLocation: sourceLocation)
    }

    static func small(_ language: Language = .id, size: Size = Size(width: 80, height: 24), screen: Screen = .survey) -> AppState {
        TextWidth.useUTF8Locale()
        var state = AppState(data: smallData(), language: language, size: size, options: DashboardOptions(today: today))
        state.screen = screen
        return state
    }

    /// The repository's `data/` folder, found from this file's path.
    static var bundledRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data").path
    }

    /// The bundled registry, with the data folder moved to a temporary one that holds only
    /// `registry/official-counts.csv` (as `smedash import opendata` writes it). Remove `folder`
    /// when done.
    static func bundled(_ language: Language = .id, size: Size = Size(width: 100, height: 30), screen: Screen,
                        officialCounts: [String: Int]) throws -> (state: AppState, folder: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smedash-official-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/registry", withIntermediateDirectories: true)
        try Data(RegistryCoverage.encode(officialCounts)).write(to: URL(fileURLWithPath: folder + "/registry/official-counts.csv"))
        var data = try bundled(language, size: size, screen: screen).data
        data.folder = DataFolder(root: folder)
        var state = AppState(data: data, language: language, size: size, options: DashboardOptions(today: today))
        state.screen = screen
        return (state, folder)
    }

    static func bundled(_ language: Language = .id, size: Size = Size(width: 80, height: 24), screen: Screen = .survey) throws -> AppState {
        TextWidth.useUTF8Locale()
        let folder = DataFolder(root: bundledRoot)
        let data = DashboardData(folder: folder, registry: try folder.loadRegistry(), library: ChecklistLibrary.load(folder))
        var state = AppState(data: data, language: language, size: size, options: DashboardOptions(today: today))
        state.screen = screen
        return state
    }
}

