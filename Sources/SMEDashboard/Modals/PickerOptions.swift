import Foundation
import SMEModel
import TerminalUI

/// A picker's entries: a short list of labels, or businesses of the registry that are labelled only
/// when drawn and searched through the registry's own search keys. As a list of labels, the Assess
/// screen's business picker took 1.4 s to open and 24–36 s for each typed letter at one million
/// businesses, during which the dashboard could not even redraw after a resize.
public struct PickerOptions: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    private let store: Store

    public init(_ labels: [Localized]) {
        store = Store(.labels(labels))
    }

    public init(arrayLiteral labels: Localized...) {
        self.init(labels)
    }

    /// Businesses at registry `rows` (ascending; nil for every business), labelled
    /// "name · id · sector" and matched by name, owner or id like the business list's search.
    public static func businesses(_ rows: [Int]?, in registry: Registry) -> PickerOptions {
        PickerOptions(store: Store(.businesses(rows: rows, registry: registry)))
    }

    private init(store: Store) {
        self.store = store
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { store.count }
    public subscript(position: Int) -> Localized { store.label(position) }

    /// The entries `filter` keeps, in the order shown. The last few answers are kept, because one
    /// keystroke asks up to three times (before the key, after it, and to draw).
    public func matches(_ filter: String) -> PickerMatches {
        store.matches(filter.lowercased())
    }

    /// Columns the widest entry needs in `language`; nil when the entries are too many to measure
    /// (a business picker takes the screen's width).
    func naturalWidth(_ language: Language) -> Int? {
        store.naturalWidth(language)
    }

    public static func == (lhs: PickerOptions, rhs: PickerOptions) -> Bool {
        lhs.store === rhs.store || lhs.store.source == rhs.store.source
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
    }
}

/// The entries a picker's filter keeps, as indices into its options: every entry without a
/// filter (not a list of a million numbers), else the matching ones in the order shown.
public struct PickerMatches: RandomAccessCollection, Sendable {
    enum Kept: Sendable {
        case all(Int)
        case some([Int])
    }

    let kept: Kept

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch kept {
        case .all(let count): count
        case .some(let indices): indices.count
        }
    }

    public subscript(position: Int) -> Int {
        switch kept {
        case .all: position
        case .some(let indices): indices[position]
        }
    }

    /// Where option `index` is shown, or nil when the filter hides it.
    public func firstIndex(of index: Int) -> Int? {
        switch kept {
        case .all(let count): (0..<count).contains(index) ? index : nil
        case .some(let indices): indices.firstIndex(of: index)
        }
    }

    public func contains(_ index: Int) -> Bool {
        firstIndex(of: index) != nil
    }
}

extension PickerOptions {
    final class Store: @unchecked Sendable {
        enum Source: Equatable, Sendable {
            case labels([Localized])
            case businesses(rows: [Int]?, registry: Registry)
        }

        let source: Source
        let count: Int
        private let lock = NSLock()
        private var recent: [(filter: String, matches: PickerMatches)] = []
        /// Lower-cased labels in both languages, made on the first filter.
        private var keys: [(id: String, en: String)]?
        private var widths: [Language: Int] = [:]

        init(_ source: Source) {
            self.source = source
            switch source {
            case .labels(let labels): count = labels.count
            case .businesses(let rows, let registry): count = rows?.count ?? registry.businesses.count
            }
        }

        func label(_ position: Int) -> Localized {
            switch source {
            case .labels(let labels):
                return labels[position]
            case .businesses(let rows, let registry):
                let row = rows?[position] ?? position
                let list = registry.businesses
                let head = "\(list.name(at: row)) · \(list.id(at: row)) · "
                let sector = list.sector(at: row)
                return Localized(id: head + registry.sectorName(sector, .id), en: head + registry.sectorName(sector, .en))
            }
        }

        func matches(_ needle: String) -> PickerMatches {
            guard !needle.isEmpty else { return PickerMatches(kept: .all(count)) }
            lock.lock()
            defer { lock.unlock() }
            if let known = recent.first(where: { $0.filter == needle }) { return known.matches }
            let found: PickerMatches
            switch source {
            case .labels(let labels): found = labelMatches(needle, labels)
            case .businesses(let rows, let registry): found = businessMatches(needle, rows, registry)
            }
            // Four answers: a keystroke's two filters and the ones erasing goes back to. At ten million
            // businesses one answer can hold millions of entries.
            recent = recent.suffix(3) + [(needle, found)]
            return found
        }

        /// Entries with a word starting with the filter first ("ba" finds Bandung before Kabupaten
        /// Subang), then the others containing it; either language matches, so an official may type
        /// "kota bandung" with English labels showing.
        private func labelMatches(_ needle: String, _ labels: [Localized]) -> PickerMatches {
            let keys = self.keys ?? labels.map { ($0.id.lowercased(), $0.en.lowercased()) }
            self.keys = keys
            var starts: [Int] = [], contains: [Int] = []
            for (index, key) in keys.enumerated() {
                let labels = [key.id, key.en]
                guard labels.contains(where: { $0.contains(needle) }) else { continue }
                let atWord = labels.contains { label in
                    label.hasPrefix(needle) || label.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { $0.hasPrefix(needle) }
                }
                if atWord { starts.append(index) } else { contains.append(index) }
            }
            return PickerMatches(kept: .some(starts + contains))
        }

        /// The registry's search (name, owner or id), narrowed from the longest earlier filter this
        /// one extends, as the business list narrows from the previous keystroke.
        private func businessMatches(_ needle: String, _ rows: [Int]?, _ registry: Registry) -> PickerMatches {
            let base = recent.filter { needle.hasPrefix($0.filter) }.max { $0.filter.count < $1.filter.count }
            let previous: [Int32]? = base.map { known in known.matches.map { Int32(truncatingIfNeeded: rows?[$0] ?? $0) } }
            let found = BusinessQuery(search: needle).searchMatches(in: registry, narrowing: previous) ?? []
            guard let rows else { return PickerMatches(kept: .some(found.map(Int.init))) }
            // Both lists ascend, so each match's option index is found by halving.
            var indices: [Int] = []
            indices.reserveCapacity(found.count)
            for row in found {
                var low = 0, high = rows.count
                while low < high {
                    let middle = (low + high) / 2
                    if rows[middle] < Int(row) { low = middle + 1 } else { high = middle }
                }
                if low < rows.count, rows[low] == Int(row) { indices.append(low) }
            }
            return PickerMatches(kept: .some(indices))
        }

        func naturalWidth(_ language: Language) -> Int? {
            guard case .labels(let labels) = source else { return nil }
            lock.lock()
            defer { lock.unlock() }
            if let known = widths[language] { return known }
            let width = labels.map { TextWidth.of($0(language)) }.max() ?? 0
            widths[language] = width
            return width
        }
    }
}
