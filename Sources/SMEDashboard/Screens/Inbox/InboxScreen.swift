import SMEModel
import TerminalUI

/// State of the Import screen: the inbox's batches on the left, the chosen batch's rows on the
/// right, narrowed by verdict.
public struct InboxScreen: Hashable, Sendable {
    public enum Focus: Hashable, Sendable { case batches, rows }

    /// Which rows the right side shows.
    public enum VerdictFilter: Int, CaseIterable, Hashable, Sendable {
        case all, new, update, duplicate, invalid

        public var label: Localized {
            switch self {
            case .all: Localized(id: "semua", en: "all")
            case .new: Localized(id: "baru", en: "new")
            case .update: Localized(id: "ubah", en: "update")
            case .duplicate: Localized(id: "duplikat?", en: "duplicate?")
            case .invalid: Localized(id: "tidak sah", en: "invalid")
            }
        }

        /// Survey answers: valid ones count as new, the rest as invalid.
        func admits(_ response: ImportedResponse) -> Bool {
            switch self {
            case .all: true
            case .new: response.response != nil
            case .invalid: response.response == nil
            case .update, .duplicate: false
            }
        }

        func admits(_ row: ImportedRow) -> Bool {
            switch (self, row.verdict) {
            case (.all, _), (.new, .new), (.update, .update), (.duplicate, .duplicate), (.invalid, .invalid): true
            default: false
            }
        }
    }

    public var focus: Focus = .batches
    public var batch: Int = 0
    public var row: Int = 0
    public var rowOffset: Int = 0
    public var filter: VerdictFilter = .all

    public init(data: DashboardData) {}

    /// The rows of the chosen batch that the filter admits.
    func rows(_ data: DashboardData) -> [ImportedRow] {
        data.imports[safe: batch]?.rows.filter(filter.admits) ?? []
    }

    func responses(_ data: DashboardData) -> [ImportedResponse] {
        data.imports[safe: batch]?.responses.filter(filter.admits) ?? []
    }
}

extension InboxScreen: DashboardScreen {
    /// Everything that can happen on the Import screen.
    public enum Action: Hashable, Sendable {
        case list(ListCommand)
        case command(InboxCommand)
        case mouse(MouseEvent)
        case answered(Question, DialogAnswer)
        /// An inbox operation was done; the dashboard's data holds the inbox as it now is.
        case done(Localized)
        case failed(Localized)
    }

    public enum Question: ScreenQuestion {
        case accept(batch: String)
        case returnNote(batch: String)
        /// The fields to copy onto `into`, typed comma-separated.
        case mergeFields(batch: String, row: Int, into: String)

        public var question: SMEDashboard.Question { .inbox(self) }
    }

    static func update(_ scope: inout ScreenScope<Self>, _ action: Action) -> [Effect] {
        switch action {
        case .list(let command): scope.runList(command)
        case .command(let command): return scope.run(command)
        case .mouse: break
        case .answered(.accept(let batch), .chose(.confirm)):
            return [.acceptImport(batch: batch, by: scope.official)]
        case .answered(.mergeFields(let batch, let row, let target), .typed(let text)):
            let fields = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let unknown = fields.filter { !ImportInbox.mergeableFields.contains($0) }
            guard !fields.isEmpty, unknown.isEmpty else {
                scope.status = .error(Localized(id: "Kolom yang dapat digabung: \(ImportInbox.mergeableFields.joined(separator: ", "))",
                                                en: "Fields that can be merged: \(ImportInbox.mergeableFields.joined(separator: ", "))"))
                return []
            }
            return [.mergeImport(batch: batch, row: row, into: target, fields: fields)]
        case .answered(.returnNote(let batch), .typed(let note)):
            let trimmed = note.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else {
                scope.status = .error(Localized(id: "Catatan untuk kabupaten/kota tidak boleh kosong", en: "The note to the regency must not be empty"))
                return []
            }
            return [.returnImport(batch: batch, note: trimmed, by: scope.official)]
        case .answered: break
        case .done(let message):
            scope.status = .success(message)
            scope.clamp()
        case .failed(let message):
            scope.status = .error(message)
        }
        return []
    }

