import SMEModel

/// The saved versions a history question lists (an SOP template's, or a business's visits'),
/// each with the text the picker shows, and the one chosen first while the second is asked.
public struct VersionHistory<Document: Hashable & Sendable>: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var label: Localized
        /// The title part used in the diff's heading ("rev. 3, published").
        public var short: Localized
        public var document: Document
    }

    public var entries: [Entry]
    /// The version to compare from, once chosen.
    public var from: Int?

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// Chooses the version to compare from; the labels of the others, to compare with.
    mutating func chooseFrom(_ index: Int) -> [Localized]? {
        guard entries.indices.contains(index) else { return nil }
        from = index
        return others.map { entries[$0].label }
    }

    private var others: [Int] { entries.indices.filter { $0 != from } }

    /// The two versions once the second is chosen (its index among the others).
    func pair(choosing index: Int) -> (from: Entry, to: Entry)? {
        guard let from, let to = others[safe: index] else { return nil }
        return (entries[from], entries[to])
    }

    /// The diff as a document to read, both languages line by line.
    static func document(_ pair: (from: Entry, to: Entry), id: [String], en: [String]) -> Modal {
        .document(title: Localized(id: "Perbedaan: \(pair.from.short.id) → \(pair.to.short.id)", en: "Differences: \(pair.from.short.en) → \(pair.to.short.en)"),
                  lines: zip(id, en).map { Localized(id: $0, en: $1) }, scroll: 0)
    }

    /// "2026-12-04 08:12 · siti · file saved earlier".
    static func when(_ version: FileVersion) -> Localized {
        let source: Localized = switch version.source {
        case .current: Localized(id: "berkas sekarang", en: "current file")
        case .saved: Localized(id: "simpanan sebelumnya", en: "earlier save")
        case .published: Localized(id: "revisi terbit (arsip)", en: "published revision (archive)")
        }
        return Localized(id: "\(version.savedAt) · \(version.savedBy) · \(source.id)", en: "\(version.savedAt) · \(version.savedBy) · \(source.en)")
    }
}
