import SMEModel
import SMEReportRequest
import TerminalUI

extension ScreenScope where State == ExportScreen {
    // MARK: - Layout shared by update and render

    /// The form box and the result area under it; the form's rows start at the box's inner top.
    func exportLayout(_ area: Rect) -> (form: Rect, result: Rect) {
        let formHeight = min(area.height, state.fields.count + 6)
        let form = Rect(x: area.x, y: area.y, width: area.width, height: formHeight)
        let result = Rect(x: area.x, y: form.bottom + 1, width: area.width, height: max(area.height - formHeight - 1, 0))
        return (form, result)
    }

    /// The row of a field inside the form; the Export row sits after a blank line.
    func exportFieldRow(_ index: Int, inner: Rect) -> Int {
        inner.y + index + (index == state.fields.count - 1 ? 1 : 0)
    }

    // MARK: - The job

    /// The path the export goes to: the one typed, or one made from the choices.
    var exportPath: String { state.customPath ?? defaultExportPath }

    /// `exports/sop-food-2021-11-01.pdf`, beside the data folder.
    var defaultExportPath: String {
        let e = state
        let today = options.today
        let name: String
        switch e.report {
        case .sop: name = "sop-\(e.sector)-\(today)"
        case .assessment: name = "assessment-\(e.assessment ?? today)"
        case .compliance: name = "compliance-\(e.sector)" + (e.region.map { "-\($0)" } ?? "") + "-\(today)"
        case .survey: name = "survey-\(e.wave ?? "")" + (e.compare.map { "-vs-\($0)" } ?? "") + "-\(today)"
        case .frequency: name = "frequency-\(today)"
        }
        return ExportScreen.folder(besideDataRoot: data.folder.root) + "/" + name.lowercased() + "." + e.format.rawValue
    }

    /// The request the form describes and where it goes, or what is missing.
    func exportRequest() -> Result<(request: ReportRequest, path: String), ExportFormProblem> {
        let e = state
        var request = ReportRequest(kind: e.report, format: e.format, language: language,
                                    issuedOn: ISODate(options.today) ?? ISODate(year: 2021, month: 1, day: 1)!)
        switch e.report {
        case .sop, .compliance:
            guard data.registry.sector(e.sector) != nil else { return .failure(.noSector) }
            request.sector = e.sector
            if e.report == .compliance { request.region = e.region }
        case .assessment:
            guard let key = e.assessment, data.library.assessments.contains(where: { $0.assessment.key == key }) else {
                return .failure(.noAssessment)
            }
            request.assessmentKey = key
            request.showPersonalData = e.showsPersonalData
        case .survey:
            guard let wave = e.wave, data.registry.waves.contains(where: { $0.id == wave }) else { return .failure(.noWave) }
            request.wave = wave
            request.compareWave = e.compare
        case .frequency:
            // Not offered on this form (see ExportScreen.reportKinds); counted from the Businesses screen.
            request.countBy = [FrequencyDimension.sector.rawValue]
        }
        if e.format == .csv { request.csvProfile = e.csvProfile }
        if e.format.hasPaper { request.paper = e.paper }
        let path = exportPath.trimmingSpaces
        guard !path.isEmpty else { return .failure(.noPath) }
        return .success((request, path))
    }

    // MARK: - Update

    mutating func setPath(_ text: String) {
        let typed = text.trimmingSpaces
        state.customPath = typed.isEmpty || typed == defaultExportPath ? nil : typed
    }

    mutating func answerReplace(_ request: ReportRequest, path: String, _ choice: DialogChoice) -> [Effect] {
        guard choice == .replace else {
            status = .info(Localized(id: "Tidak diekspor; berkas lama tetap.", en: "Not exported; the old file is kept."))
            return []
        }
        return [.export(request, path: path, replacing: true)]
    }

    mutating func runList(_ command: ListCommand) -> [Effect] {
        let last = state.fields.count - 1
        switch command {
        case .moveUp: state.selection = max(state.selection - 1, 0)
        case .moveDown: state.selection = min(state.selection + 1, last)
        case .moveToTop, .pageUp: state.selection = 0
        case .moveToBottom, .pageDown: state.selection = last
        case .open: return openExportField()
        case .focusLeft, .focusRight, .back: break
        }
        return []
    }

    mutating func run(_ command: ExportCommand) -> [Effect] {
        switch command {
        case .runExport: return startExport()
        case .previousValue: cycleExportField(by: -1)
        case .nextValue: cycleExportField(by: 1)
        }
        return []
    }

