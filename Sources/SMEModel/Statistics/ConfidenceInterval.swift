/// A two-sided interval for a share or a difference of shares, as fractions (0.35 means 35%).
public struct ConfidenceInterval: Hashable, Sendable {
    public var low: Double
    public var high: Double

    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    /// The absolute width, in the same unit as the limits (0.094 means 9.4 points).
    public var width: Double { high - low }

    public func contains(_ value: Double) -> Bool { low <= value && value <= high }
}
