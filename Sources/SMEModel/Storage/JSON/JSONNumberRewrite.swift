import Foundation
import Glibc

extension JSONSourceMap {
    /// The document with exponent numbers that Foundation's decoder refuses although the JSON
    /// grammar allows them (`0e1`, `0E1`, `1e-999999`, which underflows to zero) written as an
    /// equal plain number padded with spaces, so every offset in the map still holds. An
    /// overflowing number (`1e400`) is left alone: it is too large, and is reported as such.
    func foundationCompatibleNumbers(_ data: Data) -> Data {
        var bytes: [UInt8]?
        for (_, start) in offsets where start < self.bytes.count {
            let first = self.bytes[start]
            guard first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { continue }
            var end = start + 1
            while end < self.bytes.count, !JSONSourceMap.isDelimiter(self.bytes[end]) { end += 1 }
            let token = self.bytes[start..<end]
            guard token.contains(UInt8(ascii: "e")) || token.contains(UInt8(ascii: "E")) else { continue }
            let value = strtod(String(decoding: token, as: UTF8.self), nil)
            guard value.isFinite else { continue }
            let plain: [UInt8]
            if value == 0 {
                plain = Array((first == UInt8(ascii: "-") ? "-0" : "0").utf8)
            } else if value.rounded() == value && abs(value) < 1e15 {
                plain = Array(String(Int64(value)).utf8)
            } else {
                continue
            }
            guard plain.count <= token.count else { continue }
            if bytes == nil { bytes = [UInt8](data) }
            bytes!.replaceSubrange(start..<end, with: plain + Array(repeating: UInt8(ascii: " "), count: token.count - plain.count))
        }
        return bytes.map { Data($0) } ?? data
    }
}
