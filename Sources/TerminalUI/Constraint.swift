/// How much of a row or column split a part takes: ratatui's layout constraints, reduced to three.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (less when the space runs out).
    case fixed(Int)
    /// At least this many cells, growing like `.flexible(1)` when space is left.
    case min(Int)
    /// A share of the space left after fixed and minimum parts, in proportion to the weight.
    case flexible(Int)

    /// Sizes for each constraint, summing to at most `total` minus the spacing.
    /// Fixed and minimum parts are served first, left to right, so when space runs out the
    /// parts at the end shrink to zero; the remainder goes to flexible and minimum parts by weight.
    public static func split(_ total: Int, into constraints: [Constraint], spacing: Int = 0) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        let gaps = max(spacing, 0) * (constraints.count - 1)
        var remaining = max(total - gaps, 0)
        var sizes = [Int](repeating: 0, count: constraints.count)
        for (index, constraint) in constraints.enumerated() {
            let wanted: Int
            switch constraint {
            case .fixed(let n), .min(let n): wanted = Swift.max(n, 0)
            case .flexible: wanted = 0
            }
            sizes[index] = Swift.min(wanted, remaining)
            remaining -= sizes[index]
        }
        let weights = constraints.map { constraint -> Int in
            switch constraint {
            case .fixed: return 0
            case .min: return 1
            case .flexible(let weight): return Swift.max(weight, 0)
            }
        }
        let totalWeight = weights.reduce(0, +)
        guard remaining > 0, totalWeight > 0 else { return sizes }
        let spare = remaining
        for index in sizes.indices where weights[index] > 0 {
            let share = spare * weights[index] / totalWeight
            sizes[index] += share
            remaining -= share
        }
        // Rounding leftovers go to the last weighted parts so earlier columns keep stable widths.
        for index in sizes.indices.reversed() where remaining > 0 && weights[index] > 0 {
            sizes[index] += 1
            remaining -= 1
        }
        return sizes
    }
}
