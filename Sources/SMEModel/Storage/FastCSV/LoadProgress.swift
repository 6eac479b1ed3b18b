/// What a long load is doing, for a progress line on the terminal.
public struct LoadProgress: Sendable, Equatable {
    /// The file being read.
    public var file: String
    /// Reading, parsing, indexing or checking.
    public var step: Localized
    /// Fraction of the step done, when known.
    public var fraction: Double?

    public init(file: String, step: Localized, fraction: Double? = nil) {
        self.file = file
        self.step = step
        self.fraction = fraction
    }
}

/// Receives load progress, possibly from several threads at once.
public typealias LoadProgressHandler = @Sendable (LoadProgress) -> Void
