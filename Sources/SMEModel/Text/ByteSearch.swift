import Foundation

/// Whether lower-cased key bytes hold a lower-cased needle as a contiguous run: `memchr` for the
/// needle's first byte, then `memcmp` where it occurs. The standard library's generic
/// `contains(_:)` over collections is hundreds of times slower on short keys.
public enum ByteSearch {
    public static func contains(_ key: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
        let count = needle.count
        guard key.count >= count else { return false }
        guard count > 0 else { return true }
        guard let start = key.baseAddress else { return false }
        return needle.withUnsafeBufferPointer { needle -> Bool in
            let base = needle.baseAddress!
            var position = 0
            let last = key.count - count
            while position <= last {
                guard let hit = memchr(start + position, Int32(base[0]), last - position + 1) else { return false }
                let at = start.distance(to: UnsafeRawPointer(hit))
                if memcmp(start + at, base, count) == 0 { return true }
                position = at + 1
            }
            return false
        }
    }

    public static func contains(_ key: [UInt8], _ needle: [UInt8]) -> Bool {
        key.withUnsafeBytes { contains($0, needle) }
    }
}
