import Foundation

/// Remembers what a column's texts parse to, keyed by their bytes, so a value seen a million
/// times (a sector key, a channel list, a status) is parsed once by the reference parser and then
/// found by hashing a few bytes. Texts of up to 16 bytes are compared as two machine words.
/// Each parser thread has its own cache.
struct ByteValueCache<Value> {
    private var keys: [UInt8] = []
    private var slots: [Int32]
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var hashes: [UInt64] = []
    private var low: [UInt64] = []
    private var high: [UInt64] = []
    private var values: [Value] = []
    private var mask: Int
    /// The entry found last: a column's next text is often the same (most businesses are micro).
    private var last = -1
    /// Beyond this many distinct texts (free-text columns) values are parsed every time.
    private let limit: Int

    init(limit: Int = 4096) {
        self.limit = limit
        slots = [Int32](repeating: -1, count: 64)
        mask = 63
    }

    /// The cached value for `bytes[start..<end]`, nil when the text was not seen yet (then
    /// `store` it). `bufferEnd` is the end of the readable buffer, which allows whole-word loads.
    @inline(__always)
    mutating func lookup(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, bufferEnd: Int) -> Value? {
        let length = end - start
        if length <= 16 && start + 16 <= bufferEnd {
            let words = Self.words(bytes, start, length)
            if last >= 0 && low[last] == words.0 && high[last] == words.1 && lengths[last] == length { return values[last] }
            let hash = Self.mix(words.0, words.1, length)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let index = Int(slots[slot])
                if index < 0 { return nil }
                if low[index] == words.0 && high[index] == words.1 && lengths[index] == length {
                    last = index
                    return values[index]
                }
                slot = (slot + 1) & mask
            }
        }
        let hash = Self.hash(bytes + start, length)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash, lengths[index] == length, low[index] == UInt64.max, equalKey(index, bytes + start, length) {
                return values[index]
            }
            slot = (slot + 1) & mask
        }
    }

    /// Remembers `value` for `bytes[start..<end]` (after a `lookup` found nothing).
    mutating func store(_ value: Value, _ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, bufferEnd: Int) {
        guard values.count < limit else { return }
        let length = end - start
        let packed = length <= 16 && start + 16 <= bufferEnd
        let words = packed ? Self.words(bytes, start, length) : (UInt64.max, UInt64.max)
        let hash = packed ? Self.mix(words.0, words.1, length) : Self.hash(bytes + start, length)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(values.count)
        starts.append(keys.count)
        lengths.append(length)
        hashes.append(hash)
        low.append(words.0)
        high.append(words.1)
        values.append(value)
        keys.append(contentsOf: UnsafeBufferPointer(start: bytes + start, count: length))
        if values.count * 2 > slots.count { grow() }
    }

    /// The value for `bytes[start..<end]`, from the cache or from `parse` (given the text).
    mutating func value(
        _ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, bufferEnd: Int = 0, parse: (String) -> Value
    ) -> Value {
        if let cached = lookup(bytes, start, end, bufferEnd: bufferEnd) { return cached }
        let value = parse(String(decoding: UnsafeBufferPointer(start: bytes + start, count: end - start), as: UTF8.self))
        store(value, bytes, start, end, bufferEnd: bufferEnd)
        return value
    }

    private func equalKey(_ index: Int, _ key: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        keys.withUnsafeBufferPointer { stored in
            guard length > 0, let base = stored.baseAddress else { return true }
            return memcmp(base + starts[index], key, length) == 0
        }
    }

    @inline(__always) private static func words(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ length: Int) -> (UInt64, UInt64) {
        let raw = UnsafeRawPointer(bytes + start)
        let first = raw.loadUnaligned(as: UInt64.self) & mask(length)
        let second = length > 8 ? raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & mask(length - 8) : 0
        return (first, second)
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

    /// Keeps the low `length` bytes (0...8) of a little-endian word.
    @inline(__always) private static func mask(_ length: Int) -> UInt64 {
        length >= 8 ? UInt64.max : (UInt64(1) << UInt64(length * 8)) &- 1
    }

    @inline(__always) private static func mix(_ first: UInt64, _ second: UInt64, _ length: Int) -> UInt64 {
        var h = (first ^ UInt64(length)) &* 0xFF51_AFD7_ED55_8CCD
        h = (h ^ (h >> 32) ^ second) &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 29)
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