    static func render(_ scope: ScreenScope<Self>, in area: Rect, into grid: inout Grid) {
        scope.renderInbox(in: area, into: &grid)
    }
}

extension ScreenScope where State == InboxScreen {
    /// Who decides: the assessor set for the dashboard, else "dashboard".
    var official: String { options.assessor?.name.isEmpty == false ? options.assessor!.name : "dashboard" }

    var batches: [ImportEntry] { data.imports }
    var currentEntry: ImportEntry? { batches[safe: state.batch] }
    var shownRows: [ImportedRow] { state.rows(data) }
    var shownResponses: [ImportedResponse] { state.responses(data) }
    /// Rows on the right: a survey batch's answers or a registry batch's rows.
    var shownCount: Int { currentEntry?.batch.isSurvey == true ? shownResponses.count : shownRows.count }

    func inboxLayout(_ area: Rect) -> (batches: Rect, rows: Rect) {
        let columns = area.columns([.fixed(area.width >= 100 ? 36 : 28), .flexible(1)], spacing: 1)
        return (columns[0], columns[1])
    }

    var rowPage: Int { max(Block().inner(inboxLayout(bodyArea).rows).height - 1, 1) }

    mutating func runList(_ command: ListCommand) {
        switch command {
        case .focusLeft, .back: state.focus = .batches
        case .focusRight, .open: state.focus = .rows
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
            if state.focus == .batches {
                state.batch = command.moved(state.batch, count: batches.count, page: 5)
                state.row = 0
                state.rowOffset = 0
            } else {
                let count = shownCount
                state.row = command.moved(state.row, count: count, page: rowPage)
                state.rowOffset = Table.scrollOffset(selection: state.row, current: state.rowOffset, visibleRows: rowPage, rowCount: count)
            }
        }
    }

