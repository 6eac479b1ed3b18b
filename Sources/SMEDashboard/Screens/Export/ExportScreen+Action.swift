import SMEModel
import SMEReportRequest
import TerminalUI

extension ExportScreen: DashboardScreen {
    /// Everything that can happen on the Export screen, the results of its exports included.
    public enum Action: Hashable, Sendable {
        case list(ListCommand)
        case command(ExportCommand)
        case mouse(MouseEvent)
        case answered(Question, DialogAnswer)
        case exported(path: String, bytes: Int)
        case failed(Localized)
        /// The file exists and the export did not allow replacing it.
        case targetExists(ReportRequest, path: String)
    }

    /// The pickers, prompt and question of the Export screen.
    public enum Question: ScreenQuestion {
        /// The list of a form field's choices.
        case field(Field)
        case path
        /// Replace the existing file at `path` with this export?
        case replace(ReportRequest, path: String)
        /// Open the file just written with the desktop's program for it?
        case openExported(path: String)

        public var question: SMEDashboard.Question { .export(self) }
    }

    static func update(_ scope: inout ScreenScope<Self>, _ action: Action) -> [Effect] {
        switch action {
        case .list(let command): return scope.runList(command)
        case .command(let command): return scope.run(command)
        case .mouse(let event): return scope.handleExportMouse(event)
        case .answered(.field(let field), .picked(let index)): scope.applyExportPick(field, index)
        case .answered(.path, .typed(let text)): scope.setPath(text)
        case .answered(.replace(let request, let path), .chose(let choice)): return scope.answerReplace(request, path: path, choice)
        case .answered(.openExported(let path), .chose(.confirm)): return [.openFile(path: path)]
        case .answered: break
        case .exported(let path, let bytes):
            scope.state.outcome = .saved(path: path, bytes: bytes)
            scope.status = .success(scope.exportSavedMessage(path: path, bytes: bytes))
            // With a desktop at hand, offer to open it; the safe choice (close) is the default.
            if scope.options.canOpenFiles {
                scope.confirm(Question.openExported(path: path), title: Localized(id: "Ekspor selesai", en: "Exported"),
                              message: [scope.exportSavedMessage(path: path, bytes: bytes),
                                        Localized(id: "Buka dengan aplikasi desktop?", en: "Open it with the desktop's application?")],
                              buttons: [DialogButton(Localized(id: "Buka", en: "Open"), .confirm),
                                        DialogButton(Localized(id: "Tutup", en: "Close"), .cancel)],
                              selected: .cancel, cancel: .cancel)
            }
        case .failed(let message):
            scope.state.outcome = .failed(message)
            scope.status = .error(Localized(id: "Ekspor gagal: " + message.id, en: "Export failed: " + message.en))
        case .targetExists(let request, let path):
            scope.confirm(Question.replace(request, path: path), title: Localized(id: "Berkas sudah ada", en: "The file already exists"),
                          message: [Localized(id: "\(path) sudah ada.", en: "\(path) already exists."),
                                    Localized(id: "Ganti dengan ekspor baru?", en: "Replace it with the new export?")],
                          buttons: [DialogButton(Localized(id: "Ganti", en: "Replace"), .replace), .cancel],
                          selected: .cancel, cancel: .cancel)
        }
        return []
    }

    static func render(_ scope: ScreenScope<Self>, in area: Rect, into grid: inout Grid) {
        scope.renderExport(in: area, into: &grid)
    }
}
