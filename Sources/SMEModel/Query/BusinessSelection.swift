/// What a screen needs from one query: the matching rows in display order, and how many
/// businesses each sector would show under the other filters (the sector list's counts).
public struct BusinessSelection: Hashable, Sendable {
    /// Matching row indices into `Registry.businesses`, sorted as the query asks.
    public var rows: SelectedRows
    /// Matches per `Registry.sectors` entry, ignoring the query's sector.
    public var sectorCounts: [Int]
    /// Matches ignoring the query's sector (the "all businesses" count).
    public var allSectorsCount: Int
}

extension BusinessQuery {
    /// Runs the query in one pass over the columns (or over `searchMatches`, the rows matching
    /// the search text, when the caller kept them from an earlier keystroke) and orders the result
    /// by walking the prepared order of the sort field.
    public func select(in registry: Registry, scores: RowScores = [], searchMatches: [Int32]? = nil) -> BusinessSelection {
        let columns = registry.businesses.columns
        let filter = BusinessFilter(self, columns)
        let candidates = search.isEmpty ? nil : (searchMatches ?? self.searchMatches(in: registry))
        // A search every row matches (one letter of every id, "m" of UMK) narrows nothing.
        if candidates?.count == columns.count {
            var unsearched = self
            unsearched.search = ""
            return unsearched.select(in: registry, scores: scores)
        }
        if search.isEmpty, let selection = walking(filter, registry, scores: scores) { return selection }
        // Contiguous pieces on all cores; their matches, each ascending, join in piece order.
        let total = candidates?.count ?? columns.count
        let pieces = ParallelWork.ranges(total, minimum: Self.rowsPerPiece)
        let parts = ParallelWork.map(pieces.count) { piece -> (perCode: [Int], matched: [Int32], all: Int) in
            var perCode = [Int](repeating: 0, count: columns.sectorValues.count)
            var matched: [Int32] = []
            var all = 0
            matched.reserveCapacity(pieces[piece].count)
            perCode.withUnsafeMutableBufferPointer { perCode in
                if let candidates {
                    for index in pieces[piece] { Self.visit(Int(candidates[index]), filter, columns, &perCode, &matched, &all) }
                } else {
                    for row in pieces[piece] { Self.visit(row, filter, columns, &perCode, &matched, &all) }
                }
            }
            return (perCode, matched, all)
        }
        let all = parts.reduce(0) { $0 + $1.all }
        var matched: [Int32] = []
        if parts.count == 1 {
            matched = parts[0].matched
        } else {
            matched.reserveCapacity(parts.reduce(0) { $0 + $1.matched.count })
            for part in parts { matched.append(contentsOf: part.matched) }
        }
        let sectorCounts = Self.sectorCounts(parts.map(\.perCode), registry)
        // Enough matches to fill a screen soon: walked through the order, as the screen asks.
        if let key = BusinessOrder.Key(sort), matched.count * Self.walkSpread >= columns.count, matched.count < columns.count {
            let walk = OrderWalk(order: columns.order(key), descending: descending, filter: BusinessFilter(),
                                 columns: columns, count: matched.count, among: RowBits(matched, count: columns.count))
            return BusinessSelection(rows: SelectedRows(walk), sectorCounts: sectorCounts, allSectorsCount: all)
        }
        return BusinessSelection(rows: SelectedRows(ordered(matched, columns, scores: scores)), sectorCounts: sectorCounts, allSectorsCount: all)
    }

