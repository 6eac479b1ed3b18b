import SMEModel

/// The search matches of recent search texts, so each typed letter narrows the previous result
/// instead of scanning a million keys, and erasing a letter goes back to a result already known.
/// A cache, not state: two screens that show the same thing are equal whatever their memos hold.
public struct SearchMemo: Hashable, Sendable {
    private var entries: [(needle: [UInt8], rows: [Int32])] = []
    private static let capacity = 24

    public init() {}

    /// Rows (ascending) whose name, owner or id contain `query.search`; nil without a search.
    public mutating func matches(for query: BusinessQuery, in registry: Registry) -> [Int32]? {
        guard !query.search.isEmpty else { return nil }
        let needle = Array(query.search.lowercased().utf8)
        if let hit = entries.first(where: { $0.needle == needle }) { return hit.rows }
        // The matches of a longer text are among those of any text it starts with.
        let base = entries.filter { needle.starts(with: $0.needle) }.max { $0.needle.count < $1.needle.count }
        let rows = query.searchMatches(in: registry, narrowing: base?.rows) ?? []
        entries = entries.filter { needle.starts(with: $0.needle) || $0.needle.starts(with: needle) }.suffix(Self.capacity - 1)
            + [(needle, rows)]
        return rows
    }

    public static func == (lhs: SearchMemo, rhs: SearchMemo) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
