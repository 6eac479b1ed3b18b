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
        if let saved = state.data.savedTemplate(at: state.checklists.documents[0].path) {
            state.data.store(ChecklistFile(path: saved.path, checklist: draft, stamp: saved.stamp))
        }
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
    /// What the open dialog asks, if it is a prompt, picker or question.
    var topQuestion: Question? {
        switch modals.last {
        case .prompt(let prompt)?: prompt.question
        case .picker(let picker)?: picker.question
        case .confirm(let confirm)?: confirm.question
        default: nil
        }
    }

    var foodDocument: ChecklistDocument { checklists.documents[0] }

    /// The food template as last loaded or saved.
    var savedFood: ChecklistFile? { data.savedTemplate(at: foodDocument.path) }

    /// True when `document` differs from its file.
    func isModified(_ document: ChecklistDocument) -> Bool { checklists.isModified(document, in: data) }
}

extension Question {
    var isDueDate: Bool {
        if case .assess(.dueDate) = self { return true }
        return false
    }
}
