/// One field of a scanned record: the byte range of its trimmed text in the file buffer. A quoted
/// field holding doubled quotes (`""`) is marked `escaped`; its range still covers the raw text,
/// which the decoder unescapes in place once the whole parse has succeeded.
public struct CSVFieldSpan: Sendable {
    public var start: Int
    public var end: Int
    public var escaped: Bool
}

/// Receives the records a `CSVScanner` finds.
protocol CSVRecordSink {
    /// One record with exactly the header's number of fields. Returns false to stop at a value
    /// the sink cannot accept; the loader then asks the reference reader for the located error.
    mutating func record(_ fields: UnsafePointer<CSVFieldSpan>, bytes: UnsafePointer<UInt8>) -> Bool
}

/// The fast path of `CSVReader`: walks a UTF-8 buffer in place, byte by byte, and hands each
/// record's field ranges to a sink, without building strings. It follows the reference reader's
/// rules exactly (quotes only at a field start, doubled quotes, CR, LF or CRLF line ends, blank
/// lines skipped, fields trimmed of spaces and tabs) and gives up on anything it cannot decide
/// alone, such as a space next to a combining mark, which the reference reader then handles.
import Foundation

struct CSVScanner {
    enum Outcome: Equatable {
        /// Scanned every record that starts before the limit; `end` is where the next one starts.
        case finished(end: Int)
        /// The record starting at this offset is malformed or was refused by the sink.
        case failed(recordStart: Int)
        /// The text needs the reference reader's Unicode rules (trimming beside a non-ASCII byte).
        case unusual
    }

    let bytes: UnsafePointer<UInt8>
    let end: Int
    let separator: UInt8
    private let stops: [Bool]
    private let separatorWord: UInt64
    static let lfWord: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
    static let crWord: UInt64 = 0x0D0D_0D0D_0D0D_0D0D

    static let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

    init(bytes: UnsafePointer<UInt8>, count: Int, separator: UInt8 = UInt8(ascii: ",")) {
        self.bytes = bytes
        self.end = count
        self.separator = separator
        separatorWord = UInt64(separator) &* 0x0101_0101_0101_0101
        var stops = [Bool](repeating: false, count: 256)
        stops[Int(separator)] = true
        stops[Int(Self.cr)] = true
        stops[Int(Self.lf)] = true
        self.stops = stops
    }

