import SMEModel
import TerminalUI

extension AppState {
    // MARK: - Layout shared by update and render

    /// The Survey screen's layout for the current figures.
    func surveyLayout(_ area: Rect, figures: SurveyFigures?) -> SurveyScreenLayout {
        let rows = figures?.tableRows ?? []
        let isComparing = figures?.comparedWith != nil
        var natural: [SurveyScreenLayout.Column: Int] = [:]
        var columns: [SurveyScreenLayout.Column] = [.label, .n, .count, .share, .interval, .flag]
        if isComparing { columns += [.earlier, .change, .changeInterval, .significance] }
        for column in columns {
            natural[column] = rows.reduce(TextWidth.of(surveyTitle(column, figures: figures))) {
                max($0, TextWidth.of(surveyCell(column, $1)))
            }
        }
        let noteLines = figures.map { surveyNoteLines($0, width: area.width).count } ?? 0
        return SurveyScreenLayout(area: area, rowCount: rows.count, natural: natural, isComparing: isComparing,
                                  noteLines: noteLines)
    }

    // MARK: - Update

    mutating func updateSurvey(_ action: Action) -> [Effect] {
        switch action {
        case .command(let command):
            runSurvey(command)
        case .picked(let tag, let index):
            applySurveyPick(tag, index)
        case .key(.mouse(let event)):
            handleSurveyMouse(event)
        default:
            break
        }
        return []
    }

    private mutating func runSurvey(_ command: Command) {
        let waves = data.registry.waves
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
            moveSurvey(command)
        case .pickWave:
            guard !waves.isEmpty else { return noSurveyWaves() }
            pick(ModalTag("survey-wave"), title: Localized(id: "Pilih gelombang survei", en: "Pick the survey wave"),
                 options: waves.map(surveyWaveDescription), selection: waves.firstIndex { $0.id == surveyWave?.id } ?? 0)
        case .pickBreakdown:
            let breakdowns = SurveyState.breakdowns
            pick(ModalTag("survey-breakdown"), title: Localized(id: "Pilih rincian", en: "Pick the breakdown"),
                 options: breakdowns.map(\.label), selection: breakdowns.firstIndex(of: survey.breakdown) ?? 0)
        case .nextBreakdown:
            let breakdowns = SurveyState.breakdowns
            let next = ((breakdowns.firstIndex(of: survey.breakdown) ?? -1) + 1) % breakdowns.count
            setSurveyBreakdown(breakdowns[next])
        case .compareWave:
            guard !waves.isEmpty else { return noSurveyWaves() }
            let others = surveyCompareChoices
            let current = others.firstIndex { $0.id == survey.compareID }.map { $0 + 1 } ?? 0
            pick(ModalTag("survey-compare"), title: Localized(id: "Bandingkan dengan gelombang", en: "Compare with the wave"),
                 options: [Localized(id: "Tanpa pembanding", en: "No comparison")] + others.map(surveyWaveDescription),
                 selection: current)
            if !survey.breakdown.isAdoption {
                status = .info(Localized(
                    id: "Perbandingan tampil pada rincian daring: sektor, wilayah, skala.",
                    en: "Comparisons show on the online breakdowns: sector, region, scale."))
            }
        default:
            break
        }
    }

    /// Waves the current one can be compared with: every other wave.
    var surveyCompareChoices: [SurveyWave] {
        data.registry.waves.filter { $0.id != surveyWave?.id }
    }

    private mutating func noSurveyWaves() {
        status = .info(Localized(id: "Data tidak memuat gelombang survei.", en: "The data has no survey waves."))
    }

    private mutating func applySurveyPick(_ tag: ModalTag, _ index: Int) {
        switch tag.name {
        case "survey-wave":
            guard let wave = data.registry.waves[safe: index] else { return }
            survey.waveID = wave.id
            if survey.compareID == wave.id { survey.compareID = nil }
            clampSurveySelection()
        case "survey-breakdown":
            if let breakdown = SurveyState.breakdowns[safe: index] { setSurveyBreakdown(breakdown) }
        case "survey-compare":
            survey.compareID = index == 0 ? nil : surveyCompareChoices[safe: index - 1]?.id
            clampSurveySelection()
        default:
            break
        }
    }

    private mutating func setSurveyBreakdown(_ breakdown: SurveyBreakdown) {
        guard breakdown != survey.breakdown else { return }
        survey.breakdown = breakdown
        survey.selection = 0
        survey.offset = 0
    }

    /// Keeps the selection on a row after the row count changed.
    private mutating func clampSurveySelection() {
        let count = surveyFigures?.tableRows.count ?? 0
        survey.selection = min(survey.selection, max(count - 1, 0))
        let page = surveyLayout(bodyArea, figures: surveyFigures).pageSize
        survey.offset = Table.scrollOffset(selection: survey.selection, current: survey.offset, visibleRows: page, rowCount: count)
    }

    private mutating func moveSurvey(_ command: Command) {
        let figures = surveyFigures
        let count = figures?.tableRows.count ?? 0
        let page = surveyLayout(bodyArea, figures: figures).pageSize
        var index = survey.selection
        switch command {
        case .moveUp: index -= 1
        case .moveDown: index += 1
        case .pageUp: index -= page
        case .pageDown: index += page
        case .moveToTop: index = 0
        case .moveToBottom: index = count - 1
        default: break
        }
        survey.selection = min(max(index, 0), max(count - 1, 0))
        survey.offset = Table.scrollOffset(selection: survey.selection, current: survey.offset, visibleRows: page, rowCount: count)
    }

    private mutating func handleSurveyMouse(_ event: MouseEvent) {
        switch event.kind {
        case .scrollUp: moveSurvey(.moveUp)
        case .scrollDown: moveSurvey(.moveDown)
        case .click, .press, .doubleClick:
            let figures = surveyFigures
            let layout = surveyLayout(bodyArea, figures: figures)
            guard layout.table.contains(event.position) else { return }
            let row = survey.offset + event.position.y - layout.table.y - 1
            if (figures?.tableRows.indices ?? 0..<0).contains(row) { survey.selection = row }
        default:
            break
        }
    }
}
