import SMEModel
import TerminalUI

extension AppState {
    // MARK: - Layout shared by update and render

    /// Sidebar, filter line and table areas of the Businesses screen.
    func businessesLayout(_ area: Rect) -> (sidebar: Rect, filter: Rect, table: Rect) {
        let sidebarWidth = area.width >= 90 ? 26 : 20
        let columns = area.columns([.fixed(sidebarWidth), .flexible(1)], spacing: 1)
        let right = columns[1]
        let filter = Rect(x: right.x, y: right.y, width: right.width, height: min(1, right.height))
        let table = Rect(x: right.x, y: right.y + 1, width: right.width, height: max(right.height - 1, 0))
        return (columns[0], filter, table)
    }

    /// Rows of the table that fit on screen (the page size).
    var businessesPageSize: Int { max(businessesLayout(bodyArea).table.height - 1, 1) }

    // MARK: - Update

    /// The search line takes typed keys first while it is open.
    mutating func handleBusinessesText(_ key: Key) -> [Effect]? {
        guard let field = businesses.search else { return nil }
        switch key {
        case .enter:
            businesses.search = nil
            return []
        case .escape:
            businesses.search = nil
            businesses.query.search = ""
            businesses.recompute(data)
            return []
        case .up, .down, .pageUp, .pageDown:
            businesses.search = nil
            return nil
        default:
            guard let edited = field.handling(key) else { return [] }
            businesses.search = edited
            businesses.query.search = edited.value
            // The search memo narrows from the previous keystroke's matches.
            businesses.recompute(data)
            businesses.offset = 0
            return []
        }
    }

    mutating func updateBusinesses(_ action: Action) -> [Effect] {
        switch action {
        case .command(let command):
            runBusinesses(command)
        case .picked(let tag, let index):
            applyBusinessesPick(tag, index)
        case .key(.mouse(let event)):
            handleBusinessesMouse(event)
        default:
            break
        }
        return []
    }

