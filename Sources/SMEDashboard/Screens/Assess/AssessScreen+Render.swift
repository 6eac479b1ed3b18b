import SMEModel
import TerminalUI

extension ScreenScope where State == AssessScreen {
    func renderAssess(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        guard let checklist = state.checklist, let assessment = state.assessment else {
            renderAssessStart(in: area, into: &grid)
            return
        }
        let layout = assessLayout(area)
        let score = AssessmentScore(checklist: checklist, assessment: assessment)
        renderAssessHeader(assessment, score, in: layout.header, into: &grid)
        let draft = checklist.status == .draft ? text(" · draf", " · draft") : ""
        Block(title: checklist.title(language) + " · rev. \(checklist.revision)" + draft, glyphs: options.glyphs,
              borderStyle: Style(.accent)).render(in: layout.block, into: &grid)
        renderAnswerList(checklist, assessment, in: layout.list, into: &grid)
        renderAnswerDetail(assessment, in: layout.detail, into: &grid)
    }

    /// Before any business is chosen: what to press.
    private func renderAssessStart(in area: Rect, into grid: inout Grid) {
        let block = Block(title: text("Penilaian SOP", "SOP assessment"), glyphs: options.glyphs)
        block.render(in: area, into: &grid)
        let inner = block.inner(area).inset(horizontal: 1, vertical: 0)
        var lines = [text("Belum ada usaha yang dinilai.", "No business is being assessed yet."), "",
                     text("b      pilih usaha (ketik untuk menyaring)", "b      pick a business (type to filter)")]
        if let index = businessFromBusinessesScreen, let business = data.registry.businesses[safe: index] {
            lines.append(text("Enter  nilai \(business.name) (dipilih di layar Usaha)", "Enter  assess \(business.name) (chosen on the Businesses screen)"))
        }
        let who = state.assessor ?? options.assessor
        lines += ["", text("Penilai: ", "Assessor: ") + (who?.name ?? text("belum diisi (A mengisi)", "not set (A sets it)"))]
        for (row, line) in lines.prefix(inner.height).enumerated() {
            grid.put(line, x: inner.x, y: inner.y + row, style: row == 0 ? Style(.title, bold: true) : .normal,
                     maxWidth: inner.width, ellipsis: options.glyphs.ellipsis)
        }
    }

    /// Line 1: business, date, assessor and the modified mark; line 2: the live score.
    private func renderAssessHeader(_ assessment: Assessment, _ score: AssessmentScore, in area: Rect, into grid: inout Grid) {
        guard area.height > 0 else { return }
        let registry = data.registry
        let business = registry.business(assessment.businessID)
        let name = business?.name ?? assessment.businessID
        let sector = business.map { registry.sectorName($0.sector, language) } ?? ""
        let assessor = assessment.assessor.name.isEmpty ? text("penilai belum diisi", "assessor not set") : assessment.assessor.name
        let mark = state.isModified(in: data) ? " " + modifiedMark : ""
        let markWidth = TextWidth.of(mark)
        let used = grid.put("\(name) · \(assessment.businessID) · \(sector) · \(assessment.date) · \(assessor)", x: area.x, y: area.y,
                            style: Style(.title, bold: true), maxWidth: max(area.width - markWidth, 0), ellipsis: options.glyphs.ellipsis)
        if !mark.isEmpty, used + markWidth <= area.width {
            grid.put(mark, x: area.x + used, y: area.y, style: Style(.modified, bold: true))
        }
        guard area.height > 1 else { return }
        let role: StyleRole = switch score.outcome {
        case .passed: .success
        case .incomplete: .warning
        case .failed: .error
        }
        let verdict = score.outcome.label(language)
        var x = area.x
        // While a required item is unanswered there is no score to show, only the verdict.
        let percent = score.isComplete ? score.scoreText(language) : "–"
        x += grid.put(text("Skor ", "Score ") + percent + " · ", x: x, y: area.y + 1, style: Style(.normal, bold: true), maxWidth: area.right - x)
        x += grid.put(verdict, x: x, y: area.y + 1, style: Style(role, bold: true), maxWidth: max(area.right - x, 0))
        var rest = [text("batas ", "pass mark ") + numbers.decimal(score.passPercent, decimals: 0) + "%"]
        let critical = score.failedCritical
        rest.append(text("gagal kritis: ", "failed critical: ") + (critical.isEmpty ? "0" : "\(critical.count) (\(critical.joined(separator: ", ")))"))
        rest.append(text("wajib belum dijawab: ", "required unanswered: ") + numbers.integer(score.unansweredRequired.count))
        rest.append(text("dijawab ", "answered ") + "\(score.count(.pass) + score.count(.fail) + score.count(.notApplicable) + score.count(.unscored))/\(score.items.count)")
        grid.put(" · " + rest.joined(separator: " · "), x: x, y: area.y + 1, style: Style(critical.isEmpty ? .normal : .error),
                 maxWidth: max(area.right - x, 0), ellipsis: options.glyphs.ellipsis)
    }

