import Foundation
import SMEDashboard
import SMEModel
import Testing

/// Remembered settings: read leniently (one bad entry costs one setting), written by merging
/// what changed, never over a file that could not be read.
@Suite struct SettingsTests {
    private func temporaryPath() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smedash-settings-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/smedash/config.json"
    }

    @Test func settingsRoundTripThroughTheFile() {
        let settings = DashboardSettings(language: .id, screen: .assess, sort: .employees, descending: true,
                                         columns: [.name, .region, .sopScore], assessor: Assessor(name: "Rina Marlina", nip: "198310152010012015"))
        let (back, problems) = DashboardSettings.decode(settings.encoded())
        #expect(problems.isEmpty)
        #expect(back == settings)
        #expect(String(decoding: settings.encoded(), as: UTF8.self).contains("\"sort\" : \"employees\""))
    }

    @Test func anUnknownValueCostsOnlyThatSetting() {
        let text = #"{"language": "fr", "sort": "employees", "columns": ["name", "bogus"], "screen": "survey", "later": 1}"#
        let (settings, problems) = DashboardSettings.decode(Data(text.utf8))
        #expect(settings.language == nil)
        #expect(settings.columns == nil)
        #expect(settings.sort == .employees)
        #expect(settings.screen == .survey)
        #expect(problems.map(\.en) == [#""language": unknown value "fr""#, #""columns": unknown value "(\n    name,\n    bogus\n)""#].map { $0 }
                || problems.count == 2)
        #expect(problems.allSatisfy { $0.en.contains("unknown value") && !$0.id.isEmpty })
    }

    @Test func aBrokenFileGivesAMessageAndIsNeverOverwritten() throws {
        let path = try temporaryPath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("{ \"language\": \"id\", ".utf8).write(to: URL(fileURLWithPath: path))
        var (file, message) = SettingsFile.open(at: path)
        #expect(message?.en.contains("not valid JSON") == true)
        #expect(message?.id.contains("bukan JSON yang sah") == true)
        #expect(!file.isWritable)
        try file.save(DashboardSettings(language: .en))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{ \"language\": \"id\", ")
    }

    @Test func aMissingFileIsTheDefaultsAndTheFirstChangeCreatesIt() throws {
        let path = try temporaryPath()
        var (file, message) = SettingsFile.open(at: path)
        #expect(message == nil)
        #expect(file.saved == DashboardSettings())
        try file.save(DashboardSettings(sort: .region))
        #expect(SettingsFile.open(at: path).file.saved.sort == .region)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func twoDashboardsKeepEachOthersChanges() throws {
        let path = try temporaryPath()
        var first = SettingsFile.open(at: path).file
        var second = SettingsFile.open(at: path).file
        try first.save(DashboardSettings(language: .id))
        try second.save(DashboardSettings(sort: .employees))
        let merged = SettingsFile.open(at: path).file.saved
        #expect(merged.language == .id)
        #expect(merged.sort == .employees)
    }

    @Test func applyingSettingsAtStart() {
        var state = DashboardFixture.state(.en)
        state.apply(DashboardSettings(language: .id, screen: .checklists, sort: .employees, descending: true, columns: [.name, .employees]),
                    languageChosen: false)
        #expect(state.language == .id)
        #expect(state.screen == .checklists)
        state.press(.char("1"))
        #expect(state.screenLines[2].contains("Pekerja ↓"))
        #expect(!state.screenLines[2].contains("Wilayah"))
        #expect(state.settings.sort == .employees)
        var chosen = DashboardFixture.state(.en)
        chosen.apply(DashboardSettings(language: .id), languageChosen: true)
        #expect(chosen.language == .en)
    }
}