    /// Filters without a search: the counts from `FilterCounts` and the rows as a walk over the
    /// order, found as the screen asks for them; in the score order, the scored matches sorted
    /// (a few hundred) come first and the rest are walked by name. Nil when so few rows match
    /// that the walk would cross most of the order to fill a screen; the pass over the rows is
    /// quicker then.
    private func walking(_ filter: BusinessFilter, _ registry: Registry, scores: RowScores) -> BusinessSelection? {
        let columns = registry.businesses.columns
        let key = BusinessOrder.Key(sort)
        if let key, filter.sector == nil, !filter.hasOtherFilters { return everyRow(in: registry, order: columns.order(key)) }
        let (perCode, all) = columns.filterCounts.counts(filter)
        let count = filter.sector.map { $0 >= 0 ? perCode[$0] : 0 } ?? all
        guard count * Self.walkSpread >= columns.count else { return nil }
        let rows: SelectedRows
        if let key {
            rows = SelectedRows(OrderWalk(order: columns.order(key), descending: descending, filter: filter, columns: columns, count: count))
        } else {
            var scored: [(score: Double, row: Int32)] = []
            scores.forEach { row, score in
                if row < columns.count, filter.passes(row, columns) { scored.append((score, Int32(row))) }
            }
            let skipping = RowBits(scored.map(\.row), count: columns.count)
            Self.sortByScore(&scored, columns)
            let head = descending ? scored.reversed().map(\.row) : scored.map(\.row)
            rows = SelectedRows(scored: head, then: OrderWalk(order: columns.order(.name), descending: descending, filter: filter,
                                                              columns: columns, count: count - head.count, skipping: skipping))
        }
        return BusinessSelection(rows: rows, sectorCounts: Self.sectorCounts([perCode], registry), allSectorsCount: all)
    }

    /// Scored rows by score, ties by name.
    private static func sortByScore(_ scored: inout [(score: Double, row: Int32)], _ columns: BusinessColumns) {
        let rank = columns.order(.name).rank
        scored.sort { $0.score != $1.score ? $0.score < $1.score : rank[Int($0.row)] < rank[Int($1.row)] }
    }

    /// A walk fills a screen of 30 rows within 30 × this many steps of the order on average.
    static let walkSpread = 2_000

    /// Rows per piece of a parallel pass: below this a second core costs more than it saves.
    /// Task-local so that tests can make small registries take the parallel path.
    @TaskLocal static var rowsPerPiece = 250_000

    /// No filter and no search (the dashboard's start, x): every row in the field's order, and
    /// the sector counts from `FilterCounts` once it is built (after the first frame), until
    /// then from one pass over the sector codes on all cores.
    private func everyRow(in registry: Registry, order: BusinessOrder) -> BusinessSelection {
        let columns = registry.businesses.columns
        let rows = SelectedRows(order, descending: descending)
        if let counts = columns.filterCountsIfBuilt {
            let (perCode, all) = counts.counts(BusinessFilter(self, columns))
            return BusinessSelection(rows: rows, sectorCounts: Self.sectorCounts([perCode], registry), allSectorsCount: all)
        }
        let codes = columns.sectorValues.count
        let pieces = ParallelWork.ranges(columns.count, minimum: Self.rowsPerPiece)
        let partial = ParallelWork.map(pieces.count) { piece in
            var counts = [Int](repeating: 0, count: codes)
            counts.withUnsafeMutableBufferPointer { counts in
                for row in pieces[piece] { counts[Int(columns.sectorCodes[row])] += 1 }
            }
            return counts
        }
        return BusinessSelection(rows: rows, sectorCounts: Self.sectorCounts(partial, registry), allSectorsCount: columns.count)
    }

    /// The sector list's counts, in the registry's order, from per-code counts of each piece.
    private static func sectorCounts(_ pieces: [[Int]], _ registry: Registry) -> [Int] {
        let values = registry.businesses.columns.sectorValues
        return registry.sectors.map { sector in
            values.firstIndex(of: sector.key).map { code in pieces.reduce(0) { $0 + $1[code] } } ?? 0
        }
    }

    @inline(__always)
    private static func visit(
        _ row: Int, _ filter: BusinessFilter, _ columns: BusinessColumns, _ perCode: inout UnsafeMutableBufferPointer<Int>,
        _ matched: inout [Int32], _ all: inout Int
    ) {
        guard filter.passesOthers(row, columns) else { return }
        let code = Int(columns.sectorCodes[row])
        perCode[code] += 1
        all += 1
        if let sector = filter.sector, code != sector { return }
        matched.append(Int32(row))
    }

