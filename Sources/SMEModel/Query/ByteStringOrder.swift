import Foundation

/// Sorts rows by a byte-string key (UTF-8 bytes compare in code point order, like Swift strings
/// of normalised text), ties by row number. Radix sorts eight key bytes at a time and only
/// refines the runs that are still tied, in parallel, so a million names sort in a fraction of a
/// second without a single `String` comparison.
enum ByteStringOrder {
    /// Where each row's key is: `bytes[starts[row × stride] ..< ends[row × stride]]`.
    struct Keys: @unchecked Sendable {
        var bytes: UnsafePointer<UInt8>
        var starts: UnsafePointer<UInt32>
        var ends: UnsafePointer<UInt32>
        var stride: Int

        @inline(__always) func range(_ row: Int32) -> (start: Int, count: Int) {
            let slot = Int(row) * stride
            let start = Int(starts[slot])
            return (start, Int(ends[slot]) - start)
        }
    }

    /// Rows `0..<count` in key order.
    static func order(count: Int, keys: Keys) -> [Int32] {
        guard count > 0 else { return [] }
        let rows = ColumnBuffer<Int32>(uninitializedCount: count)
        for row in 0..<count { rows[row] = Int32(row) }
        let words = ColumnBuffer<UInt64>(uninitializedCount: count)
        let scratchRows = ColumnBuffer<Int32>(uninitializedCount: count)
        let scratchWords = ColumnBuffer<UInt64>(uninitializedCount: count)
        let sorter = Sorter(rows: rows.base, words: words.base, scratchRows: scratchRows.base, scratchWords: scratchWords.base, keys: keys)
        let runs = sorter.sortWords(0..<count, depth: 0)
        // The tied runs are independent: refine them on all cores, in slices of similar size.
        let total = runs.reduce(0) { $0 + $1.count }
        let pieces = total > 100_000 ? ParallelWork.cores * 2 : 1
        var slices: [[Range<Int>]] = Array(repeating: [], count: pieces)
        var done = 0
        for run in runs {
            slices[min(pieces - 1, done * pieces / max(total, 1))].append(run)
            done += run.count
        }
        _ = ParallelWork.map(pieces) { piece in
            for run in slices[piece] { sorter.sort(run, depth: 1) }
        }
        return rows.array
    }

    private struct Sorter: @unchecked Sendable {
        let rows: UnsafeMutablePointer<Int32>
        let words: UnsafeMutablePointer<UInt64>
        let scratchRows: UnsafeMutablePointer<Int32>
        let scratchWords: UnsafeMutablePointer<UInt64>
        let keys: Keys

        /// Eight key bytes from `depth × 8`, big-endian so integer order is byte order; zero
        /// past the end.
        @inline(__always) func word(_ row: Int32, depth: Int) -> UInt64 {
            let (start, count) = keys.range(row)
            let from = depth * 8
            if from + 8 <= count {
                return UInt64(bigEndian: UnsafeRawPointer(keys.bytes + start + from).loadUnaligned(as: UInt64.self))
            }
            var value: UInt64 = 0
            for index in 0..<8 {
                value <<= 8
                if from + index < count { value |= UInt64(keys.bytes[start + from + index]) }
            }
            return value
        }

        /// Sorts `range` by the word at `depth` and returns the runs still tied whose keys go on.
        func sortWords(_ range: Range<Int>, depth: Int) -> [Range<Int>] {
            for index in range { words[index] = word(rows[index], depth: depth) }
            radix(range)
            var runs: [Range<Int>] = []
            var start = range.lowerBound
            while start < range.upperBound {
                var stop = start + 1
                var longer = keys.range(rows[start]).count > (depth + 1) * 8
                while stop < range.upperBound && words[stop] == words[start] {
                    if !longer && keys.range(rows[stop]).count > (depth + 1) * 8 { longer = true }
                    stop += 1
                }
                if stop - start > 1 {
                    if longer {
                        runs.append(start..<stop)
                    } else {
                        // Equal up to trailing zero bytes: only a length difference can order them.
                        insertionSort(start..<stop, from: depth * 8)
                    }
                }
                start = stop
            }
            return runs
        }

        func sort(_ range: Range<Int>, depth: Int) {
            if range.count <= 32 {
                insertionSort(range, from: depth * 8)
                return
            }
            for run in sortWords(range, depth: depth) { sort(run, depth: depth + 1) }
        }

        /// Stable least-significant-digit radix sort of `words` (carrying `rows`), skipping the
        /// byte positions where every word agrees.
        private func radix(_ range: Range<Int>) {
            var source = (rows: rows, words: words)
            var target = (rows: scratchRows, words: scratchWords)
            var counts = [Int](repeating: 0, count: 256)
            var swapped = false
            counts.withUnsafeMutableBufferPointer { counts in
                for shift in Swift.stride(from: 0, to: 64, by: 8) {
                    for index in 0..<256 { counts[index] = 0 }
                    for index in range { counts[Int((source.words[index] >> UInt64(shift)) & 0xFF)] += 1 }
                    if counts.contains(range.count) { continue }
                    var total = range.lowerBound
                    for index in 0..<256 {
                        let value = counts[index]
                        counts[index] = total
                        total += value
                    }
                    for index in range {
                        let word = source.words[index]
                        let bucket = Int((word >> UInt64(shift)) & 0xFF)
                        let at = counts[bucket]
                        counts[bucket] = at + 1
                        target.words[at] = word
                        target.rows[at] = source.rows[index]
                    }
                    swap(&source, &target)
                    swapped.toggle()
                }
            }
            if swapped {
                (rows + range.lowerBound).update(from: scratchRows + range.lowerBound, count: range.count)
                (words + range.lowerBound).update(from: scratchWords + range.lowerBound, count: range.count)
            }
        }

        /// Insertion sort of a short run on the bytes from `offset`, then length, then row:
        /// linear on runs that are already in order, such as rows with the same name.
        private func insertionSort(_ range: Range<Int>, from offset: Int) {
            guard range.count > 1 else { return }
            for index in (range.lowerBound + 1)..<range.upperBound {
                let row = rows[index]
                var at = index
                while at > range.lowerBound && less(row, rows[at - 1], from: offset) {
                    rows[at] = rows[at - 1]
                    at -= 1
                }
                rows[at] = row
            }
        }

        @inline(__always) private func less(_ a: Int32, _ b: Int32, from offset: Int) -> Bool {
            let x = keys.range(a), y = keys.range(b)
            let common = min(x.count, y.count) - offset
            if common > 0 {
                let order = memcmp(keys.bytes + x.start + offset, keys.bytes + y.start + offset, common)
                if order != 0 { return order < 0 }
            }
            return x.count != y.count ? x.count < y.count : a < b
        }
    }
}
