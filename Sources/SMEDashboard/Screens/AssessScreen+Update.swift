import SMEModel
import TerminalUI

extension AppState {
    // MARK: - Layout shared by update and render

    /// Areas of the Assess screen: two header lines (business, live score), then a block with
    /// the item list (its first row is the column header) and the selected item's detail lines.
    func assessLayout(_ area: Rect) -> (header: Rect, block: Rect, list: Rect, detail: Rect) {
        let header = Rect(x: area.x, y: area.y, width: area.width, height: min(2, area.height))
        let block = Rect(x: area.x, y: header.bottom, width: area.width, height: area.height - header.height)
        let inner = block.inset(by: 1)
        let detailHeight = inner.height >= 8 ? 3 : 0
        let list = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - detailHeight)
        let detail = Rect(x: inner.x, y: list.bottom, width: inner.width, height: detailHeight)
        return (header, block, list, detail)
    }

    /// Item rows that fit under the column header (the page size).
    var assessPageSize: Int { max(assessLayout(bodyArea).list.height - 1, 1) }

    /// The business chosen on the Businesses screen, offered when nothing is being assessed.
    var businessFromBusinessesScreen: Int? {
        businesses.isShowingCooperatives ? nil : businesses.selectedRow
    }

    // MARK: - Update

    mutating func updateAssess(_ action: Action) -> [Effect] {
        switch action {
        case .command(let command):
            return runAssess(command)
        case .picked(let tag, let index):
            answerAssessPick(tag, index)
        case .prompted(let tag, let text):
            return answerAssessPrompt(tag, text)
        case .confirmed(let tag, let choice):
            return answerAssessConfirm(tag, choice)
        case .key(.mouse(let event)):
            handleAssessMouse(event)
        case .assessmentSaved(let file):
            assessmentSaved(file)
        case .saveFailed(let path, let message, let isConflict):
            assessmentSaveFailed(path: path, message: message, isConflict: isConflict)
        default:
            break
        }
        return []
    }

    private mutating func runAssess(_ command: Command) -> [Effect] {
        switch command {
        case .pickBusiness:
            pickAssessBusiness()
            return []
        case .newAssessment:
            if let business = assess.business { requestAssessment(of: business) } else { pickAssessBusiness() }
            return []
        case .setAssessor:
            askAssessorName(thenSave: false)
            return []
        default:
            break
        }
        guard assess.assessment != nil else {
            switch command {
            case .enterNumber, .open, .cycleAnswer:
                if let business = businessFromBusinessesScreen { requestAssessment(of: business) } else { pickAssessBusiness() }
            case .editNote, .editAction, .save:
                status = .info(Localized(id: "Pilih usaha dulu: tekan b", en: "Pick a business first: press b"))
            default:
                break
            }
            return []
        }
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
            let count = assess.checklist?.items.count ?? 0
            assess.selection = ChecklistRows.moved(assess.selection, by: command, count: count, page: assessPageSize)
            scrollAssessToSelection()
        case .cycleAnswer:
            cycleAnswer()
        case .enterNumber, .open:
            enterAnswer()
        case .editNote:
            askNote()
        case .editAction:
            askAction()
        case .save:
            return saveAssessment()
        case .undo, .redo:
            guard assess.undo(redo: command == .redo) else {
                status = .info(command == .redo ? Localized(id: "Tidak ada yang bisa diulang", en: "Nothing to redo")
                                                : Localized(id: "Tidak ada yang bisa dibatalkan", en: "Nothing to undo"))
                return []
            }
            status = .info(command == .redo ? Localized(id: "Diulang", en: "Redone") : Localized(id: "Dibatalkan", en: "Undone"))
        default:
            break
        }
        return []
    }

    /// Keeps the selected item (and its section header) visible.
    mutating func scrollAssessToSelection() {
        guard let checklist = assess.checklist else { return }
        assess.offset = ChecklistRows(checklist).offset(selection: assess.selection, current: assess.offset, visibleRows: assessPageSize)
    }

    // MARK: - Choosing the business

    /// Businesses whose sector has a template, in registry order.
    private var assessableBusinesses: [Int] {
        let sectors = Set(data.library.templates.map(\.checklist.sector))
        return data.registry.businesses.rows(inSectors: sectors)
    }

    private mutating func pickAssessBusiness() {
        let candidates = assessableBusinesses
        guard !candidates.isEmpty else {
            status = .error(Localized(id: "Tidak ada usaha dengan templat SOP untuk sektornya", en: "No business has an SOP template for its sector"))
            return
        }
        let registry = data.registry
        let preferred = assess.business ?? businessFromBusinessesScreen
        let selection = preferred.flatMap { candidates.firstIndex(of: $0) } ?? 0
        pick(ModalTag("assess-business"), title: Localized(id: "Pilih usaha yang dinilai", en: "Pick the business to assess"),
             options: candidates.map { index in
                 let b = registry.businesses[index]
                 return Localized(id: "\(b.name) · \(b.id) · \(registry.sectorName(b.sector, .id))",
                                  en: "\(b.name) · \(b.id) · \(registry.sectorName(b.sector, .en))")
             }, selection: selection)
    }

    private mutating func answerAssessPick(_ tag: ModalTag, _ index: Int) {
        switch tag.name {
        case "assess-business":
            if let business = assessableBusinesses[safe: index] { requestAssessment(of: business) }
        case "assess-answer":
            let values: [AnswerValue?] = [.yes, .no, .notApplicable, nil]
            guard let assessment = assess.assessment, let value = values[safe: index] else { return }
            assess.record(assessment.answering(tag.detail, with: value))
        default:
            break
        }
    }

    /// Starts an assessment of `business`, asking first when answers would be lost.
    private mutating func requestAssessment(of business: Int) {
        guard assess.isModified else {
            startAssessment(of: business)
            return
        }
        confirm(ModalTag("assess-discard", String(business)), title: Localized(id: "Jawaban belum disimpan", en: "Unsaved answers"),
                message: [assess.unsavedSummary,
                          Localized(id: "Batal lalu Ctrl+S untuk menyimpannya dulu.", en: "Cancel, then Ctrl+S, to save them first.")],
                buttons: [Localized(id: "Buang dan mulai baru", en: "Discard and start anew"), Localized(id: "Batal", en: "Cancel")],
                cancelChoice: 1)
    }

    mutating func startAssessment(of index: Int) {
        guard let business = data.registry.businesses[safe: index] else { return }
        guard let template = data.library.template(forSector: business.sector) else {
            status = .error(Localized(id: "Belum ada templat SOP untuk sektor \(data.registry.sectorName(business.sector, .id))",
                                      en: "There is no SOP template for the \(data.registry.sectorName(business.sector, .en)) sector"))
            return
        }
        let key = unusedAssessmentKey(for: business)
        let assessor = assess.assessor ?? options.assessor ?? Assessor(name: "")
        let assessment = Assessment.new(for: template.checklist, businessID: business.id, assessor: assessor, date: options.today, key: key)
        var state = AssessState(data: data)
        state.assessor = assess.assessor
        state.business = index
        state.checklist = template.checklist
        state.assessment = assessment
        state.baseline = assessment
        state.path = assessmentPath(key)
        assess = state
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
        if let path = assess.path { taken.insert(path) }
        var key = base, number = 2
        while taken.contains(assessmentPath(key)) {
            key = "\(base)-\(number)"
            number += 1
        }
        return key
    }

    private mutating func handleAssessMouse(_ event: MouseEvent) {
        guard let checklist = assess.checklist else { return }
        let list = assessLayout(bodyArea).list
        switch event.kind {
        case .scrollUp, .scrollDown:
            let count = checklist.items.count
            assess.selection = ChecklistRows.moved(assess.selection, by: event.kind == .scrollUp ? .moveUp : .moveDown, count: count, page: 1)
            scrollAssessToSelection()
        case .click, .press, .doubleClick:
            guard list.contains(event.position), event.position.y > list.y else { return }
            let rows = ChecklistRows(checklist)
            let offset = rows.offset(selection: assess.selection, current: assess.offset, visibleRows: max(list.height - 1, 1))
            if let item = rows.item(atRow: offset + event.position.y - list.y - 1) {
                assess.selection = item
                assess.offset = offset
                if case .doubleClick = event.kind { enterAnswer() }
            }
        default:
            break
        }
    }
}
