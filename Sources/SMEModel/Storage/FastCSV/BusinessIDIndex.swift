import Foundation

/// Finds a business row by id: open-addressing hash tables of row numbers whose keys are the id
/// bytes already in the text buffer, so a million ids cost a few bytes each instead of a `String`
/// dictionary entry. Rows are first grouped by the top bits of their hash into small tables that
/// fit in the processor's cache and are filled in parallel; filling them also finds the first
/// repeated id.
final class BusinessIDIndex: @unchecked Sendable {
    /// Each slot holds `tag << 32 | row`, or `empty`.
    let slots: ColumnBuffer<UInt64>
    let tableStarts: [Int]
    let tableMasks: [Int]
    let bucketShift: UInt64
    private let text: ColumnBuffer<UInt8>
    private let spans: ColumnBuffer<UInt32>
    /// The first row (in file order) whose id an earlier row already has.
    let firstDuplicateRow: Int?

    private static let empty = UInt64.max

    /// An index read back from the column cache, for ids without repeats.
    init(slots: ColumnBuffer<UInt64>, tableStarts: [Int], tableMasks: [Int], bucketShift: UInt64,
         text: ColumnBuffer<UInt8>, spans: ColumnBuffer<UInt32>) {
        self.slots = slots
        self.tableStarts = tableStarts
        self.tableMasks = tableMasks
        self.bucketShift = bucketShift
        self.text = text
        self.spans = spans
        firstDuplicateRow = nil
    }

    init(text: ColumnBuffer<UInt8>, spans: ColumnBuffer<UInt32>, count: Int) {
        self.text = text
        self.spans = spans
        var bucketBits = 0
        while bucketBits < 12 && (count >> bucketBits) > 2048 { bucketBits += 1 }
        let buckets = 1 << bucketBits
        bucketShift = UInt64(64 - bucketBits)
        let shift = bucketShift
        let hashes = ColumnBuffer<UInt64>(uninitializedCount: count)
        let ranges = ParallelWork.ranges(count)
        // Hash every id and count rows per bucket, per range.
        let perRange: [[Int]] = ParallelWork.map(ranges.count) { piece in
            var counts = [Int](repeating: 0, count: buckets)
            for row in ranges[piece] {
                let hash = Self.hash(Self.key(row, text: text, spans: spans))
                hashes[row] = hash
                if bucketBits > 0 { counts[Int(hash >> shift)] += 1 } else { counts[0] += 1 }
            }
            return counts
        }
        // Group rows by bucket, keeping file order inside each.
        var bucketStarts = [Int](repeating: 0, count: buckets + 1)
        for bucket in 0..<buckets { bucketStarts[bucket + 1] = bucketStarts[bucket] + perRange.reduce(0) { $0 + $1[bucket] } }
        var cursors: [[Int]] = []
        var running = bucketStarts
        for counts in perRange {
            cursors.append(Array(running[0..<buckets]))
            for bucket in 0..<buckets { running[bucket] += counts[bucket] }
        }
        let grouped = ColumnBuffer<Int32>(uninitializedCount: count)
        _ = ParallelWork.map(ranges.count) { piece in
            var cursor = cursors[piece]
            for row in ranges[piece] {
                let bucket = bucketBits > 0 ? Int(hashes[row] >> shift) : 0
                grouped[cursor[bucket]] = Int32(row)
                cursor[bucket] += 1
            }
        }
        // One table per bucket, at most three quarters full.
        var tableStarts = [0]
        var tableMasks: [Int] = []
        for bucket in 0..<buckets {
            var size = 8
            while size * 3 < (bucketStarts[bucket + 1] - bucketStarts[bucket]) * 4 { size *= 2 }
            tableMasks.append(size - 1)
            tableStarts.append(tableStarts[bucket] + size)
        }
        let slots = ColumnBuffer<UInt64>(repeating: Self.empty, count: tableStarts[buckets])
        let starts = tableStarts, masks = tableMasks
        let bucketRanges = ParallelWork.ranges(buckets, minimum: 16)
        let duplicates: [Int?] = ParallelWork.map(bucketRanges.count) { piece in
            var first: Int?
            for bucket in bucketRanges[piece] {
                let base = starts[bucket], mask = masks[bucket]
                for index in bucketStarts[bucket]..<bucketStarts[bucket + 1] {
                    let row = Int(grouped[index])
                    let hash = hashes[row]
                    let tag = Self.tag(hash)
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let existing = slots[base + slot]
                        if existing == Self.empty {
                            slots[base + slot] = tag << 32 | UInt64(row)
                            break
                        }
                        if existing >> 32 == tag,
                           Self.equal(Self.key(Int(existing & 0xFFFF_FFFF), text: text, spans: spans), Self.key(row, text: text, spans: spans)) {
                            first = min(first ?? row, row)
                            break
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
            return first
        }
        self.slots = slots
        self.tableStarts = tableStarts
        self.tableMasks = tableMasks
        firstDuplicateRow = duplicates.compactMap { $0 }.min()
    }

    /// The row of the business with this id (exact bytes), nil when there is none.
    func row(of id: String) -> Int? {
        var id = id
        return id.withUTF8 { key in
            let hash = Self.hash(key)
            let bucket = bucketShift < 64 ? Int(hash >> bucketShift) : 0
            let base = tableStarts[bucket], mask = tableMasks[bucket]
            let tag = Self.tag(hash)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let existing = slots[base + slot]
                if existing == Self.empty { return nil }
                let row = Int(existing & 0xFFFF_FFFF)
                if existing >> 32 == tag, Self.equal(Self.key(row, text: text, spans: spans), key) { return row }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always) private static func tag(_ hash: UInt64) -> UInt64 { (hash >> 20) & 0xFFFF_FFFF }

    @inline(__always) private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = key.baseAddress else { return 0 }
        return ByteValueCache<Int>.hash(base, key.count) &* 0x9E37_79B9_7F4A_7C15
    }

    @inline(__always)
    private static func key(_ row: Int, text: ColumnBuffer<UInt8>, spans: ColumnBuffer<UInt32>) -> UnsafeBufferPointer<UInt8> {
        let slot = row * BusinessColumns.textFieldCount * 2
        let start = Int(spans[slot]), end = Int(spans[slot + 1])
        return UnsafeBufferPointer(start: text.base + start, count: end - start)
    }

    @inline(__always) private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let x = a.baseAddress, let y = b.baseAddress, a.count > 0 else { return true }
        return memcmp(x, y, a.count) == 0
    }
}
