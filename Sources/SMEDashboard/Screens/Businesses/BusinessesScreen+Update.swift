import SMEModel
import TerminalUI

extension ScreenScope where State == BusinessesScreen {
    // MARK: - Layout shared by update and render

    /// Below this width the sector list folds into the filter line and opens only when focused
    /// (h or ←), so the table keeps its width at 80 columns.
    static let sidebarFoldWidth = 100

    /// Sidebar, filter line and table areas of the Businesses screen.
    func businessesLayout(_ area: Rect) -> (sidebar: Rect, filter: Rect, table: Rect) {
        let folded = area.width < Self.sidebarFoldWidth && state.focus != .sidebar
        let sidebarWidth = folded ? 0 : area.width >= 90 ? 26 : 22
        let columns = folded ? [Rect(x: area.x, y: area.y, width: 0, height: area.height), area]
            : area.columns([.fixed(sidebarWidth), .flexible(1)], spacing: 1)
        let right = columns[1]
        let filter = Rect(x: right.x, y: right.y, width: right.width, height: min(1, right.height))
        let table = Rect(x: right.x, y: right.y + 1, width: right.width, height: max(right.height - 1, 0))
        return (columns[0], filter, table)
    }

    /// Rows of the table that fit on screen (the page size).
    var businessesPageSize: Int { max(businessesLayout(bodyArea).table.height - 1, 1) }

    // MARK: - Update

    /// The search line takes typed keys while it is open.
    mutating func handleSearchKey(_ key: Key) {
        guard let field = state.search else { return }
        switch key {
        case .enter:
            state.search = nil
        case .escape:
            state.search = nil
            state.query.search = ""
            state.recompute(data)
        case _ where BusinessesScreen.passesThroughSearch(key):
            state.search = nil
        default:
            guard let edited = field.handling(key) else { return }
            state.search = edited
            state.query.search = edited.value
            // The search memo narrows from the previous keystroke's matches.
            state.recompute(data)
            state.offset = 0
        }
    }

    /// Keys while the column list is open; every change shows in the table at once.
    private mutating func runColumnEditor(_ command: BusinessesCommand) {
        guard var editor = state.columnEditor else { return }
        switch command {
        case .toggleColumn:
            if !editor.toggle() {
                status = .info(Localized(id: "Kolom nama usaha selalu tampil", en: "The business name column always shows"))
            }
        case .moveColumnUp: editor.move(by: -1)
        case .moveColumnDown: editor.move(by: 1)
        case .columns:
            state.columnEditor = nil
            return
        default:
            status = .info(Localized(id: "Esc menutup daftar kolom dulu", en: "Esc closes the column list first"))
        }
        state.columnEditor = editor
        state.columns = editor.columns
    }

