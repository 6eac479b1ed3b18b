import Foundation
import SMEDashboard
import SMEModel
import TerminalUI

/// App states built from the repository's bundled data, loaded once per test process.
enum DashboardFixture {
    static let folder: DataFolder = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return DataFolder(root: url.appendingPathComponent("data").path)
    }()

    static let data: DashboardData = {
        TextWidth.useUTF8Locale()
        let registry = (try? folder.loadRegistry()) ?? Registry(regions: [], sectors: [], businesses: [], cooperatives: [], waves: [], responses: [])
        return DashboardData(folder: folder, registry: registry, library: ChecklistLibrary.load(folder))
    }()

    static func state(_ language: Language = .en, width: Int = 100, height: Int = 30) -> AppState {
        AppState(data: data, language: language, size: Size(width: width, height: height),
                 options: DashboardOptions(today: "2021-11-01"))
    }
}

/// The one way tests drive the dashboard: keys through `update`, as the runner sends them.
extension AppState {
    /// Sends keys one by one, collecting every effect.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] { press(keys) }

    @discardableResult
    mutating func press(_ keys: [Key]) -> [Effect] {
        keys.flatMap { update(.key($0)) }
    }

    /// Types text one character at a time.
    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        press(text.map { Key.char($0) })
    }

    var screenLines: [String] { render().lines() }
}
