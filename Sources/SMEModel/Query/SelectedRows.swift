import Foundation

/// The rows a query selected, in display order, without listing them all: at ten million rows a
/// list is 80 MB made on every keystroke, while the screen shows thirty. An unfiltered list is a
/// view of a prepared sort order; a filtered one walks that order and keeps what it found, from
/// the front for the first pages and from the back for the last, as far as someone has looked.
public struct SelectedRows: RandomAccessCollection, Hashable, Sendable {
    enum Source: Sendable {
        case list([Int])
        case order(BusinessOrder, descending: Bool)
        case walk(OrderWalk)
        /// The SOP score order: the scored matches, sorted, then a walk over the rest by name.
        case scored([Int32], then: OrderWalk)
    }

    let source: Source
    public let count: Int

    public init(_ rows: [Int]) {
        source = .list(rows)
        count = rows.count
    }

    init(_ order: BusinessOrder, descending: Bool) {
        source = .order(order, descending: descending)
        count = order.rows.count
    }

    init(_ walk: OrderWalk) {
        source = .walk(walk)
        count = walk.count
    }

    init(scored head: [Int32], then rest: OrderWalk) {
        source = .scored(head, then: rest)
        count = head.count + rest.count
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> Int {
        switch source {
        case .list(let rows): rows[position]
        case .order(let order, let descending): Int(order.rows[descending ? order.rows.count - 1 - position : position])
        case .walk(let walk): walk.row(at: position)
        case .scored(let head, let rest): position < head.count ? Int(head[position]) : rest.row(at: position - head.count)
        }
    }

    /// Where `row` is in the list, or nil. A walked list looks for it over at most `steps` of
    /// its order.
    public func position(of row: Int, within steps: Int = .max) -> Int? {
        switch source {
        case .list(let rows):
            return rows.firstIndex(of: row)
        case .order(let order, let descending):
            // A scan, not the rank array: building that for one lookup takes longer (40 MB at 10M).
            let found: Int? = order.rows.withUnsafeBufferPointer { rows in
                let wanted = Int32(truncatingIfNeeded: row)
                for position in rows.indices where rows[position] == wanted { return position }
                return nil
            }
            return found.map { descending ? count - 1 - $0 : $0 }
        case .walk(let walk):
            return walk.position(of: row, within: steps)
        case .scored(let head, let rest):
            return head.firstIndex(of: Int32(truncatingIfNeeded: row)) ?? rest.position(of: row, within: steps).map { $0 + head.count }
        }
    }

    /// Equal when they list the same rows. Two views of the same order with the same filter are
    /// equal without walking them; anything else is compared row by row.
    public static func == (a: SelectedRows, b: SelectedRows) -> Bool {
        guard a.count == b.count else { return false }
        switch (a.source, b.source) {
        case (.order(let x, let p), .order(let y, let q)) where x.isSame(as: y) && p == q:
            return true
        case (.walk(let x), .walk(let y)) where x.isSame(as: y):
            return true
        default:
            return a.elementsEqual(b)
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
    }
}

extension SelectedRows: ExpressibleByArrayLiteral {
    public init(arrayLiteral rows: Int...) {
        self.init(rows)
    }
}

/// A filtered walk over a sort order, remembering the matches found from either end.
final class OrderWalk: @unchecked Sendable {
    let order: BusinessOrder
    let descending: Bool
    let filter: BusinessFilter
    let columns: BusinessColumns
    let count: Int
    /// Rows left out although they pass the filter (the scored rows listed before the walk).
    let skipping: RowBits?
    /// The only rows that may come (a search's matches), when not every row may.
    let among: RowBits?
    private let lock = NSLock()
    /// Matches in display order from the top, and how many order positions that took.
    private var front: [Int32] = []
    private var frontSteps = 0
    /// Matches in reverse display order from the bottom, and the positions that took.
    private var back: [Int32] = []
    private var backSteps = 0

    init(order: BusinessOrder, descending: Bool, filter: BusinessFilter, columns: BusinessColumns, count: Int,
         skipping: RowBits? = nil, among: RowBits? = nil) {
        self.order = order
        self.descending = descending
        self.filter = filter
        self.columns = columns
        self.count = count
        self.skipping = skipping
        self.among = among
    }

    func isSame(as other: OrderWalk) -> Bool {
        order.isSame(as: other.order) && descending == other.descending && filter == other.filter && columns === other.columns
            && skipping == nil && other.skipping == nil && among == nil && other.among == nil
    }

    @inline(__always) private func wants(_ row: Int32) -> Bool {
        if let among, !among.contains(row) { return false }
        if let skipping, skipping.contains(row) { return false }
        return filter.passes(Int(row), columns)
    }

    /// The order's row at display step `step` (0 is the top of the list).
    @inline(__always) private func row(step: Int) -> Int32 {
        order.rows[descending ? order.rows.count - 1 - step : step]
    }

    func row(at position: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if position < front.count { return Int(front[position]) }
        let fromBottom = count - 1 - position
        if fromBottom < back.count { return Int(back[fromBottom]) }
        // Extended from whichever end is nearer, a screenful beyond what was asked.
        let steps = order.rows.count
        if position - front.count <= fromBottom - back.count {
            let wanted = min(position + 64, count - back.count)
            while front.count < wanted, frontSteps < steps { _ = stepFront() }
            return Int(front[position])
        }
        let wanted = min(fromBottom + 64, count - front.count)
        while back.count < wanted, backSteps < steps {
            let row = row(step: steps - 1 - backSteps)
            backSteps += 1
            if wants(row) { back.append(row) }
        }
        return Int(back[fromBottom])
    }

    /// The display position of `row`: among the matches found from the top, or walking on
    /// until it comes.
    func position(of row: Int, within steps: Int = .max) -> Int? {
        guard row >= 0, row < columns.count, wants(Int32(row)) else { return nil }
        let wanted = Int32(row)
        lock.lock()
        defer { lock.unlock() }
        if let found = front.firstIndex(of: wanted) { return found }
        let end = steps >= order.rows.count - frontSteps ? order.rows.count : frontSteps + steps
        while frontSteps < end {
            if stepFront() == wanted { return front.count - 1 }
        }
        return nil
    }

    /// Takes the next step from the top: the row found there, or nil when it does not match.
    private func stepFront() -> Int32? {
        let next = row(step: frontSteps)
        frontSteps += 1
        guard wants(next) else { return nil }
        front.append(next)
        return next
    }
}

/// One bit per business row: a set of rows that a walk tests in constant time.
struct RowBits: Sendable {
    private var words: [UInt64]

    init(_ rows: [Int32], count: Int) {
        words = [UInt64](repeating: 0, count: count / 64 + 1)
        for row in rows { words[Int(row) >> 6] |= 1 << UInt64(Int(row) & 63) }
    }

    @inline(__always) func contains(_ row: Int32) -> Bool {
        words[Int(row) >> 6] & (1 << UInt64(Int(row) & 63)) != 0
    }
}