    private mutating func openExportField() -> [Effect] {
        switch state.selectedField {
        case .run:
            return startExport()
        case .path:
            prompt(ExportScreen.Question.path, title: Localized(id: "Berkas tujuan", en: "Output file"),
                   label: Localized(id: "Relatif terhadap folder kerja; kosongkan untuk nama otomatis",
                                    en: "Relative to the working folder; empty for the automatic name"),
                   value: exportPath)
        default:
            if let choices = exportChoices(for: state.selectedField) {
                pick(ExportScreen.Question.field(state.selectedField), title: choices.title, options: choices.options,
                     selection: choices.selection)
            }
        }
        return []
    }

    /// ←/→ step through a field's choices without opening the list.
    private mutating func cycleExportField(by step: Int) {
        guard let choices = exportChoices(for: state.selectedField), !choices.options.isEmpty else { return }
        let count = choices.options.count
        applyExportPick(state.selectedField, ((choices.selection + step) % count + count) % count)
    }

    private mutating func startExport() -> [Effect] {
        switch exportRequest() {
        case .failure(let problem):
            state.outcome = .failed(problem.message)
            status = .error(problem.message)
            return []
        case .success(let (request, path)):
            state.outcome = nil
            status = .info(Localized(id: "Mengekspor ke \(path)…", en: "Exporting to \(path)…"))
            return [.export(request, path: path, replacing: false)]
        }
    }

    mutating func applyExportPick(_ field: ExportScreen.Field, _ index: Int) {
        let registry = data.registry
        let kept = state.selectedField
        let oldFormat = state.format
        switch field {
        case .report: if let report = ExportScreen.reportKinds[safe: index] { state.report = report }
        case .sector: if let sector = registry.sectors[safe: index] { state.sector = sector.key }
        case .assessment:
            if let file = data.library.assessments[safe: index] { state.assessment = file.assessment.key }
        case .region: state.region = index == 0 ? nil : registry.regions[safe: index - 1]?.code
        case .wave:
            if let wave = registry.waves[safe: index] {
                state.wave = wave.id
                if state.compare == wave.id { state.compare = nil }
            }
        case .compare: state.compare = index == 0 ? nil : exportCompareChoices[safe: index - 1]?.id
        case .personalData: state.showsPersonalData = index == 1
        case .format: if let format = ReportFormat.allCases[safe: index] { state.format = format }
        case .csvProfile: if let profile = ReportCSVProfile.allCases[safe: index] { state.csvProfile = profile }
        case .paper: if let paper = PaperSize.allCases[safe: index] { state.paper = paper }
        case .path, .run: return
        }
        // A typed path keeps its name but follows the format's extension.
        if state.format != oldFormat, let custom = state.customPath, custom.hasSuffix("." + oldFormat.rawValue) {
            state.customPath = String(custom.dropLast(oldFormat.rawValue.count)) + state.format.rawValue
        }
        state.selection = state.fields.firstIndex(of: kept) ?? min(state.selection, state.fields.count - 1)
    }

    /// Waves a survey summary can be compared with: every wave but the summarised one.
    var exportCompareChoices: [SurveyWave] { data.registry.waves.filter { $0.id != state.wave } }

    mutating func handleExportMouse(_ event: MouseEvent) -> [Effect] {
        switch event.kind {
        case .scrollUp: return runList(.moveUp)
        case .scrollDown: return runList(.moveDown)
        case .click, .press, .doubleClick:
            let inner = Block().inner(exportLayout(bodyArea).form)
            guard inner.contains(event.position),
                  let index = state.fields.indices.first(where: { exportFieldRow($0, inner: inner) == event.position.y })
            else { return [] }
            state.selection = index
            if case .doubleClick = event.kind { return openExportField() }
            return []
        default:
            return []
        }
    }

    /// "Tersimpan di exports/sop-food-2021-11-01.pdf, 27 KB".
    func exportSavedMessage(path: String, bytes: Int) -> Localized {
        func size(_ language: Language) -> String {
            let numbers = NumberStyle(language)
            if bytes < 1024 { return numbers.integer(bytes) + (language == .id ? " bita" : " bytes") }
            if bytes < 1024 * 1024 { return numbers.integer(max((bytes + 512) / 1024, 1)) + " KB" }
            return numbers.decimal(Double(bytes) / 1_048_576, decimals: 1) + " MB"
        }
        return Localized(id: "Tersimpan di \(path), \(size(.id))", en: "Saved to \(path), \(size(.en))")
    }
}

extension ExportScreen {
    /// `exports` beside a relative data folder (`data` → `exports`, `../office/data` →
    /// `../office/exports`); just `exports` in the working folder when the data folder is absolute,
    /// so paths shown to the user stay short and relative.
    static func folder(besideDataRoot root: String) -> String {
        var root = root
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        guard !root.hasPrefix("/"), !root.hasPrefix("~"), let slash = root.lastIndex(of: "/") else { return "exports" }
        let parent = String(root[..<slash])
        return parent.isEmpty || parent == "." ? "exports" : parent + "/exports"
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
