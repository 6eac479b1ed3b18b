/// The Wilson score interval for a binomial proportion, as SciPy and statsmodels compute it
/// with `method="wilson"`.
///
/// Chosen over the Wald interval because Wald collapses to zero width at 0% and 100% and covers
/// badly for the small groups a regency breakdown produces.
public enum Wilson {
    /// The two-sided 95% normal quantile the research vectors were measured with.
    public static let z95 = 1.959964

    /// The interval for `count` successes out of `n`, clamped to [0, 1]; nil when `n` is zero or
    /// `count` lies outside 0...n, because there is no share to bound.
    public static func interval(count: Int, n: Int, z: Double = z95) -> ConfidenceInterval? {
        guard n > 0, count >= 0, count <= n else { return nil }
        let size = Double(n)
        let share = Double(count) / size
        let zSquared = z * z
        let denominator = 1 + zSquared / size
        let centre = (share + zSquared / (2 * size)) / denominator
        let half = z / denominator * (share * (1 - share) / size + zSquared / (4 * size * size)).squareRoot()
        // Rounding can leave the limit a hair off the exact 0 or 1 the formula gives at the edges,
        // and callers rely on low <= share <= high.
        let low = count == 0 ? 0 : min(share, max(0, centre - half))
        let high = count == n ? 1 : max(share, min(1, centre + half))
        return ConfidenceInterval(low: low, high: high)
    }
}