    mutating func run(_ command: InboxCommand) -> [Effect] {
        guard let entry = currentEntry else {
            status = .info(Localized(id: "Kotak tinjauan kosong: impor berkas dengan `smedash import businesses BERKAS`",
                                     en: "The inbox is empty: import a file with `smedash import businesses FILE`"))
            return []
        }
        switch command {
        case .cycleVerdict:
            let all = InboxScreen.VerdictFilter.allCases
            state.filter = all[(state.filter.rawValue + 1) % all.count]
            state.row = 0
            state.rowOffset = 0
            return []
        case .mergeRow:
            guard entry.batch.state == .draft else { return decided(entry) }
            guard let row = shownRows[safe: state.row], case .duplicate(let candidates, _) = row.verdict,
                  let target = candidates.first(where: { !$0.hasPrefix("row ") }), let existing = data.registry.business(target),
                  let imported = row.business else {
                status = .info(Localized(id: "Pilih calon duplikat dari usaha di registri dulu (v menyaring)",
                                         en: "Choose a duplicate of a registry business first (v filters)"))
                return []
            }
            // Offered: the fields where the row says something else than the registry.
            let differing = ImportReview.changes(from: existing, to: imported).map(\.field).filter { ImportInbox.mergeableFields.contains($0) }
            prompt(InboxScreen.Question.mergeFields(batch: entry.batch.id, row: row.row, into: target),
                   title: Localized(id: "Gabungkan baris \(row.row) ke \(target)", en: "Merge row \(row.row) into \(target)"),
                   label: Localized(id: "Kolom yang disalin (pisahkan dengan koma):", en: "Fields to copy (comma-separated):"),
                   value: differing.joined(separator: ","))
            return []
        case .keepRow, .skipRow:
            guard entry.batch.state == .draft else { return decided(entry) }
            guard let row = shownRows[safe: state.row], case .duplicate = row.verdict else {
                status = .info(Localized(id: "Pilih calon duplikat dulu (v menyaring)", en: "Choose a duplicate candidate first (v filters)"))
                return []
            }
            return [.decideImport(batch: entry.batch.id, row: row.row, command == .keepRow ? .keep : .skip)]
        case .acceptBatch where entry.batch.isSurvey:
            guard entry.batch.state == .draft else { return decided(entry) }
            let counts = entry.responses.surveyCounts
            confirm(InboxScreen.Question.accept(batch: entry.batch.id),
                    title: Localized(id: "Terima batch survei?", en: "Accept the survey batch?"),
                    message: [Localized(id: "\(counts.valid) jawaban gelombang \(entry.batch.wave?.id ?? "") masuk ke survey/responses.csv dalam satu simpanan aman; \(counts.invalid) baris tidak sah dan \(counts.rejected) yang ditolak di platform tidak ikut.",
                                        en: "\(counts.valid) answers of wave \(entry.batch.wave?.id ?? "") go into survey/responses.csv in one safe save; \(counts.invalid) invalid rows and \(counts.rejected) rejected on the platform stay out.")],
                    buttons: [DialogButton(Localized(id: "Terima", en: "Accept"), .confirm), .cancel], selected: .cancel)
            return []
        case .acceptBatch:
            guard entry.batch.state == .draft else { return decided(entry) }
            let counts = entry.rows.counts
            guard counts.duplicates == 0 else {
                status = .error(Localized(id: "\(counts.duplicates) calon duplikat belum diputuskan (k simpan, s lewati)",
                                          en: "\(counts.duplicates) duplicate candidates are undecided (k keep, s skip)"))
                return []
            }
            confirm(InboxScreen.Question.accept(batch: entry.batch.id),
                    title: Localized(id: "Terima batch?", en: "Accept the batch?"),
                    message: [Localized(id: "\(counts.new) usaha baru dan \(counts.updates) perubahan masuk ke registri dalam satu simpanan aman; \(counts.invalid) baris tidak sah tidak ikut.",
                                        en: "\(counts.new) new businesses and \(counts.updates) updates go into the registry in one safe save; \(counts.invalid) invalid rows stay out.")],
                    buttons: [DialogButton(Localized(id: "Terima", en: "Accept"), .confirm), .cancel], selected: .cancel)
            return []
        case .returnBatch:
            guard entry.batch.state == .draft else { return decided(entry) }
            prompt(InboxScreen.Question.returnNote(batch: entry.batch.id),
                   title: Localized(id: "Kembalikan batch", en: "Return the batch"),
                   label: Localized(id: "Catatan untuk kabupaten/kota:", en: "Note to the regency:"))
            return []
        }
    }

    private mutating func decided(_ entry: ImportEntry) -> [Effect] {
        status = .info(Localized(id: "Batch \(entry.batch.id) sudah diputuskan", en: "Batch \(entry.batch.id) was already decided"))
        return []
    }

    /// Keeps the selections on existing entries after the inbox changed.
    mutating func clamp() {
        state.batch = min(state.batch, max(batches.count - 1, 0))
        state.row = min(state.row, max(shownCount - 1, 0))
    }

    // MARK: - Drawing

