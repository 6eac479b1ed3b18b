import Foundation

extension String {
    /// The text without leading and trailing white space and line breaks. Most cells of an
    /// imported file have none, and Foundation's `trimmingCharacters` costs a bridge to
    /// NSString per call on Linux (a fifth of a large import's time), so the common cases —
    /// nothing to trim, or ASCII spaces — are handled here and only the rest goes to Foundation.
    func trimmingWhitespaceFast() -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        func isASCIISpace(_ byte: UInt8) -> Bool { byte == 32 || (byte >= 9 && byte <= 13) }
        let plainEdge: (UInt8) -> Bool = { $0 > 32 && $0 < 0x80 }
        if plainEdge(first) && plainEdge(last) { return self }
        // A non-ASCII first or last byte may be a Unicode space (no-break space, ideographic space).
        guard first < 0x80, last < 0x80 else { return trimmingCharacters(in: .whitespacesAndNewlines) }
        let bytes = Array(utf8)
        var start = 0, end = bytes.count
        while start < end, isASCIISpace(bytes[start]) { start += 1 }
        while end > start, isASCIISpace(bytes[end - 1]) { end -= 1 }
        let trimmed = String(decoding: bytes[start..<end], as: UTF8.self)
        // After ASCII spaces there may still be a Unicode one.
        if let a = trimmed.utf8.first, let b = trimmed.utf8.last, a >= 0x80 || b >= 0x80 {
            return trimmed.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return trimmed
    }
}
