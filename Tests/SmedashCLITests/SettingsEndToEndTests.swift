import Foundation
import Testing

/// Settings survive a restart of the real binary, and a broken settings file is reported and
/// left as it was.
@Suite(.serialized) struct SettingsEndToEndTests {
    private func start(config: String) throws -> TmuxSession {
        // No --lang: the language comes from the settings, else LANG.
        try TmuxSession(command: "'\(CLIRunner.binary)' --data '\(CLIRunner.bundledData)'",
                        environment: ["XDG_CONFIG_HOME": config, "LANG": "C.UTF-8"])
    }

    @Test(.enabled(if: DashboardEndToEndTests.hasTmux)) func languageSortAndScreenSurviveARestart() throws {
        let config = try CLITemporaryFolder()
        let first = try start(config: config.path)
        try first.waitFor("of 800")
        try first.send("L")
        try first.waitFor("dari 800")
        try first.send("s")
        try first.type("pekerja")
        try first.send("Enter")
        try first.waitFor("Pekerja ↑")
        try first.send("3")
        try first.waitFor("Templat SOP")
        try first.send("q")
        try first.waitFor("[exit 0]")
        let saved = try String(contentsOfFile: config.path + "/smedash/config.json", encoding: .utf8)
        #expect(saved.contains("\"language\" : \"id\""))
        #expect(saved.contains("\"screen\" : \"checklists\""))

        let second = try start(config: config.path)
        try second.waitFor("Templat SOP")
        try second.send("1")
        let screen = try second.waitFor("dari 800")
        #expect(screen.contains("Pekerja ↑"))
        try second.send("q")
    }

    @Test(.enabled(if: DashboardEndToEndTests.hasTmux)) func aBrokenSettingsFileIsReportedAndKept() throws {
        let config = try CLITemporaryFolder()
        try FileManager.default.createDirectory(atPath: config.path + "/smedash", withIntermediateDirectories: true)
        let broken = "{ \"language\": \"id\",\n"
        try broken.write(toFile: config.path + "/smedash/config.json", atomically: true, encoding: .utf8)
        let session = try start(config: config.path)
        try session.waitFor("not valid JSON")
        try session.send("Enter", "3", "L", "q")
        try session.waitFor("[exit 0]")
        #expect(try String(contentsOfFile: config.path + "/smedash/config.json", encoding: .utf8) == broken)
    }
}
