import SMEModel
import TerminalUI

extension ScreenScope where State == SurveyScreen {
    // MARK: - Layout shared by update and render

    /// The Survey screen's layout for the current figures.
    func surveyLayout(_ area: Rect, figures: SurveyFigures?) -> SurveyScreenLayout {
        let rows = figures?.tableRows ?? []
        let isComparing = figures?.comparedWith != nil
        var natural: [SurveyScreenLayout.Column: Int] = [:]
        // An opt-in wave has no intervals, and a comparison with one no interval or mark: their
        // columns are left out rather than shown empty.
        let indicative = figures?.wave.sampling.isIndicative ?? false
        let indicativeChange = figures?.total?.change?.isIndicative ?? indicative
        var columns: [SurveyScreenLayout.Column] = [.label, .n, .count, .share] + (indicative ? [] : [.interval]) + [.flag]
        if rows.contains(where: { $0.nationalLow != nil }) { columns.append(.national) }
        if rows.contains(where: { $0.weighted != nil }) { columns += [.weighted] + (indicative ? [] : [.weightedInterval]) }
        if isComparing { columns += [.earlier, .change] + (indicativeChange ? [] : [.changeInterval, .significance]) }
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

    mutating func runList(_ command: ListCommand) {
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom: moveSurvey(command)
        case .focusLeft, .focusRight, .open, .back: break
        }
    }

    mutating func run(_ command: SurveyCommand) {
        let waves = data.registry.waves
        switch command {
        case .pickWave:
            guard !waves.isEmpty else { return noSurveyWaves() }
            pick(SurveyScreen.Question.wave, title: Localized(id: "Pilih gelombang survei", en: "Pick the survey wave"),
                 options: waves.map(data.surveyWaveDescription), selection: waves.firstIndex { $0.id == surveyWave?.id } ?? 0)
        case .pickBreakdown:
            let breakdowns = SurveyScreen.breakdowns
            pick(SurveyScreen.Question.breakdown, title: Localized(id: "Pilih rincian", en: "Pick the breakdown"),
                 options: breakdowns.map(\.label), selection: breakdowns.firstIndex(of: state.breakdown) ?? 0)
        case .nextBreakdown:
            let breakdowns = SurveyScreen.breakdowns
            let next = ((breakdowns.firstIndex(of: state.breakdown) ?? -1) + 1) % breakdowns.count
            setSurveyBreakdown(breakdowns[next])
        case .cycleWeighting:
            cycleSurveyWeighting()
        case .frequency:
            askResponseColumn()
        case .exportView:
            if let view = state.frequency {
                askExport(view, SurveyScreen.Question.exportFrequency)
            } else {
                status = .info(FrequencyView.openFirst)
            }
        case .compareWave:
            guard !waves.isEmpty else { return noSurveyWaves() }
            let others = surveyCompareChoices
            let current = others.firstIndex { $0.id == state.compareID }.map { $0 + 1 } ?? 0
            pick(SurveyScreen.Question.compare, title: Localized(id: "Bandingkan dengan gelombang", en: "Compare with the wave"),
                 options: [Localized(id: "Tanpa pembanding", en: "No comparison")] + others.map(data.surveyWaveDescription),
                 selection: current)
            if !state.breakdown.isAdoption {
                status = .info(Localized(
                    id: "Perbandingan tampil pada rincian daring: sektor, wilayah, skala.",
                    en: "Comparisons show on the online breakdowns: sector, region, scale."))
            }
        }
    }

    /// Unweighted → sector × region → sector × size → official counts (when imported) → unweighted,
    /// saying each time what the weighted column now means.
    private mutating func cycleSurveyWeighting() {
        var choices: [SurveyWeighting?] = [nil, .sectorRegion, .sectorScale]
        if !data.surveyPopulations.official(data.folder).isEmpty { choices.append(.sectorRegionOfficial) }
        let next = ((choices.firstIndex(of: state.weighting) ?? 0) + 1) % choices.count
        state.weighting = choices[next]
        if let weighting = state.weighting {
            status = .info(Localized(
                id: "Kolom tertimbang: pasca-stratifikasi \(weighting.label.id); persentase biasa tetap di sebelahnya",
                en: "Weighted column: post-stratified by \(weighting.label.en); the plain share stays beside it"))
            if !state.breakdown.isAdoption {
                status = .info(Localized(id: "Bobot berlaku pada rincian daring: sektor, wilayah, skala.",
                                         en: "Weights apply to the online breakdowns: sector, region, scale."))
            }
        } else {
            status = .info(Localized(id: "Tanpa bobot", en: "Unweighted"))
        }
    }

    /// Waves the current one can be compared with: every other wave.
    var surveyCompareChoices: [SurveyWave] {
        data.registry.waves.filter { $0.id != surveyWave?.id }
    }

    mutating func noSurveyWaves() {
        switch data.survey {
        case .loading: status = .info(SurveyScreen.loadingText)
        case .failed(let message): status = .error(message)
        case .loaded: status = .info(Localized(id: "Data tidak memuat gelombang survei.", en: "The data has no survey waves."))
        }
    }

    mutating func applyPick(_ question: SurveyScreen.Question, _ index: Int) {
        switch question {
        case .wave:
            guard let wave = data.registry.waves[safe: index] else { return }
            state.waveID = wave.id
            if state.compareID == wave.id { state.compareID = nil }
            clampSurveySelection()
        case .breakdown:
            if let breakdown = SurveyScreen.breakdowns[safe: index] { setSurveyBreakdown(breakdown) }
        case .compare:
            state.compareID = index == 0 ? nil : surveyCompareChoices[safe: index - 1]?.id
            clampSurveySelection()
        case .frequencyColumn, .pivotColumn, .exportFrequency:
            break
        }
    }

    private mutating func setSurveyBreakdown(_ breakdown: SurveyBreakdown) {
        guard breakdown != state.breakdown else { return }
        state.breakdown = breakdown
        state.selection = 0
        state.offset = 0
    }

    /// Keeps the selection on a row after the row count changed.
    private mutating func clampSurveySelection() {
        let count = surveyFigures?.tableRows.count ?? 0
        state.selection = min(state.selection, max(count - 1, 0))
        let page = surveyLayout(bodyArea, figures: surveyFigures).pageSize
        state.offset = Table.scrollOffset(selection: state.selection, current: state.offset, visibleRows: page, rowCount: count)
    }

    private mutating func moveSurvey(_ command: ListCommand) {
        let figures = surveyFigures
        let count = figures?.tableRows.count ?? 0
        let page = surveyLayout(bodyArea, figures: figures).pageSize
        state.selection = command.moved(state.selection, count: count, page: page)
        state.offset = Table.scrollOffset(selection: state.selection, current: state.offset, visibleRows: page, rowCount: count)
    }

    mutating func handleMouse(_ event: MouseEvent) {
        switch event.kind {
        case .scrollUp: moveSurvey(.moveUp)
        case .scrollDown: moveSurvey(.moveDown)
        case .click, .press, .doubleClick:
            let figures = surveyFigures
            let layout = surveyLayout(bodyArea, figures: figures)
            guard layout.table.contains(event.position) else { return }
            let row = state.offset + event.position.y - layout.table.y - 1
            if (figures?.tableRows.indices ?? 0..<0).contains(row) { state.selection = row }
        default:
            break
        }
    }
}
