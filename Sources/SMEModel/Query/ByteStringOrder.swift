import Foundation

/// Sorts rows by a byte-string key (UTF-8 bytes compare in code point order, like Swift strings
/// of normalised text), ties by row number. Radix sorts eight key bytes at a time and only
/// refines the runs that are still tied, so a million names sort in a fraction of a second
/// without a single `String` comparison.
enum ByteStringOrder {
    /// Rows `0..<count` in key order.
    static func order(count: Int, key: (Int) -> UnsafeBufferPointer<UInt8>) -> [Int32] {
        guard count > 0 else { return [] }
        var rows = [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
            for row in 0..<count { buffer[row] = Int32(row) }
            initialized = count
        }
        var words = [UInt64](repeating: 0, count: count)
        var scratchRows = [Int32](repeating: 0, count: count)
        var scratchWords = [UInt64](repeating: 0, count: count)
        withoutActuallyEscaping(key) { key in
        rows.withUnsafeMutableBufferPointer { rows in
            words.withUnsafeMutableBufferPointer { words in
                scratchRows.withUnsafeMutableBufferPointer { scratchRows in
                    scratchWords.withUnsafeMutableBufferPointer { scratchWords in
                        var sorter = Sorter(
                            rows: rows, words: words, scratchRows: scratchRows, scratchWords: scratchWords, key: key)
                        sorter.sort(0..<count, depth: 0)
                    }
                }
            }
        }
        }
        return rows
    }

    private struct Sorter {
        let rows: UnsafeMutableBufferPointer<Int32>
        let words: UnsafeMutableBufferPointer<UInt64>
        let scratchRows: UnsafeMutableBufferPointer<Int32>
        let scratchWords: UnsafeMutableBufferPointer<UInt64>
        let key: (Int) -> UnsafeBufferPointer<UInt8>

        /// Eight key bytes from `depth × 8`, big-endian so integer order is byte order; zero
        /// past the end.
        @inline(__always) func word(_ row: Int32, depth: Int) -> UInt64 {
            let bytes = key(Int(row))
            let from = depth * 8
            var value: UInt64 = 0
            if from + 8 <= bytes.count, let base = bytes.baseAddress {
                value = UInt64(bigEndian: UnsafeRawPointer(base + from).loadUnaligned(as: UInt64.self))
            } else {
                for index in 0..<8 {
                    value <<= 8
                    if from + index < bytes.count { value |= UInt64(bytes[from + index]) }
                }
            }
            return value
        }

        mutating func sort(_ range: Range<Int>, depth: Int) {
            if range.count < 48 {
                sortSmall(range, from: depth * 8)
                return
            }
            for index in range { words[index] = word(rows[index], depth: depth) }
            radix(range)
            // Refine each run of equal words whose keys go on.
            var start = range.lowerBound
            while start < range.upperBound {
                var stop = start + 1
                while stop < range.upperBound && words[stop] == words[start] { stop += 1 }
                if stop - start > 1 {
                    let longer = (start..<stop).contains { key(Int(rows[$0])).count > (depth + 1) * 8 }
                    if longer {
                        sort(start..<stop, depth: depth + 1)
                    } else {
                        // Equal up to trailing zero bytes: shorter first, then by row.
                        let lengths = (start..<stop).map { key(Int(rows[$0])).count }
                        if lengths.contains(where: { $0 != lengths[0] }) { sortSmall(start..<stop, from: depth * 8) }
                    }
                }
                start = stop
            }
        }

        /// Stable least-significant-digit radix sort of `words` (carrying `rows`), skipping the
        /// byte positions where every word agrees.
        private func radix(_ range: Range<Int>) {
            var source = (rows: rows, words: words)
            var target = (rows: scratchRows, words: scratchWords)
            var counts = [Int](repeating: 0, count: 256)
            var swapped = false
            for shift in stride(from: 0, to: 64, by: 8) {
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
            if swapped {
                for index in range {
                    rows[index] = scratchRows[index]
                    words[index] = scratchWords[index]
                }
            }
        }

        /// Comparison sort of a short run on the bytes from `offset`, then length, then row.
        private func sortSmall(_ range: Range<Int>, from offset: Int) {
            let sorted = rows[range].sorted { a, b in
                let x = key(Int(a)), y = key(Int(b))
                let common = min(x.count, y.count) - offset
                if common > 0, let xb = x.baseAddress, let yb = y.baseAddress {
                    let order = memcmp(xb + offset, yb + offset, common)
                    if order != 0 { return order < 0 }
                }
                return x.count != y.count ? x.count < y.count : a < b
            }
            for (index, row) in zip(range, sorted) { rows[index] = row }
        }
    }
}