    mutating func runList(_ command: ListCommand) {
        if var editor = state.columnEditor {
            switch command {
            case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
                editor.selection = command.moved(editor.selection, count: editor.order.count, page: businessesPageSize)
                state.columnEditor = editor
            case .back, .open: state.columnEditor = nil
            case .focusLeft, .focusRight: break
            }
            return
        }
        if state.detail != nil {
            switch command {
            case .back, .open: state.detail = nil
            case .moveDown: state.detailScroll += 1
            case .moveUp: state.detailScroll = max(0, state.detailScroll - 1)
            case .pageDown: state.detailScroll += businessesPageSize
            case .pageUp: state.detailScroll = max(0, state.detailScroll - businessesPageSize)
            case .moveToTop: state.detailScroll = 0
            case .moveToBottom, .focusLeft, .focusRight: break
            }
            return
        }
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
            move(command)
        case .focusLeft: state.focus = .sidebar
        case .focusRight: state.focus = .table
        case .open:
            if state.focus == .sidebar {
                state.focus = .table
            } else if let row = state.selectedRow {
                state.detail = row
                state.detailScroll = 0
            }
        case .back:
            if state.isFiltered { clearBusinessFilters() }
        }
    }

    mutating func run(_ command: BusinessesCommand) {
        if state.detail != nil {
            // In the details only the personal-data switch applies.
            if command == .togglePersonalData { state.showsPersonalData.toggle() }
            return
        }
        if state.columnEditor != nil {
            runColumnEditor(command)
            return
        }
        if [.toggleColumn, .moveColumnUp, .moveColumnDown].contains(command) {
            status = .info(Localized(id: "C membuka daftar kolom dulu", en: "C opens the column list first"))
            return
        }
        if state.frequency != nil {
            switch command {
            case .frequency: askFrequencyColumn()
            case .exportView: askFrequencyExport()
            case .sortColumn, .reverseSort: state.frequency?.byCount.toggle()
            default: status = .info(FrequencyView.closeFirst)
            }
            return
        }
        // Each list has its own filters; the other list's are said, not silently applied.
        if state.isShowingCooperatives, [.filterScale, .filterOnline, .filterChannel].contains(command) {
            status = .info(Localized(id: "Saringan ini untuk usaha; koperasi disaring menurut wilayah (r), jenis (t) dan aktif (a)",
                                     en: "This filter is for businesses; cooperatives filter by region (r), type (t) and active (a)"))
            return
        }
        if !state.isShowingCooperatives, [.filterType, .filterActive, .ratWorklist].contains(command) {
            status = .info(Localized(id: "Saringan ini untuk koperasi: pilih Koperasi di daftar kiri",
                                     en: "This filter is for cooperatives: choose Cooperatives in the left list"))
            return
        }
        switch command {
        case .search:
            state.search = TextField(value: state.query.search)
            state.focus = .table
        case .filterRegion:
            let regions = data.registry.regions
            let wanted = Set(regions.indices.filter { state.query.regions.contains(regions[$0].code) }.map { $0 + 1 })
            let current = wanted.min() ?? 0
            // With official counts imported, each region says how much of it the registry holds.
            let official = data.surveyPopulations.official(data.folder)
            let coverage = official.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: RegistryCoverage.rows(data.registry, official: official)
                .map { ($0.region.code, $0) })
            func option(_ region: Region) -> Localized {
                guard let row = coverage[region.code], let count = row.official else {
                    return Localized(id: region.displayName(.id), en: region.displayName(.en))
                }
                func text(_ l: Language) -> String {
                    let numbers = NumberStyle(l)
                    return region.displayName(l) + " · " + numbers.integer(row.registry)
                        + (l == .id ? " dari " : " of ") + numbers.integer(count) + (l == .id ? " resmi" : " official")
                        + (row.share.map { " (" + numbers.percent($0, decimals: 2) + ")" } ?? "")
                }
                return Localized(id: text(.id), en: text(.en))
            }
            pick(BusinessesScreen.Question.region,
                 title: official.isEmpty ? Localized(id: "Saring wilayah · Tab menandai beberapa", en: "Filter by region · Tab marks several")
                     : Localized(id: "Saring wilayah · cakupan registri thd. jumlah resmi", en: "Filter by region · registry coverage of official counts"),
                 options: [Localized(id: "Semua wilayah", en: "All regions")] + regions.map(option), selection: current,
                 marked: wanted.count > 1 ? wanted : [])
        case .filterType:
            let all = CooperativeType.allCases
            let current = state.cooperativeType.flatMap { all.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            pick(BusinessesScreen.Question.cooperativeType, title: Localized(id: "Saring jenis koperasi", en: "Filter by cooperative type"),
                 options: [Localized(id: "Semua jenis", en: "All types")] + all.map(\.label), selection: current)
        case .filterActive:
            let current = state.cooperativeActive.map { $0 ? 1 : 2 } ?? 0
            pick(BusinessesScreen.Question.cooperativeActive, title: Localized(id: "Saring koperasi aktif", en: "Filter by active"),
                 options: [Localized(id: "Semua", en: "All"), Localized(id: "Aktif", en: "Active"),
                           Localized(id: "Tidak aktif", en: "Inactive")], selection: current)
        case .filterScale:
            let current = state.query.scale.flatMap { Scale.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            pick(BusinessesScreen.Question.scale, title: Localized(id: "Saring skala", en: "Filter by scale"),
                 options: [Localized(id: "Semua skala", en: "All scales")] + Scale.allCases.map(\.label), selection: current)
        case .filterOnline:
            let current = state.query.online.map { $0 ? 1 : 2 } ?? 0
            pick(BusinessesScreen.Question.online, title: Localized(id: "Saring kehadiran daring", en: "Filter by online presence"),
                 options: [Localized(id: "Semua", en: "All"), Localized(id: "Daring", en: "Online"),
                           Localized(id: "Belum daring", en: "Not online")], selection: current)
        case .filterChannel:
            let current = state.query.channel.flatMap { Channel.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            pick(BusinessesScreen.Question.channel, title: Localized(id: "Saring kanal", en: "Filter by channel"),
                 options: [Localized(id: "Semua kanal", en: "All channels")] + Channel.allCases.map(\.label), selection: current)
        case .clearFilters:
            clearBusinessFilters()
        case .frequency:
            askFrequencyColumn()
        case .exportView:
            askFrequencyExport()
        case .columns:
            if state.isShowingCooperatives {
                status = .info(Localized(id: "Daftar kolom untuk tabel usaha", en: "The column list is for the business table"))
            } else {
                state.columnEditor = ColumnEditor(columns: state.columns)
            }
        case .toggleColumn, .moveColumnUp, .moveColumnDown:
            break
        case .ratWorklist:
            if state.ratWorklistYear == nil, let year = options.year {
                state.ratWorklistYear = year
                // Longest without a meeting first: the order the office works through them.
                state.cooperativeSort = .lastRAT
                state.cooperativeDescending = false
            } else {
                state.ratWorklistYear = nil
        state.drill = []
            }
            state.selection = 0
            state.offset = 0
            state.recompute(data)
            if let year = state.ratWorklistYear {
                status = .info(Localized(id: "\(state.rows.count) koperasi tanpa RAT pada \(year - 1) dan \(year): perlu pembinaan (w lagi: semua)",
                                         en: "\(state.rows.count) cooperatives held no RAT in \(year - 1) or \(year): to follow up (w again: all)"))
            }
        case .filterLastImport:
            guard let entry = ImportEntry.lastAccepted(data.imports) else {
                status = .info(Localized(id: "Belum ada batch impor yang diterima", en: "No import batch has been accepted yet"))
                return
            }
            state.lastImportOnly.toggle()
            state.selection = 0
            state.offset = 0
            state.recompute(data)
            let count = entry.batch.applied?.count ?? 0
            status = .info(state.lastImportOnly
                ? Localized(id: "Batch \(entry.batch.id): \(count) usaha ditambah atau diubah (I lagi: semua)",
                            en: "Batch \(entry.batch.id): \(count) businesses added or changed (I again: all)")
                : Localized(id: "Semua usaha", en: "All businesses"))
        case .sortColumn:
            if state.isShowingCooperatives {
                let sorts = BusinessesScreen.CooperativeSort.allCases
                pick(BusinessesScreen.Question.cooperativeSort, title: Localized(id: "Urutkan koperasi", en: "Sort cooperatives"),
                     options: sorts.map(\.label), selection: sorts.firstIndex(of: state.cooperativeSort) ?? 0)
            } else {
                let fields = BusinessesScreenColumns.sortFields
                pick(BusinessesScreen.Question.sort, title: Localized(id: "Urutkan menurut kolom", en: "Sort by column"),
                     options: fields.map(BusinessesScreenColumns.title), selection: fields.firstIndex(of: state.query.sort) ?? 0)
            }
        case .reverseSort:
            if state.isShowingCooperatives {
                state.cooperativeDescending.toggle()
            } else {
                state.query.descending.toggle()
            }
            state.recompute(data)
        case .togglePersonalData:
            state.showsPersonalData.toggle()
            status = .info(state.showsPersonalData
                ? Localized(id: "Data pribadi (NIK, telepon) ditampilkan", en: "Personal data (NIK, phone) shown")
                : Localized(id: "Data pribadi disamarkan", en: "Personal data masked"))
        }
    }

    private mutating func move(_ command: ListCommand) {
        let page = businessesPageSize
        if state.focus == .sidebar {
            let last = state.sidebarCounts.count - 1
            var index = state.sidebarSelection
            switch command {
            case .moveUp: index -= 1
            case .moveDown: index += 1
            case .moveToTop, .pageUp: index = 0
            case .moveToBottom, .pageDown: index = last
            default: break
            }
            selectSidebar(min(max(index, 0), last))
            return
        }
        state.selection = command.moved(state.selection, count: state.rows.count, page: page)
        state.offset = Table.scrollOffset(
            selection: state.selection, current: state.offset, visibleRows: page, rowCount: state.rows.count)
    }

    private mutating func selectSidebar(_ index: Int) {
        let wasCooperatives = state.isShowingCooperatives
        state.sidebarSelection = index
        // A drill into business columns means nothing for cooperatives, and the other way round.
        if wasCooperatives != state.isShowingCooperatives { state.drill = [] }
        let sectors = data.registry.sectors
        state.query.sector = index >= 1 && index <= sectors.count ? sectors[index - 1].key : nil
        state.selection = 0
        state.offset = 0
        state.recompute(data)
    }

    private mutating func clearBusinessFilters() {
        state.query = BusinessQuery(sort: state.query.sort, descending: state.query.descending)
        state.cooperativeType = nil
        state.cooperativeActive = nil
        state.ratWorklistYear = nil
        state.drill = []
        state.lastImportOnly = false
        // The cooperative view stays the cooperative view; the business list goes back to all sectors.
        if !state.isShowingCooperatives { state.sidebarSelection = 0 }
        state.recompute(data)
        status = .info(Localized(id: "Saringan dihapus", en: "Filters cleared"))
    }

    /// Several regions marked in the region picker (index 0, "All regions", clears them).
    mutating func applyRegions(_ indices: Set<Int>) {
        let regions = data.registry.regions
        state.query.regions = indices.contains(0) ? [] : Set(indices.compactMap { regions[safe: $0 - 1]?.code })
        state.selection = 0
        state.offset = 0
        state.recompute(data)
    }

    mutating func applyPick(_ question: BusinessesScreen.Question, _ index: Int) {
        switch question {
        case .region:
            state.query.region = index == 0 ? nil : data.registry.regions[safe: index - 1]?.code
        case .scale:
            state.query.scale = index == 0 ? nil : Scale.allCases[safe: index - 1]
        case .online:
            state.query.online = index == 0 ? nil : index == 1
        case .channel:
            state.query.channel = index == 0 ? nil : Channel.allCases[safe: index - 1]
        case .sort:
            if let field = BusinessesScreenColumns.sortFields[safe: index] { state.query.sort = field }
        case .cooperativeSort:
            if let sort = BusinessesScreen.CooperativeSort.allCases[safe: index] { state.cooperativeSort = sort }
        case .cooperativeType:
            state.cooperativeType = index == 0 ? nil : CooperativeType.allCases[safe: index - 1]
        case .cooperativeActive:
            state.cooperativeActive = index == 0 ? nil : index == 1
        case .frequencyColumn, .pivotColumn, .exportFrequency:
            return
        }
        state.selection = 0
        state.offset = 0
        state.recompute(data)
    }

    /// A click on a column header sorts by that column; a second click reverses the order.
    private mutating func sortByHeader(atX x: Int, in area: Rect) {
        if state.isShowingCooperatives {
            guard let index = cooperativeTable(in: area).column(atX: x, in: area), let sort = Self.cooperativeColumnSorts[safe: index] ?? nil
            else { return }
            if sort == state.cooperativeSort { state.cooperativeDescending.toggle() } else { state.cooperativeSort = sort }
        } else {
            let (table, shown) = businessTable(in: area)
            guard let index = table.column(atX: x, in: area), let field = shown[safe: index]?.sortField else { return }
            if field == state.query.sort { state.query.descending.toggle() } else { state.query.sort = field }
        }
        state.recompute(data)
    }

    mutating func handleMouse(_ event: MouseEvent) {
        let layout = businessesLayout(bodyArea)
        switch event.kind {
        case .scrollUp: move(.moveUp)
        case .scrollDown: move(.moveDown)
        case .click, .press, .doubleClick:
            if layout.sidebar.contains(event.position) {
                state.focus = .sidebar
                let index = event.position.y - layout.sidebar.y - 1
                if (0..<state.sidebarCounts.count).contains(index) { selectSidebar(index) }
            } else if layout.table.contains(event.position), event.position.y == layout.table.y, state.detail == nil {
                if event.isPrimaryClick { sortByHeader(atX: event.position.x, in: layout.table) }
            } else if layout.table.contains(event.position) {
                state.focus = .table
                let row = state.offset + event.position.y - layout.table.y - 1
                if state.rows.indices.contains(row) {
                    state.selection = row
                    if case .doubleClick = event.kind { runList(.open) }
                }
            }
        default:
            break
        }
    }
}

extension RandomAccessCollection where Index == Int {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
