import SMEModel
import TerminalUI

extension ScreenScope where State == AssessScreen {
    // MARK: - Layout shared by update and render

    /// Areas of the Assess screen: two header lines (business, live score), then a block with
    /// the item list (its first row is the column header) and the selected item's detail lines.
    func assessLayout(_ area: Rect) -> (header: Rect, block: Rect, list: Rect, detail: Rect) {
        let header = Rect(x: area.x, y: area.y, width: area.width, height: min(2, area.height))
        let block = Rect(x: area.x, y: header.bottom, width: area.width, height: area.height - header.height)
        let inner = block.inset(by: 1)
        let paneLines = state.selectedItem.flatMap { item in state.assessment.map { answerPane(item, $0).lines(width: inner.width).count } } ?? 2
        let detailHeight = ItemTextPane.height(lines: paneLines, available: inner.height)
        let list = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - detailHeight)
        let detail = Rect(x: inner.x, y: list.bottom, width: inner.width, height: detailHeight)
        return (header, block, list, detail)
    }

    /// Item rows that fit under the column header (the page size).
    var assessPageSize: Int { max(assessLayout(bodyArea).list.height - 1, 1) }

    /// The business chosen on the Businesses screen, offered when nothing is being assessed.
    var businessFromBusinessesScreen: Int? { context.chosenBusiness }

    // MARK: - Update

    /// Without an assessment, what would act on one starts one instead (or says how to).
    private mutating func needsAssessment(starting: Bool) -> Bool {
        guard state.assessment == nil else { return false }
        if starting {
            if let business = businessFromBusinessesScreen { requestAssessment(of: business) } else { pickAssessBusiness() }
        } else {
            status = .info(Localized(id: "Pilih usaha dulu: tekan b", en: "Pick a business first: press b"))
        }
        return true
    }

    mutating func runList(_ command: ListCommand) -> [Effect] {
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
            guard state.assessment != nil else { return [] }
            let count = state.checklist?.items.count ?? 0
            state.selection = command.moved(state.selection, count: count, page: assessPageSize)
            scrollAssessToSelection()
        case .open:
            if !needsAssessment(starting: true) { enterAnswer() }
        case .focusLeft, .focusRight, .back:
            break
        }
        return []
    }

    mutating func runEdit(_ command: EditCommand) -> [Effect] {
        // Undo with nothing open has nothing to say; only Ctrl+S explains.
        if state.assessment == nil {
            if command == .save { _ = needsAssessment(starting: false) }
            return []
        }
        switch command {
        case .save:
            return saveAssessment()
        case .undo, .redo:
            guard state.undo(redo: command == .redo) else {
                status = .info(command == .redo ? Localized(id: "Tidak ada yang bisa diulang", en: "Nothing to redo")
                                                : Localized(id: "Tidak ada yang bisa dibatalkan", en: "Nothing to undo"))
                return []
            }
            status = .info(command == .redo ? Localized(id: "Diulang", en: "Redone") : Localized(id: "Dibatalkan", en: "Undone"))
        }
        return []
    }

    mutating func run(_ command: AssessCommand) -> [Effect] {
        switch command {
        case .pickBusiness:
            pickAssessBusiness()
        case .newAssessment:
            if let business = state.business { requestAssessment(of: business) } else { pickAssessBusiness() }
        case .setAssessor:
            askAssessorName(thenSave: false)
        case .visitDetails:
            if !needsAssessment(starting: false) { askVisitTime() }
        case .openAssessment:
            pickSavedAssessment()
        case .followUp:
            startFollowUp()
        case .history:
            guard let business = currentBusiness else {
                status = .info(Localized(id: "Pilih usaha dulu: tekan b", en: "Pick a business first: press b"))
                return []
            }
            return [.loadAssessmentHistory(paths: data.library.assessments(forBusiness: business.id).map(\.path))]
        case .enterNumber:
            if !needsAssessment(starting: true) { enterAnswer() }
        case .cycleAnswer:
            if !needsAssessment(starting: true) { cycleAnswer() }
        case .editNote:
            if !needsAssessment(starting: false) { askNote() }
        case .editAction:
            if !needsAssessment(starting: false) { askAction() }
        }
        return []
    }

    /// Keeps the selected item (and its section header) visible.
    mutating func scrollAssessToSelection() {
        guard let checklist = state.checklist else { return }
        state.offset = ChecklistRows(checklist).offset(selection: state.selection, current: state.offset, visibleRows: assessPageSize)
    }

    // MARK: - Choosing the business

    /// Rows of the businesses whose sector has a template, in registry order; nil when every
    /// business has one (no list of millions of row numbers then).
    private var assessableBusinesses: [Int]? {
        let sectors = Set(data.library.templates.map(\.checklist.sector))
        let businesses = data.registry.businesses
        if businesses.areAll(inSectors: sectors) { return nil }
        let rows = businesses.rows(inSectors: sectors)
        return rows.count == businesses.count ? nil : rows
    }

    private mutating func pickAssessBusiness() {
        let candidates = assessableBusinesses
        guard candidates?.isEmpty != true, !data.registry.businesses.isEmpty else {
            status = .error(Localized(id: "Tidak ada usaha dengan templat SOP untuk sektornya", en: "No business has an SOP template for its sector"))
            return
        }
        let preferred = state.business ?? businessFromBusinessesScreen
        let selection = preferred.flatMap { row in candidates == nil ? row : candidates?.firstIndex(of: row) } ?? 0
        pick(AssessScreen.Question.business, title: Localized(id: "Pilih usaha yang dinilai", en: "Pick the business to assess"),
             options: .businesses(candidates, in: data.registry), selection: selection)
    }

    mutating func answerPick(_ question: AssessScreen.Question, _ index: Int) {
        switch question {
        case .business:
            // Without a list of rows, an entry's index is the business's row.
            let business = assessableBusinesses.map { $0[safe: index] } ?? index
            if let business { requestAssessment(of: business) }
        case .saved(let businessID):
            if let file = data.library.assessments(forBusiness: businessID)[safe: index] { open(file) }
        case .answer(let key):
            let values: [AnswerValue?] = [.yes, .no, .notApplicable, nil]
            guard let assessment = state.assessment, let value = values[safe: index] else { return }
            state.record(assessment.answering(key, with: value))
        default:
            break
        }
    }

    /// Starts an assessment of `business`, asking first when answers would be lost.
    mutating func requestAssessment(of business: Int) {
        guard state.isModified(in: data) else {
            startAssessment(of: business)
            return
        }
        confirm(AssessScreen.Question.discard(startWith: business), title: Localized(id: "Jawaban belum disimpan", en: "Unsaved answers"),
                message: [state.unsavedSummary,
                          Localized(id: "Batal lalu Ctrl+S untuk menyimpannya dulu.", en: "Cancel, then Ctrl+S, to save them first.")],
                buttons: [DialogButton(Localized(id: "Buang dan mulai baru", en: "Discard and start anew"), .discard), .cancel])
    }

    mutating func startAssessment(of index: Int) {
        guard let business = data.registry.businesses[safe: index] else { return }
        guard let template = data.library.template(forSector: business.sector) else {
            status = .error(Localized(id: "Belum ada templat SOP untuk sektor \(data.registry.sectorName(business.sector, .id))",
                                      en: "There is no SOP template for the \(data.registry.sectorName(business.sector, .en)) sector"))
            return
        }
        let key = unusedAssessmentKey(for: business)
        let assessor = state.assessor ?? options.assessor ?? Assessor(name: "")
        let assessment = Assessment.new(for: template.checklist, businessID: business.id, assessor: assessor, date: options.today, key: key)
        var fresh = AssessScreen(data: data)
        fresh.assessor = state.assessor
        fresh.business = index
        fresh.checklist = template.checklist
        fresh.assessment = assessment
        fresh.baseline = assessment
        fresh.path = assessmentPath(key)
        state = fresh
        status = .info(Localized(id: "Menilai \(business.name) dengan \(template.checklist.title) revisi \(template.checklist.revision)",
                                 en: "Assessing \(business.name) with \(template.checklist.titleEn) revision \(template.checklist.revision)"))
    }

    /// Keys are built from registry ids, which were checked at load; an unsafe one gives a path
    /// the save's folder check refuses with a message, never a file elsewhere.
    func assessmentPath(_ key: String) -> String {
        (try? data.folder.documentPath("assessments", id: key)) ?? data.folder.path("assessments/\u{FFFD}")
    }

    /// `<date>-<business id>`, numbered `-2`, `-3`, ... when that file exists or is in use.
    func unusedAssessmentKey(for business: Business) -> String {
        let base = "\(options.today)-\(business.id.lowercased())"
        var taken = Set(data.library.assessments.map(\.path) + data.library.problems.map(\.file))
        if let path = state.path { taken.insert(path) }
        var key = base, number = 2
        while taken.contains(assessmentPath(key)) {
            key = "\(base)-\(number)"
            number += 1
        }
        return key
    }

    mutating func handleAssessMouse(_ event: MouseEvent) {
        guard let checklist = state.checklist else { return }
        let list = assessLayout(bodyArea).list
        switch event.kind {
        case .scrollUp, .scrollDown:
            let count = checklist.items.count
            state.selection = (event.kind == .scrollUp ? ListCommand.moveUp : .moveDown).moved(state.selection, count: count, page: 1)
            scrollAssessToSelection()
        case .click, .press, .doubleClick:
            guard list.contains(event.position), event.position.y > list.y else { return }
            let rows = ChecklistRows(checklist)
            let offset = rows.offset(selection: state.selection, current: state.offset, visibleRows: max(list.height - 1, 1))
            if let item = rows.item(atRow: offset + event.position.y - list.y - 1) {
                state.selection = item
                state.offset = offset
                if case .doubleClick = event.kind { enterAnswer() }
            }
        default:
            break
        }
    }

    // MARK: - Saved assessments and follow-up visits

    /// The business being assessed, else the one chosen on the Businesses screen.
    private var currentBusiness: Business? {
        (state.business ?? businessFromBusinessesScreen).flatMap { data.registry.businesses[safe: $0] }
    }

    /// Unsaved answers would be lost by opening another file: say so rather than lose them.
    private mutating func refuseWhileModified() -> Bool {
        guard state.isModified(in: data) else { return false }
        status = .error(Localized(id: "Jawaban belum disimpan: Ctrl+S dulu, atau u untuk membatalkan",
                                  en: "Unsaved answers: Ctrl+S first, or u to undo them"))
        return true
    }

    /// `o`: the business's saved assessments, newest (the current one) first.
    mutating func pickSavedAssessment() {
        guard let business = currentBusiness else {
            status = .info(Localized(id: "Pilih usaha dulu: tekan b", en: "Pick a business first: press b"))
            return
        }
        let files = data.library.assessments(forBusiness: business.id)
        guard !files.isEmpty else {
            status = .info(Localized(id: "\(business.name) belum punya penilaian tersimpan", en: "\(business.name) has no saved assessment yet"))
            return
        }
        guard !refuseWhileModified() else { return }
        pick(AssessScreen.Question.saved(businessID: business.id),
             title: Localized(id: "Penilaian \(business.name)", en: "Assessments of \(business.name)"),
             options: files.enumerated().map { index, file in savedLabel(file, isCurrent: index == 0) },
             selection: files.firstIndex { $0.path == state.path } ?? 0)
    }

    /// "2021-10-20 TERBARU · Rina Marlina · 75,0% · LULUS": the marker by the date, so a narrow
    /// list never cuts it off.
    func savedLabel(_ file: AssessmentFile, isCurrent: Bool) -> Localized {
        let score = data.library.score(file)
        func line(_ language: Language) -> String {
            let date = file.assessment.date + (isCurrent ? (language == .id ? " TERBARU" : " CURRENT") : "")
            var parts = [date, file.assessment.assessor.name]
            if let score { parts += [score.scoreText(language), score.outcome.label(language)] }
            let open = file.assessment.openActions
            if open > 0 { parts.append(language == .id ? "\(open) tindakan terbuka" : "\(open) open actions") }
            return parts.joined(separator: " · ")
        }
        return Localized(id: line(.id), en: line(.en))
    }

    /// Opens a saved assessment to continue or correct it, against the revision it pinned.
    mutating func open(_ file: AssessmentFile) {
        guard !refuseWhileModified() else { return }
        let assessment = file.assessment
        guard let index = data.registry.businessIndex(assessment.businessID),
              let template = data.library.template(key: assessment.templateKey, revision: assessment.templateRevision) else {
            status = .error(Localized(id: "Templat \(assessment.templateKey) revisi \(assessment.templateRevision) tidak ada",
                                      en: "Template \(assessment.templateKey) revision \(assessment.templateRevision) is missing"))
            return
        }
        var fresh = AssessScreen(data: data)
        fresh.assessor = state.assessor
        fresh.business = index
        fresh.checklist = template.checklist
        fresh.assessment = assessment
        fresh.baseline = assessment
        fresh.path = file.path
        state = fresh
        let isCurrent = data.library.assessments(forBusiness: assessment.businessID).first?.path == file.path
        status = .info(isCurrent
            ? Localized(id: "Penilaian \(assessment.date) dibuka (yang terbaru); Ctrl+S menyimpan perubahan ke berkasnya",
                        en: "Assessment of \(assessment.date) opened (the current one); Ctrl+S saves changes to its file")
            : Localized(id: "Penilaian \(assessment.date) dibuka (bukan yang terbaru); Ctrl+S menyimpan perubahan ke berkasnya",
                        en: "Assessment of \(assessment.date) opened (an earlier one); Ctrl+S saves changes to its file"))
    }

    /// `F`: a new visit that starts from the last assessment, with its open corrective actions.
    mutating func startFollowUp() {
        guard let business = currentBusiness, let index = data.registry.businessIndex(business.id) else {
            status = .info(Localized(id: "Pilih usaha dulu: tekan b", en: "Pick a business first: press b"))
            return
        }
        guard let last = data.library.assessments(forBusiness: business.id).first else {
            status = .info(Localized(id: "\(business.name) belum pernah dinilai; N memulai penilaian baru",
                                     en: "\(business.name) was never assessed; N starts a new assessment"))
            return
        }
        guard !refuseWhileModified() else { return }
        guard let template = data.library.template(forSector: business.sector) else { return }
        let key = unusedAssessmentKey(for: business)
        let assessor = state.assessor ?? options.assessor ?? Assessor(name: "")
        let followUp = last.assessment.followUp(with: template.checklist, assessor: assessor, date: options.today, key: key)
        var fresh = AssessScreen(data: data)
        fresh.assessor = state.assessor
        fresh.business = index
        fresh.checklist = template.checklist
        fresh.baseline = Assessment.new(for: template.checklist, businessID: business.id, assessor: assessor, date: options.today, key: key)
        fresh.assessment = followUp.assessment
        fresh.path = assessmentPath(key)
        state = fresh
        status = .info(Localized(
            id: "Kunjungan lanjutan dari \(last.assessment.date): \(followUp.carried) tindakan perbaikan terbuka dibawa" + (followUp.dropped > 0 ? ", \(followUp.dropped) butir tidak ada lagi di templat" : ""),
            en: "Follow-up of \(last.assessment.date): \(followUp.carried) open corrective actions carried over" + (followUp.dropped > 0 ? ", \(followUp.dropped) items no longer in the template" : "")))
    }
}