    func renderInbox(in area: Rect, into grid: inout Grid) {
        let layout = inboxLayout(area)
        let glyphs = options.glyphs
        let left = Block(title: text("Batch impor", "Import batches"), glyphs: glyphs,
                         borderStyle: Style(state.focus == .batches ? .accent : .border))
        left.render(in: layout.batches, into: &grid)
        let inner = left.inner(layout.batches)
        if batches.isEmpty {
            grid.put(text("(kosong)", "(empty)"), x: inner.x, y: inner.y, style: Style(.dim), maxWidth: inner.width)
        }
        for (index, entry) in batches.enumerated() where index * 2 + 1 < inner.height {
            let selected = index == state.batch
            let counts = entry.rows.counts
            let survey = entry.responses.surveyCounts
            let style = Style(selected ? (state.focus == .batches ? .selected : .selectedInactive) : .normal, bold: selected)
            grid.put((selected ? glyphs.selectionMarker : " ") + entry.batch.id, x: inner.x, y: inner.y + index * 2, style: style,
                     maxWidth: inner.width, ellipsis: glyphs.ellipsis)
            let line = "  " + stateText(entry.batch.state) + " · " + (entry.batch.isSurvey
                ? text("\(entry.batch.wave?.id ?? "") · sah \(survey.valid) · salah \(survey.invalid)",
                       "\(entry.batch.wave?.id ?? "") · ok \(survey.valid) · bad \(survey.invalid)")
                : text("baru \(counts.new) · dup? \(counts.duplicates) · salah \(counts.invalid)",
                       "new \(counts.new) · dup? \(counts.duplicates) · bad \(counts.invalid)"))
            grid.put(line, x: inner.x, y: inner.y + index * 2 + 1, style: Style(.dim), maxWidth: inner.width, ellipsis: glyphs.ellipsis)
        }
        let title = (currentEntry.map { $0.batch.sources.joined(separator: ", ") } ?? text("Baris", "Rows"))
            + " · " + text("putusan: ", "verdict: ") + state.filter.label(language)
        let right = Block(title: title, glyphs: glyphs, borderStyle: Style(state.focus == .rows ? .accent : .border))
        right.render(in: layout.rows, into: &grid)
        if currentEntry?.batch.isSurvey == true {
            renderResponses(in: right.inner(layout.rows), into: &grid)
            return
        }
        let rows = shownRows
        var table = Table(columns: [
            Table.Column(text("Baris", "Row"), width: .fixed(5), alignment: .right),
            Table.Column(text("Putusan", "Verdict"), width: .fixed(10)),
            Table.Column(text("Usaha", "Business"), width: .flexible(2)),
            Table.Column(text("Alasan", "Why"), width: .flexible(3)),
        ], rowCount: rows.count, selection: rows.isEmpty ? nil : state.row, offset: state.rowOffset,
           isFocused: state.focus == .rows, glyphs: glyphs) { index in
            let row = rows[index]
            return [String(row.row), verdictText(row), row.business.map { "\($0.name) · \(data.registry.regionName($0.region, language))" }
                        ?? row.cells.prefix(2).joined(separator: " · "), reason(row)]
        }
        table.emptyMessage = text("Tidak ada baris dengan putusan ini.", "No row has this verdict.")
        // A duplicate candidate's row is shown beside the registry business it may be.
        var tableArea = right.inner(layout.rows)
        if state.focus == .rows, let selected = rows[safe: state.row], let pair = twin(of: selected), tableArea.height >= pair.count + 8 {
            let height = pair.count + 2
            tableArea.height -= height
            renderTwin(pair, in: Rect(x: tableArea.x, y: tableArea.bottom, width: tableArea.width, height: height), into: &grid)
        }
        table.render(in: tableArea, into: &grid)
    }

    /// A survey batch's answers: the row, whether it counts, who answered and why not.
    private func renderResponses(in area: Rect, into grid: inout Grid) {
        let rows = shownResponses
        var table = Table(columns: [
            Table.Column(text("Baris", "Row"), width: .fixed(5), alignment: .right),
            Table.Column(text("Putusan", "Verdict"), width: .fixed(10)),
            Table.Column(text("Responden", "Respondent"), width: .flexible(2)),
            Table.Column(text("Alasan", "Why"), width: .flexible(3)),
        ], rowCount: rows.count, selection: rows.isEmpty ? nil : state.row, offset: state.rowOffset,
           isFocused: state.focus == .rows, glyphs: options.glyphs) { index in
            let row = rows[index]
            let verdict = row.isRejected ? text("DITOLAK", "REJECTED") : (row.response == nil ? text("TIDAK SAH", "INVALID") : text("SAH", "VALID"))
            let who = row.response.map { response in
                let link = row.link == .notLinked ? text(" (tidak tertaut)", " (not linked)") : ""
                return response.businessID + link + " · " + data.registry.regionName(response.region, language)
            } ?? ""
            let why = (row.problems + row.warnings).map { $0(language) }.joined(separator: "; ")
            return [String(row.row), verdict, who, why]
        }
        table.emptyMessage = text("Tidak ada baris dengan putusan ini.", "No row has this verdict.")
        table.render(in: area, into: &grid)
    }

