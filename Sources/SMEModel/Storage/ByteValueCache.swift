import Foundation

/// Remembers what a column's texts parse to, keyed by their bytes, so a value seen a million
/// times (a sector key, a channel list, a status) is parsed once by the reference parser and then
/// found by hashing a few bytes. Each parser thread has its own cache.
struct ByteValueCache<Value> {
    private var keys: [UInt8] = []
    private var slots: [Int32]
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var hashes: [UInt64] = []
    private var values: [Value] = []
    private var mask: Int
    /// Beyond this many distinct texts (free-text columns) values are parsed every time.
    private let limit: Int

    init(limit: Int = 4096) {
        self.limit = limit
        slots = [Int32](repeating: -1, count: 64)
        mask = 63
    }

    /// The value for `bytes[start..<end]`, from the cache or from `parse` (given the text).
    @inline(__always)
    mutating func value(
        _ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, parse: (String) -> Value
    ) -> Value {
        let length = end - start
        let hash = Self.hash(bytes + start, length)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { break }
            if hashes[index] == hash, lengths[index] == length, keys.withUnsafeBufferPointer({ stored in
                guard length > 0, let base = stored.baseAddress else { return true }
                return memcmp(base + starts[index], bytes + start, length) == 0
            }) {
                return values[index]
            }
            slot = (slot + 1) & mask
        }
        let value = parse(String(decoding: UnsafeBufferPointer(start: bytes + start, count: length), as: UTF8.self))
        if values.count < limit {
            slots[slot] = Int32(values.count)
            starts.append(keys.count)
            lengths.append(length)
            hashes.append(hash)
            values.append(value)
            keys.append(contentsOf: UnsafeBufferPointer(start: bytes + start, count: length))
            if values.count * 2 > slots.count { grow() }
        }
        return value
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// A fast hash of short byte strings, eight bytes at a time (not for untrusted hash-flooding
    /// inputs; the table is small and capped).
    @inline(__always) static func hash(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
        var i = 0
        let raw = UnsafeRawPointer(bytes)
        while i + 8 <= length {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        if i < length {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < length {
                tail |= UInt64(bytes[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        }
        return h ^ (h >> 29)
    }
}