    /// Where the data starts: after a UTF-8 byte order mark when there is one.
    var bodyStart: Int {
        end >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// Scans the records that start in `start..<limit`; the last one may run past `limit`.
    /// `hasCarriageReturn` false (no CR anywhere from `start` on) lets the word scan skip CRs.
    func scan<Sink: CSVRecordSink>(
        from start: Int, limit: Int, columns: Int, hasCarriageReturn: Bool = true, into sink: inout Sink
    ) -> Outcome {
        // A CR can never match when there is none: compare against the separator again instead.
        let crWord = hasCarriageReturn ? Self.crWord : separatorWord
        let fields = UnsafeMutablePointer<CSVFieldSpan>.allocate(capacity: max(columns, 1))
        defer { fields.deallocate() }
        let outcome: Outcome = stops.withUnsafeBufferPointer { stops in
            var p = start
            while p < limit {
                let recordStart = p
                var count = 0
                var firstRawLength = 0
                while true {
                    var fieldStart = p, fieldEnd = p, escaped = false
                    let quoted = p < end && bytes[p] == Self.quote
                    if quoted {
                        var q = p + 1
                        var closed = false
                        // A quote that never closes would otherwise be followed to the end of the file.
                        let giveUp = min(end, p + 1 + DataLimits.fieldBytes + 2)
                        while q < giveUp {
                            if bytes[q] == Self.quote {
                                if q + 1 < end && bytes[q + 1] == Self.quote {
                                    escaped = true
                                    q += 2
                                    continue
                                }
                                closed = true
                                break
                            }
                            q += 1
                        }
                        guard closed else { return .failed(recordStart: recordStart) }
                        fieldStart = p + 1
                        fieldEnd = q
                        p = q + 1
                        if p < end, bytes[p] != separator, bytes[p] != Self.cr, bytes[p] != Self.lf {
                            return .failed(recordStart: recordStart)
                        }
                    } else {
                        var q = p
                        // Eight bytes at a time to the next separator or line end.
                        let raw = UnsafeRawPointer(bytes)
                        while q + 8 <= end {
                            let word = raw.loadUnaligned(fromByteOffset: q, as: UInt64.self)
                            let hits = Self.zeroBytes(word ^ separatorWord) | Self.zeroBytes(word ^ Self.lfWord)
                                | Self.zeroBytes(word ^ crWord)
                            if hits != 0 {
                                q += hits.trailingZeroBitCount >> 3
                                break
                            }
                            q += 8
                        }
                        if q + 8 > end {
                            while q < end && !stops[Int(bytes[q])] { q += 1 }
                        }
                        fieldEnd = q
                        p = q
                    }
                    if fieldEnd - fieldStart > DataLimits.fieldBytes || p - recordStart > DataLimits.recordBytes {
                        return .failed(recordStart: recordStart)
                    }
                    // A record that is only `""` holds one empty value; only a truly empty line is blank.
                    if count == 0 { firstRawLength = fieldEnd - fieldStart + (quoted ? 2 : 0) }
                    guard trim(&fieldStart, &fieldEnd) else { return .unusual }
                    if count < columns {
                        fields[count] = CSVFieldSpan(start: fieldStart, end: fieldEnd, escaped: escaped)
                    }
                    count += 1
                    if p < end && bytes[p] == separator {
                        p += 1
                        continue
                    }
                    break
                }
                if p < end {
                    if bytes[p] == Self.cr, p + 1 < end, bytes[p + 1] == Self.lf { p += 2 } else { p += 1 }
                }
                if count == 1 && firstRawLength == 0 { continue }
                guard count == columns, sink.record(fields, bytes: bytes) else {
                    return .failed(recordStart: recordStart)
                }
            }
            return .finished(end: p)
        }
        return outcome
    }

    /// Trims spaces and tabs. False when a trimmed space touches a non-ASCII byte: Swift would
    /// treat a space followed by a combining mark (or preceded by a prepended mark) as one
    /// character and not trim it.
    @inline(__always) private func trim(_ start: inout Int, _ stop: inout Int) -> Bool {
        if start < stop && (bytes[start] == Self.space || bytes[start] == Self.tab) {
            while start < stop && (bytes[start] == Self.space || bytes[start] == Self.tab) { start += 1 }
            if start < stop && bytes[start] >= 0x80 { return false }
        }
        if stop > start && (bytes[stop - 1] == Self.space || bytes[stop - 1] == Self.tab) {
            while stop > start && (bytes[stop - 1] == Self.space || bytes[stop - 1] == Self.tab) { stop -= 1 }
            if stop > start && bytes[stop - 1] >= 0x80 { return false }
        }
        return true
    }

    /// The offset just past the record starting at `start` (the end of the buffer when a quote
    /// never closes).
    func recordEnd(from start: Int, limit: Int? = nil) -> Int {
        var p = start
        var atFieldStart = true
        let end = min(self.end, limit ?? self.end)
        while p < end {
            let byte = bytes[p]
            if atFieldStart && byte == Self.quote {
                p += 1
                while p < end {
                    if bytes[p] == Self.quote {
                        if p + 1 < end && bytes[p + 1] == Self.quote { p += 2; continue }
                        break
                    }
                    p += 1
                }
                p += 1
                atFieldStart = false
                continue
            }
            if byte == Self.cr {
                return p + 1 < end && bytes[p + 1] == Self.lf ? p + 2 : p + 1
            }
            if byte == Self.lf { return p + 1 }
            atFieldStart = byte == separator
            p += 1
        }
        return end
    }

    /// Split points for parallel parsing: about `pieces` offsets in `start..<end`, each just after
    /// a line feed. A split that lands inside a quoted field is caught later, when the chunk
    /// before it does not end exactly there.
    func splitPoints(from start: Int, pieces: Int) -> [Int] {
        var points = [start]
        let length = end - start
        guard pieces > 1, length > 0 else { return points }
        for piece in 1..<pieces {
            var p = max(start + length * piece / pieces, points[points.count - 1])
            while p < end && bytes[p] != Self.lf { p += 1 }
            p += 1
            if p < end && p > points[points.count - 1] { points.append(p) }
        }
        return points
    }
}

extension CSVScanner {
    /// Where the `row`-th (0-based) non-blank record after `start` begins.
    func start(ofRow row: Int, from start: Int) -> Int {
        var p = start
        var seen = 0
        while p < end {
            let recordStart = p
            p = recordEnd(from: p)
            var contentEnd = p
            if contentEnd > recordStart && bytes[contentEnd - 1] == Self.lf { contentEnd -= 1 }
            if contentEnd > recordStart && bytes[contentEnd - 1] == Self.cr { contentEnd -= 1 }
            let length = contentEnd - recordStart
            let blank = length == 0
            if !blank {
                if seen == row { return recordStart }
                seen += 1
            }
        }
        return end
    }

    /// The 1-based line at `offset`, counting line feeds, or nil when a carriage return comes
    /// before it: the reference reader counts a lone CR as a line end only outside quotes, which
    /// takes a full read to tell.
    func line(at offset: Int) -> Int? {
        guard offset > 0 else { return 1 }
        if memchr(bytes, Int32(Self.cr), offset) != nil { return nil }
        var lines = 1
        var i = 0
        let raw = UnsafeRawPointer(bytes)
        while i + 8 <= offset {
            lines += Self.zeroBytes(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ Self.lfWord).nonzeroBitCount
            i += 8
        }
        while i < offset {
            if bytes[i] == Self.lf { lines += 1 }
            i += 1
        }
        return lines
    }
}

extension CSVScanner {
    /// The offset just past the `rows`-th non-blank record after `start`, where the reference
    /// reader must stop to report a problem found in that row.
    func offset(afterRows rows: Int, from start: Int) -> Int {
        guard rows > 0 else { return start }
        let last = self.start(ofRow: rows - 1, from: start)
        return last < end ? recordEnd(from: last) : end
    }
}