    /// Field, the row's value and the registry twin's value (personal data masked), or nil when
    /// the row is not a duplicate of a registry business.
    func twin(of row: ImportedRow) -> [(field: String, row: String, registry: String)]? {
        guard let pair = ImportReview.twin(of: row, registry: data.registry) else { return nil }
        // The box shows the fields an official tells businesses apart by, regions by name.
        let shown: [(key: String, label: String)] = [
            ("name", text("Nama", "Name")), ("owner", text("Pemilik", "Owner")), ("ownerNIK", "NIK"), ("phone", text("Telepon", "Phone")),
            ("region", text("Wilayah", "Region")), ("sector", text("Sektor", "Sector")), ("nib", "NIB"),
        ]
        let byField = Dictionary(uniqueKeysWithValues: pair.fields.map { ($0.field, ($0.row, $0.registry)) })
        return [(text("ID", "ID"), "–", pair.target)] + shown.compactMap { key, label in
            guard var values = byField[key] else { return nil }
            if key == "region" { values = (data.registry.regionName(values.0, language), data.registry.regionName(values.1, language)) }
            return (label, values.0, values.1)
        }
    }

    private func renderTwin(_ pair: [(field: String, row: String, registry: String)], in area: Rect, into grid: inout Grid) {
        let glyphs = options.glyphs
        let block = Block(title: text("Baris ini dan usaha di registri", "This row and the registry business"), glyphs: glyphs)
        block.render(in: area, into: &grid)
        let inner = block.inner(area)
        let half = max((inner.width - 12) / 2, 1)
        for (index, entry) in pair.enumerated() where index < inner.height {
            let y = inner.y + index
            let differs = entry.row != entry.registry && entry.row != "–"
            grid.put(entry.field, x: inner.x, y: y, style: Style(.dim), maxWidth: 10)
            grid.put(entry.row, x: inner.x + 11, y: y, style: Style(differs ? .warning : .normal), maxWidth: half, ellipsis: glyphs.ellipsis)
            grid.put(entry.registry, x: inner.x + 12 + half, y: y, style: .normal, maxWidth: half, ellipsis: glyphs.ellipsis)
        }
    }

    private func stateText(_ state: ImportBatch.State) -> String {
        switch state {
        case .draft: text("draf", "draft")
        case .accepted: text("diterima", "accepted")
        case .returned: text("dikembalikan", "returned")
        }
    }

    private func verdictText(_ row: ImportedRow) -> String {
        switch (row.verdict, row.decision) {
        case (.new, _): text("BARU", "NEW")
        case (.update, _): text("UBAH", "UPDATE")
        case (.duplicate, .keep?): text("DISIMPAN", "KEPT")
        case (.duplicate, .skip?): text("DILEWATI", "SKIPPED")
        case (.duplicate, .merge?): text("DIGABUNG", "MERGED")
        case (.duplicate, nil): text("DUPLIKAT?", "DUPLICATE?")
        case (.invalid, _): text("TIDAK SAH", "INVALID")
        }
    }

    private func reason(_ row: ImportedRow) -> String {
        switch row.verdict {
        case .new: return ""
        case .update(let id, let changes): return id + ": " + changes.map(\.field).joined(separator: ", ")
        case .duplicate(let candidates, let reason): return reason(language) + " (" + candidates.joined(separator: ", ") + ")"
        case .invalid: return row.problems.map { $0(language) }.joined(separator: "; ")
        }
    }
}
