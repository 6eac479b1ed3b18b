import SMEModel
import TerminalUI

extension AppState {
    // MARK: - Layout shared by update and render

    /// The form box and the result area under it; the form's rows start at the box's inner top.
    func exportLayout(_ area: Rect) -> (form: Rect, result: Rect) {
        let formHeight = min(area.height, export.fields.count + 6)
        let form = Rect(x: area.x, y: area.y, width: area.width, height: formHeight)
        let result = Rect(x: area.x, y: form.bottom + 1, width: area.width, height: max(area.height - formHeight - 1, 0))
        return (form, result)
    }

    /// The row of a field inside the form; the Export row sits after a blank line.
    func exportFieldRow(_ index: Int, inner: Rect) -> Int {
        inner.y + index + (index == export.fields.count - 1 ? 1 : 0)
    }

    // MARK: - The job

    /// The path the export goes to: the one typed, or one made from the choices.
    var exportPath: String { export.customPath ?? defaultExportPath }

    /// `exports/sop-food-2021-11-01.pdf`, beside the data folder.
    var defaultExportPath: String {
        let e = export
        let today = options.today
        let name: String
        switch e.report {
        case .sop: name = "sop-\(e.sector)-\(today)"
        case .assessment: name = "assessment-\(e.assessment ?? today)"
        case .compliance: name = "compliance-\(e.sector)" + (e.region.map { "-\($0)" } ?? "") + "-\(today)"
        case .survey: name = "survey-\(e.wave ?? "")" + (e.compare.map { "-vs-\($0)" } ?? "") + "-\(today)"
        }
        return ExportState.folder(besideDataRoot: data.folder.root) + "/" + name.lowercased() + "." + e.format.rawValue
    }

    /// The job the form describes, or what is missing.
    func exportJob(overwrite: Bool = false) -> Result<ExportJob, ExportFormProblem> {
        let e = export
        var options: [String: String] = ["language": language.rawValue]
        switch e.report {
        case .sop, .compliance:
            guard data.registry.sector(e.sector) != nil else { return .failure(.noSector) }
            options["sector"] = e.sector
            if e.report == .compliance, let region = e.region { options["region"] = region }
        case .assessment:
            guard let key = e.assessment, data.library.assessments.contains(where: { $0.assessment.key == key }) else {
                return .failure(.noAssessment)
            }
            options["assessment"] = key
            options["showPersonalData"] = e.showsPersonalData ? "true" : "false"
        case .survey:
            guard let wave = e.wave, data.registry.waves.contains(where: { $0.id == wave }) else { return .failure(.noWave) }
            options["wave"] = wave
            if let compare = e.compare { options["compare"] = compare }
        }
        if e.format == .csv { options["csvProfile"] = e.csvProfile.rawValue }
        if e.format.hasPaper { options["paper"] = e.paper.rawValue }
        let path = exportPath.trimmingSpaces
        guard !path.isEmpty else { return .failure(.noPath) }
        return .success(ExportJob(report: e.report.rawValue, format: e.format.rawValue, path: path, options: options,
                                  overwrite: overwrite))
    }

    // MARK: - Update

    mutating func updateExport(_ action: Action) -> [Effect] {
        switch action {
        case .command(let command):
            return runExportCommand(command)
        case .picked(let tag, let index):
            applyExportPick(tag, index)
        case .prompted(let tag, let text) where tag.name == "export-path":
            let typed = text.trimmingSpaces
            export.customPath = typed.isEmpty || typed == defaultExportPath ? nil : typed
        case .confirmed(let tag, let choice) where tag.name == "export-replace":
            guard var job = export.pendingReplace else { return [] }
            export.pendingReplace = nil
            guard choice == 0 else {
                status = .info(Localized(id: "Tidak diekspor; berkas lama tetap.", en: "Not exported; the old file is kept."))
                return []
            }
            job.overwrite = true
            return [.export(job)]
        case .exportTargetExists(let job):
            export.pendingReplace = job
            modals.append(.confirm(Confirm(
                tag: ModalTag("export-replace", job.path),
                title: Localized(id: "Berkas sudah ada", en: "The file already exists"),
                message: [Localized(id: "\(job.path) sudah ada.", en: "\(job.path) already exists."),
                          Localized(id: "Ganti dengan ekspor baru?", en: "Replace it with the new export?")],
                buttons: [Localized(id: "Ganti", en: "Replace"), Localized(id: "Batal", en: "Cancel")],
                selection: 1, cancelChoice: 1)))
        case .exported(let path, let bytes):
            export.outcome = .saved(path: path, bytes: bytes)
            status = .success(exportSavedMessage(path: path, bytes: bytes))
        case .exportFailed(let message):
            export.outcome = .failed(message)
            status = .error(Localized(id: "Ekspor gagal: " + message.id, en: "Export failed: " + message.en))
        case .key(.mouse(let event)):
            return handleExportMouse(event)
        default:
            break
        }
        return []
    }