    /// Matching rows, ascending, from all rows or from `candidates` (ascending).
    func matching(_ filter: BusinessFilter, _ columns: BusinessColumns, candidates: [Int32]?) -> [Int32] {
        if let candidates { return candidates.filter { filter.passes(Int($0), columns) } }
        var out: [Int32] = []
        out.reserveCapacity(columns.count)
        for row in 0..<columns.count where filter.passes(row, columns) { out.append(Int32(row)) }
        return out
    }

    /// `matched` (ascending) in the query's order: a walk over the field's full order when many
    /// rows match, a sort by rank when few do.
    func ordered(_ matched: [Int32], _ columns: BusinessColumns, scores: RowScores) -> [Int] {
        if sort == .sopScore { return scoreOrder(matched, columns, scores: scores) }
        guard let key = BusinessOrder.Key(sort) else { return matched.map { Int($0) } }
        let order = columns.order(key)
        var out: [Int] = []
        out.reserveCapacity(matched.count)
        if matched.count == columns.count {
            return descending ? order.rows.reversed().map { Int($0) } : order.rows.map { Int($0) }
        } else if matched.count * 32 > columns.count {
            var marked = [Bool](repeating: false, count: columns.count)
            for row in matched { marked[Int(row)] = true }
            // The order walked in contiguous pieces on all cores, joined in order.
            let rows = order.rows
            let pieces = ParallelWork.ranges(rows.count, minimum: Self.rowsPerPiece)
            let parts = ParallelWork.map(pieces.count) { index -> [Int] in
                let piece = pieces[descending ? pieces.count - 1 - index : index]
                var part: [Int] = []
                part.reserveCapacity(matched.count / pieces.count + 16)
                if descending {
                    for position in piece.reversed() where marked[Int(rows[position])] { part.append(Int(rows[position])) }
                } else {
                    for position in piece where marked[Int(rows[position])] { part.append(Int(rows[position])) }
                }
                return part
            }
            if parts.count == 1 { return parts[0] }
            for part in parts { out.append(contentsOf: part) }
        } else {
            let rank = order.rank
            let sorted = matched.sorted { rank[Int($0)] < rank[Int($1)] }
            if descending {
                for row in sorted.reversed() { out.append(Int(row)) }
            } else {
                for row in sorted { out.append(Int(row)) }
            }
        }
        return out
    }

    /// Scored rows by score (ties by name), then unscored rows by name; descending reverses the
    /// whole list except that unscored rows stay last.
    func scoreOrder(_ rows: [Int32], _ columns: BusinessColumns, scores: RowScores) -> [Int] {
        let names = columns.order(.name)
        let rank = names.rank
        // Which rows are wanted and which have a score, one byte per row: 1 wanted, 2 scored.
        // The few scored rows are visited from the scores, not looked up once per row.
        var marks = [UInt8](repeating: 0, count: columns.count)
        for row in rows { marks[Int(row)] = 1 }
        var scored: [(score: Double, row: Int32)] = []
        scores.forEach { row, score in
            if row < marks.count, marks[row] == 1 {
                marks[row] = 2
                scored.append((score, Int32(row)))
            }
        }
        Self.sortByScore(&scored, columns)
        var unscored: [Int32] = []
        let unscoredCount = rows.count - scored.count
        unscored.reserveCapacity(unscoredCount)
        if unscoredCount * 32 > columns.count {
            for row in names.rows where marks[Int(row)] == 1 { unscored.append(row) }
        } else {
            unscored = rows.filter { marks[Int($0)] == 1 }.sorted { rank[Int($0)] < rank[Int($1)] }
        }
        var out: [Int] = []
        out.reserveCapacity(rows.count)
        if descending {
            for entry in scored.reversed() { out.append(Int(entry.row)) }
            for row in unscored.reversed() { out.append(Int(row)) }
        } else {
            for entry in scored { out.append(Int(entry.row)) }
            for row in unscored { out.append(Int(row)) }
        }
        return out
    }
}
