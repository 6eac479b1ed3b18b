import SMEModel
import SMEReportRequest
import TerminalUI

extension ScreenScope where State == ExportScreen {
    func renderExport(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        let layout = exportLayout(area)
        let glyphs = options.glyphs
        let block = Block(title: text("Ekspor laporan", "Export a report"), glyphs: glyphs, borderStyle: Style(.accent))
        block.render(in: layout.form, into: &grid)
        let inner = block.inner(layout.form)
        let fields = state.fields
        let labelWidth = ExportScreen.Field.allCases.map { TextWidth.of(exportLabel($0)) }.max() ?? 0
        for (index, field) in fields.enumerated() {
            let y = exportFieldRow(index, inner: inner)
            guard y < inner.bottom else { break }
            let isSelected = index == state.selection
            let style = isSelected ? Style(.selected) : Style.normal
            if isSelected {
                grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
                grid.cursor = Point(x: inner.x, y: y)
            }
            let marker = isSelected ? glyphs.selectionMarker + " " : "  "
            if field == .run {
                let button = "[ " + text("Ekspor sekarang", "Export now") + " ]  " + text("Enter, x atau F5", "Enter, x or F5")
                grid.put(marker + button, x: inner.x, y: y, style: style.bold(), maxWidth: inner.width, ellipsis: glyphs.ellipsis)
                continue
            }
            let label = DisplayText.padded(exportLabel(field), toWidth: labelWidth + 2)
            let used = grid.put(marker + label, x: inner.x, y: y, style: isSelected ? style : Style(.dim), maxWidth: inner.width)
            let (value, note) = exportValue(field)
            let valueWidth = grid.put(value, x: inner.x + used, y: y, style: style.bold(), maxWidth: inner.width - used,
                                      ellipsis: glyphs.ellipsis)
            if !note.isEmpty {
                grid.put("  " + note, x: inner.x + used + valueWidth, y: y, style: isSelected ? style : Style(.dim),
                         maxWidth: inner.width - used - valueWidth, ellipsis: glyphs.ellipsis)
            }
        }
        let helpTop = exportFieldRow(fields.count - 1, inner: inner) + 2
        let help = DisplayText.wrapped(exportHelp(state.selectedField), toWidth: inner.width - 2)
        for (row, line) in help.prefix(max(inner.bottom - helpTop, 0)).enumerated() {
            grid.put(line, x: inner.x + 2, y: helpTop + row, style: Style(.dim), maxWidth: inner.width - 2)
        }
        renderExportOutcome(in: layout.result, into: &grid)
    }

    /// The last export's outcome: where the file went, or why it did not.
    private func renderExportOutcome(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty, let outcome = state.outcome else { return }
        let (message, style): (String, Style) = switch outcome {
        case .saved(let path, let bytes): (exportSavedMessage(path: path, bytes: bytes)(language), Style(.success, bold: true))
        case .failed(let problem): (text("Ekspor gagal: ", "Export failed: ") + problem(language), Style(.error, bold: true))
        }
        for (row, line) in DisplayText.wrapped(message, toWidth: area.width).prefix(area.height).enumerated() {
            grid.put(line, x: area.x, y: area.y + row, style: style, maxWidth: area.width)
        }
    }

    func exportLabel(_ field: ExportScreen.Field) -> String {
        switch field {
        case .report: text("Laporan", "Report")
        case .sector: text("Sektor", "Sector")
        case .assessment: text("Penilaian", "Assessment")
        case .region: text("Wilayah", "Region")
        case .wave: text("Gelombang", "Wave")
        case .compare: text("Pembanding", "Compare with")
        case .personalData: text("Data pribadi", "Personal data")
        case .format: "Format"
        case .csvProfile: text("Profil CSV", "CSV profile")
        case .paper: text("Kertas", "Paper")
        case .path: text("Berkas", "File")
        case .run: text("Ekspor", "Export")
        }
    }