    private mutating func runExportCommand(_ command: Command) -> [Effect] {
        let last = export.fields.count - 1
        switch command {
        case .moveUp: export.selection = max(export.selection - 1, 0)
        case .moveDown: export.selection = min(export.selection + 1, last)
        case .moveToTop, .pageUp: export.selection = 0
        case .moveToBottom, .pageDown: export.selection = last
        case .open: return openExportField()
        case .runExport: return startExport()
        case .previousValue: cycleExportField(by: -1)
        case .nextValue: cycleExportField(by: 1)
        default: break
        }
        return []
    }

    private mutating func openExportField() -> [Effect] {
        switch export.selectedField {
        case .run:
            return startExport()
        case .path:
            prompt(ModalTag("export-path"), title: Localized(id: "Berkas tujuan", en: "Output file"),
                   label: Localized(id: "Relatif terhadap folder kerja; kosongkan untuk nama otomatis",
                                    en: "Relative to the working folder; empty for the automatic name"),
                   value: exportPath)
        default:
            if let choices = exportChoices(for: export.selectedField) {
                pick(choices.tag, title: choices.title, options: choices.options, selection: choices.selection)
            }
        }
        return []
    }

    /// ←/→ step through a field's choices without opening the list.
    private mutating func cycleExportField(by step: Int) {
        guard let choices = exportChoices(for: export.selectedField), !choices.options.isEmpty else { return }
        let count = choices.options.count
        applyExportPick(choices.tag, ((choices.selection + step) % count + count) % count)
    }

    private mutating func startExport() -> [Effect] {
        switch exportJob() {
        case .failure(let problem):
            export.outcome = .failed(problem.message)
            status = .error(problem.message)
            return []
        case .success(let job):
            export.outcome = nil
            export.pendingReplace = nil
            status = .info(Localized(id: "Mengekspor ke \(job.path)…", en: "Exporting to \(job.path)…"))
            return [.export(job)]
        }
    }

    private mutating func applyExportPick(_ tag: ModalTag, _ index: Int) {
        let registry = data.registry
        let kept = export.selectedField
        let oldFormat = export.format
        switch tag.name {
        case "export-report": if let report = ExportState.Report.allCases[safe: index] { export.report = report }
        case "export-sector": if let sector = registry.sectors[safe: index] { export.sector = sector.key }
        case "export-assessment":
            if let file = data.library.assessments[safe: index] { export.assessment = file.assessment.key }
        case "export-region": export.region = index == 0 ? nil : registry.regions[safe: index - 1]?.code
        case "export-wave":
            if let wave = registry.waves[safe: index] {
                export.wave = wave.id
                if export.compare == wave.id { export.compare = nil }
            }
        case "export-compare": export.compare = index == 0 ? nil : exportCompareChoices[safe: index - 1]?.id
        case "export-personal": export.showsPersonalData = index == 1
        case "export-format": if let format = ExportState.Format.allCases[safe: index] { export.format = format }
        case "export-profile": if let profile = ExportState.CSVProfile.allCases[safe: index] { export.csvProfile = profile }
        case "export-paper": if let paper = ExportState.Paper.allCases[safe: index] { export.paper = paper }
        default: return
        }
        // A typed path keeps its name but follows the format's extension.
        if export.format != oldFormat, let custom = export.customPath, custom.hasSuffix("." + oldFormat.rawValue) {
            export.customPath = String(custom.dropLast(oldFormat.rawValue.count)) + export.format.rawValue
        }
        export.selection = export.fields.firstIndex(of: kept) ?? min(export.selection, export.fields.count - 1)
    }

    /// Waves a survey summary can be compared with: every wave but the summarised one.
    var exportCompareChoices: [SurveyWave] { data.registry.waves.filter { $0.id != export.wave } }

    private mutating func handleExportMouse(_ event: MouseEvent) -> [Effect] {
        switch event.kind {
        case .scrollUp: return runExportCommand(.moveUp)
        case .scrollDown: return runExportCommand(.moveDown)
        case .click, .press, .doubleClick:
            let inner = Block().inner(exportLayout(bodyArea).form)
            guard inner.contains(event.position),
                  let index = export.fields.indices.first(where: { exportFieldRow($0, inner: inner) == event.position.y })
            else { return [] }
            export.selection = index
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

extension ExportState {
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

private extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
