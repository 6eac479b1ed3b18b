/// The latest SOP score (0…1) of each business that has one, by registry row. A few thousand
/// assessed businesses among millions: a registry-long array of optionals cost 160 MB at ten
/// million rows, and its zeroing a tenth of the dashboard's start.
public struct RowScores: Sendable, Equatable, ExpressibleByArrayLiteral {
    private var byRow: [Int: Double] = [:]

    public init() {}

    /// From a registry-aligned list (tests and small callers).
    public init(_ scores: [Double?]) {
        for (row, score) in scores.enumerated() where score != nil { byRow[row] = score }
    }

    public init(arrayLiteral elements: Double?...) {
        self.init(elements)
    }

    public subscript(row: Int) -> Double? {
        get { byRow[row] }
        set { byRow[row] = newValue }
    }

    /// Rows with a score.
    public var count: Int { byRow.count }

    /// Each scored row and its score, in no particular order.
    public func forEach(_ body: (_ row: Int, _ score: Double) -> Void) {
        for (row, score) in byRow { body(row, score) }
    }
}
