import SMEModel

extension AppState {
    static let reloadingText = Localized(id: "Membaca ulang data…", en: "Reading the data again…")

    /// Ctrl+O, or a batch accepted here: reads the data folder again (the shared store pulled
    /// first) unless something is unsaved, which a reload would have to throw away.
    /// `quietly` leaves the status line to the message of the step that asked.
    mutating func requestReload(quietly: Bool = false) -> [Effect] {
        guard !hasUnsavedChanges else {
            status = .error(Localized(id: "Simpan atau batalkan perubahan dulu, lalu Ctrl+O membaca ulang data",
                                      en: "Save or undo your changes first; then Ctrl+O reads the data again"))
            return []
        }
        if !quietly { status = .info(Self.reloadingText) }
        return [.reloadData]
    }

    /// Another office changed the registry or the inbox: asks whether to read it again now,
    /// unless a dialog is open or something is unsaved (then the status line says how).
    mutating func offerReload(_ notice: Localized) {
        guard modals.isEmpty, !hasUnsavedChanges else {
            status = .info(Self.withReloadHint(notice))
            return
        }
        modals.append(.confirm(Confirm(
            .app(.reloadData), title: Localized(id: "Data berubah di penyimpanan bersama", en: "The shared store changed"),
            message: [notice, Localized(id: "Baca ulang sekarang? Saringan dan urutan tetap; Ctrl+O kapan saja.",
                                        en: "Read it again now? Filters and sort stay as they are; Ctrl+O does it any time.")],
            buttons: [DialogButton(Localized(id: "Baca ulang", en: "Read again"), .reload),
                      DialogButton(Localized(id: "Nanti", en: "Later"), .later)],
            selected: .later)))
    }

    /// A change heard from the store, and how to read it in.
    static func withReloadHint(_ notice: Localized) -> Localized {
        Localized(id: notice.id + "; Ctrl+O membaca ulang data", en: notice.en + "; Ctrl+O reads the data again")
    }

    mutating func answerReload(_ choice: DialogChoice) -> [Effect] {
        choice == .reload ? requestReload() : []
    }

    /// Puts the data read again in place. Every screen starts again from it, except that the
    /// business list keeps its filters, sort, columns and the business it had selected.
    mutating func dataReloaded(_ reloaded: ReloadedData) -> [Effect] {
        guard !hasUnsavedChanges else {
            status = .error(Localized(id: "Data tidak dibaca ulang: ada perubahan yang belum disimpan",
                                      en: "The data was not read again: there are unsaved changes"))
            return []
        }
        let old = data.registry
        let selected = businesses.selectedRow.map { row in
            businesses.isShowingCooperatives ? old.cooperatives[row].id : old.businesses[row].id
        }
        let wave = survey.waveID
        var fresh = DashboardData(folder: data.folder, registry: reloaded.registry, library: reloaded.library)
        fresh.imports = reloaded.imports
        data = fresh
        var list = businesses
        list.detail = nil
        list.frequency = nil
        list.searchMemo = SearchMemo()
        list.recompute(data)
        if let selected {
            let row = list.isShowingCooperatives
                ? data.registry.cooperatives.firstIndex { $0.id == selected }
                : data.registry.businessIndex(selected)
            if let row, let position = list.rows.position(of: row) { list.selection = position }
        }
        list.offset = min(list.offset, list.selection)
        businesses = list
        survey = SurveyScreen(data: data)
        if let wave, data.registry.waves.contains(where: { $0.id == wave }) { survey.waveID = wave }
        checklists = ChecklistsScreen(data: data)
        assess = AssessScreen(data: data)
        export = ExportScreen(data: data)
        inbox = InboxScreen(data: data)
        let numbers = numbers
        let counts = (numbers.integer(data.registry.businesses.count), numbers.integer(data.registry.cooperatives.count))
        status = .success(Localized(id: "Data dibaca ulang: \(counts.0) usaha, \(counts.1) koperasi",
                                    en: "Data read again: \(counts.0) businesses, \(counts.1) cooperatives"))
        return []
    }
}
