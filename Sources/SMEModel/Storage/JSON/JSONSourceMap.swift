import Foundation

/// Where every value of a JSON document starts, by path (`sections[2].items[4].key`; root is `""`).
public struct JSONSourceMap: Sendable {
    /// Byte offset of each value's first character, keyed by path.
    public let offsets: [String: Int]
    let bytes: [UInt8]
    /// Byte offsets at which each line starts; line 1 starts after a BOM, if any.
    private let lineStarts: [Int]

    init(bytes: [UInt8], offsets: [String: Int]) {
        self.bytes = bytes
        self.offsets = offsets
        self.lineStarts = JSONSourceMap.lineStarts(of: bytes)
    }

    /// The line and column of the value at `path`, or nil when the document has no such value.
    public func location(of path: String) -> SourceLocation? {
        offsets[path].map(location(ofOffset:))
    }

    /// The raw source text of the scalar value at `path` (a string keeps its quotes), cut at
    /// `limit` characters; nil for objects, arrays and unknown paths.
    public func sourceText(of path: String, limit: Int = 40) -> String? {
        guard let start = offsets[path], start < bytes.count else { return nil }
        let first = bytes[start]
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return nil }
        var end = start + 1
        if first == UInt8(ascii: "\"") {
            var escaped = false
            while end < bytes.count {
                let byte = bytes[end]
                end += 1
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true }
                else if byte == UInt8(ascii: "\"") { break }
            }
        } else {
            while end < bytes.count, !JSONSourceMap.isDelimiter(bytes[end]) { end += 1 }
        }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        return text.unicodeScalars.count > limit ? String(text.unicodeScalars.prefix(limit)) + "…" : text
    }

    /// Number values a `Decodable` type might refuse (a fraction, an exponent, more than 18 digits),
    /// with the byte range of their text, in file order.
    func suspiciousNumbers() -> [(path: String, range: Range<Int>)] {
        var found: [(path: String, range: Range<Int>)] = []
        for (path, start) in offsets where start < bytes.count {
            let first = bytes[start]
            guard first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { continue }
            var end = start + 1
            while end < bytes.count, !JSONSourceMap.isDelimiter(bytes[end]) { end += 1 }
            let text = bytes[start..<end]
            let isWhole = !text.contains(UInt8(ascii: ".")) && !text.contains(UInt8(ascii: "e"))
                && !text.contains(UInt8(ascii: "E"))
            if !isWhole || text.count > 18 { found.append((path, start..<end)) }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The first byte of the value at `path`, which tells its kind.
    func firstByte(at path: String) -> UInt8? {
        offsets[path].flatMap { $0 < bytes.count ? bytes[$0] : nil }
    }

    /// Line and column of a byte offset in the same bytes.
    func location(ofOffset offset: Int) -> SourceLocation {
        // Binary search for the last line start at or before the offset.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let start = lineStarts[low]
        var column = 1
        var index = start
        while index < min(offset, bytes.count) {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }  // count scalars, not continuation bytes
            index += 1
        }
        return SourceLocation(line: low + 1, column: column)
    }

    private static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [JSONSyntax.hasBOM(bytes) ? 3 : 0]
        // memchr: every load pays for this, and a generic loop is slow in debug builds.
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count,
                let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset)
            {
                offset = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
                starts.append(offset)
            }
            // A lone carriage return (old Mac files) ends a line too, as it does for the CSV
            // reader; CRLF stays one break. Rare, so only files holding a CR pay for this.
            guard memchr(base, Int32(UInt8(ascii: "\r")), buffer.count) != nil else { return }
            for index in 0..<buffer.count where buffer[index] == UInt8(ascii: "\r")
                && (index + 1 == buffer.count || buffer[index + 1] != UInt8(ascii: "\n")) {
                starts.append(index + 1)
            }
            starts.sort()
        }
        return starts
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: " "),
             UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
            true
        default:
            false
        }
    }
}
