import Foundation
import Glibc
import SMEModel
import TerminalUI
@testable import SMEDashboard

/// The bundled data (registry read once), dashboard states on the SOP and Assess screens, and
/// temporary copies of the JSON folders for tests that write files.
enum SOPEditFixture {
    /// `data/` at the repository root, found from this file's path.
    static let bundledRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data").path

    static let registry: Registry = {
        do { return try DataFolder(root: bundledRoot).loadRegistry() } catch {
            fatalError("bundled registry does not load: \(error)")
        }
    }()

    static func data(root: String = bundledRoot) -> DashboardData {
        let folder = DataFolder(root: root)
        return DashboardData(folder: folder, registry: registry, library: ChecklistLibrary.load(folder))
    }

    static let today = "2021-11-01"

    static func state(_ screen: Screen, language: Language = .en, size: Size = Size(width: 100, height: 30),
                      root: String = bundledRoot, assessor: Assessor? = nil) -> AppState {
        _ = TextWidth.useUTF8Locale()
        var state = AppState(data: data(root: root), language: language, size: size,
                             options: DashboardOptions(today: today, assessor: assessor))
        state.screen = screen
        return state
    }

    /// The SOP screen with the food template made an unmodified draft (as if revision 4 had
    /// been started and saved), so edits apply without the revision question.
    static func draftFoodState(language: Language = .en, size: Size = Size(width: 100, height: 30), root: String = bundledRoot) -> AppState {
        var state = state(.checklists, language: language, size: size, root: root)
        let draft = state.checklists.documents[0].checklist.startingRevision()
        state.checklists.documents[0].checklist = draft
        state.checklists.documents[0].saved = draft
        return state
    }

    /// The index of the first business of a sector.
    static func firstBusiness(inSector sector: String) -> Int {
        registry.businesses.firstIndex { $0.sector == sector } ?? 0
    }
}

/// A copy of the bundled `sop/` and `assessments/` folders under the temporary directory,
/// removed when the test is done.
final class SOPEditTemporaryData {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("smedash-sopedit-\(UUID().uuidString)").appendingPathComponent("data").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for folder in ["sop", "assessments"] {
            try FileManager.default.copyItem(atPath: SOPEditFixture.bundledRoot + "/" + folder, toPath: root + "/" + folder)
        }
    }

    deinit {
        chmod(root + "/sop", 0o755)
        try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent)
    }
}

extension AppState {
    /// Sends keys one by one and collects every effect.
    mutating func press(_ keys: Key...) -> [Effect] {
        keys.flatMap { update(.key($0)) }
    }

    /// The tag of the open modal, if it is a prompt, picker or question.
    var topModalTag: ModalTag? {
        switch modals.last {
        case .prompt(let prompt)?: prompt.tag
        case .picker(let picker)?: picker.tag
        case .confirm(let confirm)?: confirm.tag
        default: nil
        }
    }

    var foodDocument: ChecklistDocument { checklists.documents[0] }
}
