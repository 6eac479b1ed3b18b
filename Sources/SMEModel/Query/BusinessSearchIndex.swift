import Foundation

/// Lower-cased "name owner id" of every business in one byte buffer, each key ended by a zero
/// byte, so a search is a scan of one buffer for the needle's rarest byte instead of a million
/// `String.contains` calls. The lower-cased name is the prefix of each key and is also the name
/// sort key.
public final class BusinessSearchIndex: @unchecked Sendable {
    let keys: ColumnBuffer<UInt8>
    /// Start of each row's key; `count + 1` entries.
    let starts: ColumnBuffer<UInt32>
    /// End of each row's lower-cased name inside its key.
    let nameEnds: ColumnBuffer<UInt32>
    let count: Int
    /// How often each byte occurs in a sample of the keys, to pick a rare byte of a needle.
    private let frequency: [Double]

    init(_ columns: BusinessColumns) {
        count = columns.count
        let pieces = ParallelWork.ranges(count)
        // Pass 1: each row's key length; rows with non-ASCII text are lower-cased as strings.
        let unusual: [[Int: (key: [UInt8], name: Int)]] = ParallelWork.map(pieces.count) { piece in
            var found: [Int: (key: [UInt8], name: Int)] = [:]
            for row in pieces[piece] where !Self.isASCII(columns, row) {
                let name = Array(columns.string(row, .name).lowercased().utf8)
                let rest = Array("\(columns.string(row, .owner)) \(columns.string(row, .id))".lowercased().utf8)
                found[row] = (name + [UInt8(ascii: " ")] + rest + [0], name.count)
            }
            return found
        }
        let special = unusual.reduce(into: [Int: (key: [UInt8], name: Int)]()) { $0.merge($1) { a, _ in a } }
        let starts = ColumnBuffer<UInt32>(uninitializedCount: count + 1)
        var total = 0
        for row in 0..<count {
            starts[row] = UInt32(truncatingIfNeeded: total)
            if !special.isEmpty, let key = special[row]?.key {
                total += key.count
            } else {
                total += columns.bytes(row, .name).count + columns.bytes(row, .owner).count + columns.bytes(row, .id).count + 3
            }
        }
        starts[count] = UInt32(truncatingIfNeeded: total)
        let keys = ColumnBuffer<UInt8>(uninitializedCount: total)
        let nameEnds = ColumnBuffer<UInt32>(uninitializedCount: max(count, 1))
        // Pass 2: write the keys, lower-casing ASCII on the way.
        _ = ParallelWork.map(pieces.count) { piece in
            for row in pieces[piece] {
                var at = Int(starts[row])
                let rowStart = at
                if !special.isEmpty, let entry = special[row] {
                    for byte in entry.key { keys[at] = byte; at += 1 }
                    nameEnds[row] = UInt32(truncatingIfNeeded: rowStart + entry.name)
                } else {
                    for field in [BusinessColumns.TextField.name, .owner, .id] {
                        for byte in columns.bytes(row, field) {
                            keys[at] = byte &+ ((byte &- 65) < 26 ? 32 : 0)
                            at += 1
                        }
                        if field == .name { nameEnds[row] = UInt32(truncatingIfNeeded: at) }
                        keys[at] = field == .id ? 0 : UInt8(ascii: " ")
                        at += 1
                    }
                }
            }
        }
        var sample = [Int](repeating: 0, count: 256)
        var sampled = 0
        for row in stride(from: 0, to: count, by: max(1, count / 20_000)) {
            for index in Int(starts[row])..<Int(starts[row + 1]) { sample[Int(keys[index])] += 1 }
            sampled += Int(starts[row + 1] - starts[row])
        }
        frequency = sample.map { Double($0) / Double(max(sampled, 1)) }
        self.keys = keys
        self.starts = starts
        self.nameEnds = nameEnds
    }

    private static func isASCII(_ columns: BusinessColumns, _ row: Int) -> Bool {
        for field in [BusinessColumns.TextField.name, .owner, .id] {
            for byte in columns.bytes(row, field) where byte >= 0x80 { return false }
        }
        return true
    }

    /// The lower-cased name of `row`, the name sort key.
    @inline(__always) func nameKey(_ row: Int) -> UnsafeBufferPointer<UInt8> {
        let start = Int(starts[row])
        return UnsafeBufferPointer(start: keys.base + start, count: Int(nameEnds[row]) - start)
    }

    /// Rows whose key contains `needle` (already lower-cased), ascending. With `candidates`
    /// (ascending rows, such as the matches of a shorter search) only those are checked: one by
    /// one when they are few, by a scan of the whole buffer and a merge when they are many.
    func rows(containing needle: [UInt8], among candidates: [Int32]? = nil) -> [Int32] {
        if needle.isEmpty { return candidates ?? (0..<Int32(count)).map { $0 } }
        if needle.contains(0) || keys.count < 16 { return slowRows(containing: needle, among: candidates) }
        // A byte rarer than one in fifty is found fastest by memchr; otherwise compare words.
        let rarest = needle.indices.min { frequency[Int(needle[$0])] < frequency[Int(needle[$1])] } ?? 0
        let anchor = frequency[Int(needle[rarest])] < 0.02 ? rarest : nil
        let search = NeedleSearch(needle: needle, anchor: anchor, keys: keys.base, starts: starts.base, keyCount: keys.count)
        if let candidates, candidates.count * 4 < count {
            // Pieces of the candidates on all cores, joined in order, so they stay ascending.
            let pieces = ParallelWork.ranges(candidates.count, minimum: min(50_000, BusinessQuery.rowsPerPiece))
            if pieces.count == 1 { return candidates.filter { search.contains(row: Int($0)) } }
            return ParallelWork.map(pieces.count) { piece in candidates[pieces[piece]].filter { search.contains(row: Int($0)) } }
                .flatMap { $0 }
        }
        let pieces = ParallelWork.ranges(count, minimum: 100_000)
        let found = ParallelWork.map(pieces.count) { search.scan(rows: pieces[$0]) }.flatMap { $0 }
        guard let candidates else { return found }
        // Both ascending: keep the rows in both.
        var kept: [Int32] = []
        kept.reserveCapacity(min(found.count, candidates.count))
        var other = 0
        for row in found {
            while other < candidates.count && candidates[other] < row { other += 1 }
            if other < candidates.count && candidates[other] == row { kept.append(row) }
        }
        return kept
    }