    private func answerColumns(_ width: Int) -> [Int] {
        let showsKey = width >= 90
        return Constraint.split(width, into: [.fixed(2), .fixed(2), .fixed(10), .fixed(showsKey ? 8 : 0), .flexible(1), .fixed(7), .fixed(3)])
    }

    private func renderAnswerList(_ checklist: Checklist, _ assessment: Assessment, in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        let widths = answerColumns(area.width)
        func drawCells(_ cells: [String], y: Int, style: Style, styles: [Int: Style] = [:]) {
            var x = area.x
            for (column, cell) in cells.enumerated() where column < widths.count {
                let gap = column == 4 ? 1 : 0
                grid.put(cell, x: x, y: y, style: styles[column] ?? style, maxWidth: max(widths[column] - gap, 0), ellipsis: options.glyphs.ellipsis)
                x += widths[column]
            }
        }
        grid.fill(area.row(0), style: Style(.header))
        drawCells(["", "", text("Jawaban", "Answer"), text("Kunci", "Key"), text("Butir", "Item"), text("Hasil", "Result"),
                   "n/t"], y: area.y, style: Style(.header))
        let list = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        guard !list.isEmpty else { return }
        let rows = ChecklistRows(checklist)
        let offset = rows.offset(selection: state.selection, current: state.offset, visibleRows: list.height)
        for (line, row) in rows.rows.dropFirst(offset).prefix(list.height).enumerated() {
            let y = list.y + line
            switch row {
            case .section(let index):
                grid.put(checklist.sections[index].title(language), x: list.x, y: y, style: Style(.header, bold: true),
                         maxWidth: list.width, ellipsis: options.glyphs.ellipsis)
            case .emptySection:
                break
            case .item(let section, let index, let flat):
                let item = checklist.sections[section].items[index]
                let answer = assessment.answers[item.key]
                let result = item.result(for: answer?.value)
                let isSelected = flat == state.selection
                let style: Style = isSelected ? Style(.selected) : .normal
                if isSelected {
                    grid.fill(Rect(x: list.x, y: y, width: list.width, height: 1), style: style)
                    grid.cursor = Point(x: list.x, y: y)
                }
                let resultText: String = switch result {
                case .pass: text("lulus", "pass")
                case .fail: text("GAGAL", "FAIL")
                case .notApplicable: text("tb", "n/a")
                case .unanswered, .unscored: ""
                }
                let flags = (answer?.note != nil ? "n" : "") + (answer?.action != nil ? "t" : "")
                var styles: [Int: Style] = [:]
                if !isSelected {
                    styles[1] = Style(item.critical ? .error : .warning, bold: true)
                    styles[5] = Style(result == .fail ? .error : result == .pass ? .success : .dim, bold: result == .fail)
                    if answer == nil { styles[2] = Style(.dim) }
                }
                drawCells([isSelected ? options.glyphs.selectionMarker : "", item.critical ? "!" : item.isRequired ? "*" : "",
                           AnswerText.value(answer?.value, unit: item.unit, language), item.key, item.text(language), resultText, flags],
                          y: y, style: style, styles: styles)
            }
        }
    }

    /// Under the list: the limit of a number item, the note, and the corrective action (or the
    /// one the template proposes for a failed item).
    /// Under the list: the item's whole text in both languages, its fail condition, note and action.
    func answerPane(_ item: ChecklistItem, _ assessment: Assessment) -> ItemTextPane {
        let answer = assessment.answers[item.key]
        var first: [String] = []
        if let limit = AnswerText.failCondition(item, language) { first.append(limit.prefix(1).uppercased() + limit.dropFirst()) }
        first.append(text("Catatan: ", "Note: ") + (answer?.note ?? text("– (n menulis)", "– (n writes one)")))
        let second: (String, Style)
        if let action = answer?.action {
            second = (text("Tindakan: \(action.text) · tenggat \(action.dueDate)", "Action: \(action.text) · due \(action.dueDate)"), Style(.warning))
        } else if let proposed = assessment.proposedAction(for: item, language: language) {
            second = (text("Usulan tindakan (t): \(proposed.text) · tenggat \(proposed.dueDate)",
                           "Proposed action (t): \(proposed.text) · due \(proposed.dueDate)"), Style(.dim))
        } else {
            second = (text("Tindakan: –", "Action: –"), Style(.dim))
        }
        return ItemTextPane(item: item, language: language,
                            extra: [(first.joined(separator: " · "), answer?.note == nil ? Style(.dim) : .normal), second])
    }

    private func renderAnswerDetail(_ assessment: Assessment, in area: Rect, into grid: inout Grid) {
        guard area.height >= 3, let item = state.selectedItem else { return }
        answerPane(item, assessment).render(in: area, glyphs: options.glyphs, into: &grid)
    }
}