    private mutating func runBusinesses(_ command: Command) {
        if businesses.detail != nil {
            switch command {
            case .back, .open: businesses.detail = nil
            case .moveDown: businesses.detailScroll += 1
            case .moveUp: businesses.detailScroll = max(0, businesses.detailScroll - 1)
            case .pageDown: businesses.detailScroll += businessesPageSize
            case .pageUp: businesses.detailScroll = max(0, businesses.detailScroll - businessesPageSize)
            case .moveToTop: businesses.detailScroll = 0
            case .togglePersonalData: businesses.showsPersonalData.toggle()
            default: break
            }
            return
        }
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
            move(command)
        case .focusLeft: businesses.focus = .sidebar
        case .focusRight: businesses.focus = .table
        case .open:
            if businesses.focus == .sidebar {
                businesses.focus = .table
            } else if let row = businesses.selectedRow {
                businesses.detail = row
                businesses.detailScroll = 0
            }
        case .back:
            if businesses.query.isFiltered { clearBusinessFilters() }
        case .search:
            businesses.search = TextField(value: businesses.query.search)
            businesses.focus = .table
        case .filterRegion:
            let regions = data.registry.regions
            let current = businesses.query.region.flatMap { code in regions.firstIndex { $0.code == code } }.map { $0 + 1 } ?? 0
            pick(ModalTag("region"), title: Localized(id: "Saring wilayah", en: "Filter by region"),
                 options: [Localized(id: "Semua wilayah", en: "All regions")] + regions.map { r in
                     Localized(id: r.displayName(.id), en: r.displayName(.en)) }, selection: current)
        case .filterScale:
            let current = businesses.query.scale.flatMap { Scale.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            pick(ModalTag("scale"), title: Localized(id: "Saring skala", en: "Filter by scale"),
                 options: [Localized(id: "Semua skala", en: "All scales")] + Scale.allCases.map(\.label), selection: current)
        case .filterOnline:
            let current = businesses.query.online.map { $0 ? 1 : 2 } ?? 0
            pick(ModalTag("online"), title: Localized(id: "Saring kehadiran daring", en: "Filter by online presence"),
                 options: [Localized(id: "Semua", en: "All"), Localized(id: "Daring", en: "Online"),
                           Localized(id: "Belum daring", en: "Not online")], selection: current)
        case .filterChannel:
            let current = businesses.query.channel.flatMap { Channel.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            pick(ModalTag("channel"), title: Localized(id: "Saring kanal", en: "Filter by channel"),
                 options: [Localized(id: "Semua kanal", en: "All channels")] + Channel.allCases.map(\.label), selection: current)
        case .clearFilters:
            clearBusinessFilters()
        case .sortColumn:
            if businesses.isShowingCooperatives {
                let sorts = BusinessesState.CooperativeSort.allCases
                pick(ModalTag("coop-sort"), title: Localized(id: "Urutkan koperasi", en: "Sort cooperatives"),
                     options: sorts.map(\.label), selection: sorts.firstIndex(of: businesses.cooperativeSort) ?? 0)
            } else {
                let fields = BusinessesScreenColumns.sortFields
                pick(ModalTag("sort"), title: Localized(id: "Urutkan menurut", en: "Sort by"),
                     options: fields.map(\.label), selection: fields.firstIndex(of: businesses.query.sort) ?? 0)
            }
        case .reverseSort:
            if businesses.isShowingCooperatives {
                businesses.cooperativeDescending.toggle()
            } else {
                businesses.query.descending.toggle()
            }
            businesses.recompute(data)
        case .togglePersonalData:
            businesses.showsPersonalData.toggle()
            status = .info(businesses.showsPersonalData
                ? Localized(id: "Data pribadi (NIK, telepon) ditampilkan", en: "Personal data (NIK, phone) shown")
                : Localized(id: "Data pribadi disamarkan", en: "Personal data masked"))
        default:
            break
        }
    }

    private mutating func move(_ command: Command) {
        let page = businessesPageSize
        if businesses.focus == .sidebar {
            let last = businesses.sidebarCounts.count - 1
            var index = businesses.sidebarSelection
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
        let last = businesses.rows.count - 1
        var index = businesses.selection
        switch command {
        case .moveUp: index -= 1
        case .moveDown: index += 1
        case .pageUp: index -= page
        case .pageDown: index += page
        case .moveToTop: index = 0
        case .moveToBottom: index = last
        default: break
        }
        businesses.selection = min(max(index, 0), max(last, 0))
        businesses.offset = Table.scrollOffset(
            selection: businesses.selection, current: businesses.offset, visibleRows: page, rowCount: businesses.rows.count)
    }

    private mutating func selectSidebar(_ index: Int) {
        businesses.sidebarSelection = index
        let sectors = data.registry.sectors
        businesses.query.sector = index >= 1 && index <= sectors.count ? sectors[index - 1].key : nil
        businesses.selection = 0
        businesses.offset = 0
        businesses.recompute(data)
    }

    private mutating func clearBusinessFilters() {
        businesses.query = BusinessQuery(sort: businesses.query.sort, descending: businesses.query.descending)
        businesses.sidebarSelection = 0
        businesses.recompute(data)
        status = .info(Localized(id: "Saringan dihapus", en: "Filters cleared"))
    }

    private mutating func applyBusinessesPick(_ tag: ModalTag, _ index: Int) {
        switch tag.name {
        case "region":
            businesses.query.region = index == 0 ? nil : data.registry.regions[safe: index - 1]?.code
        case "scale":
            businesses.query.scale = index == 0 ? nil : Scale.allCases[safe: index - 1]
        case "online":
            businesses.query.online = index == 0 ? nil : index == 1
        case "channel":
            businesses.query.channel = index == 0 ? nil : Channel.allCases[safe: index - 1]
        case "sort":
            if let field = BusinessesScreenColumns.sortFields[safe: index] { businesses.query.sort = field }
        case "coop-sort":
            if let sort = BusinessesState.CooperativeSort.allCases[safe: index] { businesses.cooperativeSort = sort }
        default:
            return
        }
        businesses.selection = 0
        businesses.offset = 0
        businesses.recompute(data)
    }

    private mutating func handleBusinessesMouse(_ event: MouseEvent) {
        let layout = businessesLayout(bodyArea)
        switch event.kind {
        case .scrollUp: move(.moveUp)
        case .scrollDown: move(.moveDown)
        case .click, .press, .doubleClick:
            if layout.sidebar.contains(event.position) {
                businesses.focus = .sidebar
                let index = event.position.y - layout.sidebar.y - 1
                if (0..<businesses.sidebarCounts.count).contains(index) { selectSidebar(index) }
            } else if layout.table.contains(event.position) {
                businesses.focus = .table
                let row = businesses.offset + event.position.y - layout.table.y - 1
                if businesses.rows.indices.contains(row) {
                    businesses.selection = row
                    if case .doubleClick = event.kind { runBusinesses(.open) }
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