    /// The rows of `rows` (in any order, kept) whose key contains `needle`.
    func filter(_ rows: [Int32], containing needle: [UInt8]) -> [Int32] {
        if needle.isEmpty { return rows }
        if needle.contains(0) || keys.count < 16 { return slowRows(containing: needle, among: rows) }
        let search = NeedleSearch(needle: needle, anchor: nil, keys: keys.base, starts: starts.base, keyCount: keys.count)
        return rows.filter { search.contains(row: Int($0)) }
    }

    /// The plain loop, for tiny buffers (word loads need 16 bytes) and needles no key can hold.
    private func slowRows(containing needle: [UInt8], among candidates: [Int32]?) -> [Int32] {
        if needle.contains(0) { return [] }
        let rows = candidates ?? (0..<Int32(count)).map { $0 }
        return rows.filter { row in
            let start = Int(starts[Int(row)])
            return ByteSearch.contains(UnsafeRawBufferPointer(start: keys.base + start, count: Int(starts[Int(row) + 1]) - start), needle)
        }
    }
}

/// One needle searched for in the key buffer: by `memchr` for its rare byte (`anchor`) when it has
/// one, else eight positions at a time, a word compare finding where its first two bytes occur.
/// Only those places are compared in full.
private struct NeedleSearch: @unchecked Sendable {
    let needle: [UInt8]
    let anchor: Int?
    let keys: UnsafeMutablePointer<UInt8>
    let starts: UnsafeMutablePointer<UInt32>
    /// Bytes in `keys`; word loads stay below it.
    let keyCount: Int
    private let first: UInt64
    private let second: UInt64?

    init(needle: [UInt8], anchor: Int?, keys: UnsafeMutablePointer<UInt8>, starts: UnsafeMutablePointer<UInt32>, keyCount: Int) {
        self.needle = needle
        self.anchor = anchor
        self.keys = keys
        self.starts = starts
        self.keyCount = keyCount
        first = UInt64(needle[0]) &* 0x0101_0101_0101_0101
        second = needle.count > 1 ? UInt64(needle[1]) &* 0x0101_0101_0101_0101 : nil
    }

    /// True when the key of `row` contains the needle.
    func contains(row: Int) -> Bool {
        firstMatch(from: Int(starts[row]), to: Int(starts[row + 1])) != nil
    }

    /// Matching rows in `rows`, ascending: after a match, the scan jumps to the next row.
    func scan(rows: Range<Int>) -> [Int32] {
        var found: [Int32] = []
        var row = rows.lowerBound
        let stop = Int(starts[rows.upperBound])
        var position = Int(starts[row])
        while let match = firstMatch(from: position, to: stop) {
            while Int(starts[row + 1]) <= match { row += 1 }
            found.append(Int32(row))
            row += 1
            position = Int(starts[row])
        }
        return found
    }

    /// Start of the first occurrence in `from..<to`. Keys end with a zero byte, which no needle
    /// holds, so a match never spans two rows.
    private func firstMatch(from: Int, to: Int) -> Int? {
        let length = needle.count
        return needle.withUnsafeBufferPointer { needleBytes -> Int? in
            guard let needleBase = needleBytes.baseAddress else { return nil }
            if let anchor {
                var position = from + anchor
                let last = to - (length - anchor)
                while position <= last {
                    guard let hit = memchr(keys + position, Int32(needleBase[anchor]), last - position + 1) else { return nil }
                    let at = keys.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    let candidate = at - anchor
                    if candidate >= from, memcmp(keys + candidate, needleBase, length) == 0 { return candidate }
                    position = at + 1
                }
                return nil
            }
            let raw = UnsafeRawPointer(keys)
            var position = from
            // Whole words while both loads (at position and position + 1) stay in the buffer.
            while position + 8 <= to && position + 9 <= keyCount {
                var hits = CSVScanner.zeroBytes(raw.loadUnaligned(fromByteOffset: position, as: UInt64.self) ^ first)
                if let second, hits != 0 {
                    hits &= CSVScanner.zeroBytes(raw.loadUnaligned(fromByteOffset: position + 1, as: UInt64.self) ^ second)
                }
                while hits != 0 {
                    let candidate = position + hits.trailingZeroBitCount >> 3
                    if candidate + length <= to && (length <= 2 || memcmp(keys + candidate, needleBase, length) == 0) {
                        return candidate
                    }
                    hits &= hits &- 1
                }
                position += 8
            }
            while position + length <= to {
                if keys[position] == needleBase[0] && memcmp(keys + position, needleBase, length) == 0 { return position }
                position += 1
            }
            return nil
        }
    }
}