    /// A field's value as shown, and a dim note after it.
    func exportValue(_ field: ExportScreen.Field) -> (String, String) {
        let e = state
        let registry = data.registry
        switch field {
        case .report: return (e.report.choiceLabel(language), "")
        case .sector: return (registry.sector(e.sector)?.name(language) ?? text("(belum dipilih)", "(none chosen)"), "")
        case .assessment:
            guard let file = data.library.assessments.first(where: { $0.assessment.key == e.assessment }) else {
                return (text("(belum ada penilaian)", "(no assessments yet)"), "")
            }
            return (exportAssessmentLabel(file.assessment)(language), "")
        case .region: return (e.region.map { registry.regionName($0, language) } ?? text("Semua wilayah", "All regions"), "")
        case .wave:
            guard let wave = registry.waves.first(where: { $0.id == e.wave }) else { return (text("(tidak ada)", "(none)"), "") }
            return (wave.label(language), wave.sampling.isIndicative ? SurveyScreen.indicativeBadge(language) : "")
        case .compare:
            guard let wave = registry.waves.first(where: { $0.id == e.compare }) else {
                return (text("Tanpa pembanding", "No comparison"), "")
            }
            return (wave.label(language), wave.sampling.isIndicative ? SurveyScreen.indicativeBadge(language) : "")
        case .personalData: return ((e.showsPersonalData ? Self.exportShown : Self.exportMasked)(language), "")
        case .format: return (e.format.choiceLabel(language), "")
        case .csvProfile: return (e.csvProfile.choiceLabel(language), "")
        case .paper: return (e.paper.choiceLabel(language), "")
        case .path: return (exportPath, e.customPath == nil ? text("(otomatis)", "(automatic)") : "")
        case .run: return ("", "")
        }
    }

    /// One or two sentences under the form about the selected field.
    func exportHelp(_ field: ExportScreen.Field) -> String {
        let keys = text(" Enter: pilih · ←/→: ganti.", " Enter: choose · ←/→: change.")
        switch field {
        case .report:
            return text("Apa yang diekspor: templat SOP, satu penilaian, kepatuhan sektor, atau ringkasan survei.",
                        "What to export: an SOP template, one assessment, a sector's compliance, or a survey summary.") + keys
        case .sector:
            return text("Sektor yang templat atau kepatuhannya diekspor.", "The sector whose template or compliance is exported.") + keys
        case .assessment:
            return text("Satu kunjungan penilaian; di daftar, ketik untuk mencari usaha.",
                        "One assessment visit; in the list, type to find a business.") + keys
        case .region:
            return text("Batasi ke satu kabupaten/kota, atau semua wilayah.", "Limit to one regency or city, or all regions.") + keys
        case .wave:
            return text("Gelombang survei yang diringkas.", "The survey wave to summarise.") + keys
        case .compare:
            return text("Gelombang lain untuk kolom perubahan (poin persentase).",
                        "Another wave for the change columns (percentage points).") + keys
        case .personalData:
            return text("NIK dan telepon pemilik disamarkan kecuali diminta.", "Owners' NIK and phone are masked unless asked for.") + keys
        case .format:
            return text("PDF dan HTML untuk dibaca, XLSX dan CSV untuk diolah, JSON untuk program lain.",
                        "PDF and HTML to read, XLSX and CSV to work with, JSON for other programs.") + keys
        case .csvProfile:
            return text("Excel Indonesia terbuka langsung di Excel berbahasa Indonesia; RFC 4180 untuk skrip.",
                        "Excel, Indonesian opens directly in Excel with Indonesian settings; RFC 4180 suits scripts.") + keys
        case .paper:
            return text("A4, atau F4/Folio yang dipakai banyak kantor daerah.", "A4, or F4/Folio as many regional offices use.") + keys
        case .path:
            return text("Relatif terhadap folder tempat smedash dijalankan. Enter: ubah nama berkas.",
                        "Relative to the folder smedash runs in. Enter: change the file name.")
        case .run:
            return text("Menulis berkas. Berkas yang sudah ada tidak pernah diganti tanpa bertanya.",
                        "Writes the file. An existing file is never replaced without asking.")
        }
    }
}
