/// A 1-based line and column in a text file; the column counts characters (Unicode scalars)
/// from the last newline, which is what editors show in their status line.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `14:9`, the form compilers and editors use after a file name.
    public var description: String { "\(line):\(column)" }
}
