import Foundation

extension CSVScanner {
    /// What a first pass over a chunk learns: whether it is valid UTF-8, and at most how many
    /// records it can hold (line ends plus one), so parsers can write rows straight into
    /// preallocated columns.
    struct ChunkSurvey {
        var isValidUTF8: Bool
        var recordBound: Int
        /// False when the chunk holds no carriage return, so scanners can look for LF alone.
        var hasCarriageReturn = true
    }

    /// Validates UTF-8 and counts line ends (LF, lone CR; CRLF once) in `start..<stop`, eight
    /// ASCII bytes at a time. `stop` must not fall inside a multi-byte character.
    func survey(from start: Int, to stop: Int) -> ChunkSurvey {
        if stop > start, memchr(bytes + start, Int32(Self.cr), stop - start) == nil {
            return surveyWithoutCR(from: start, to: stop)
        }
        var lineEnds = 0
        var i = start
        let raw = UnsafeRawPointer(bytes)
        while i < stop {
            if i + 8 <= stop {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    let lfs = Self.zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
                    let crs = Self.zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
                    lineEnds += lfs.nonzeroBitCount
                    if crs != 0 {
                        // A CR directly before an LF ends the same line.
                        lineEnds += crs.nonzeroBitCount - ((crs << 8) & lfs).nonzeroBitCount
                        if crs & 0x8000_0000_0000_0000 != 0, i + 8 < end, bytes[i + 8] == Self.lf { lineEnds -= 1 }
                    }
                    i += 8
                    continue
                }
            }
            let byte = bytes[i]
            if byte < 0x80 {
                if byte == Self.lf || (byte == Self.cr && !(i + 1 < end && bytes[i + 1] == Self.lf)) { lineEnds += 1 }
                i += 1
                continue
            }
            let length = sequenceLength(at: i, stop: stop)
            if length == 0 { return ChunkSurvey(isValidUTF8: false, recordBound: 0) }
            i += length
        }
        return ChunkSurvey(isValidUTF8: true, recordBound: lineEnds + 1)
    }

    /// The common case: line feeds only, two words per step.
    private func surveyWithoutCR(from start: Int, to stop: Int) -> ChunkSurvey {
        var lineEnds = 0
        var i = start
        let raw = UnsafeRawPointer(bytes)
        let high: UInt64 = 0x8080_8080_8080_8080, lf: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
        while i < stop {
            if i + 16 <= stop {
                let a = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let b = raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                if (a | b) & high == 0 {
                    lineEnds += Self.zeroBytes(a ^ lf).nonzeroBitCount + Self.zeroBytes(b ^ lf).nonzeroBitCount
                    i += 16
                    continue
                }
            }
            let byte = bytes[i]
            if byte < 0x80 {
                if byte == Self.lf { lineEnds += 1 }
                i += 1
                continue
            }
            let length = sequenceLength(at: i, stop: stop)
            if length == 0 { return ChunkSurvey(isValidUTF8: false, recordBound: 0) }
            i += length
        }
        return ChunkSurvey(isValidUTF8: true, recordBound: lineEnds + 1, hasCarriageReturn: false)
    }

    /// High bit set in each byte of `word` that is zero, exactly (no borrow between bytes).
    @inline(__always) static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low7 = 0x7F7F_7F7F_7F7F_7F7F as UInt64
        return ~(((word & low7) &+ low7) | word) & 0x8080_8080_8080_8080
    }

    /// The length of the well-formed UTF-8 sequence starting at `i` with a non-ASCII lead byte,
    /// or 0 when it is malformed (overlong, surrogate, above U+10FFFF, truncated).
    private func sequenceLength(at i: Int, stop: Int) -> Int {
        let lead = bytes[i]
        func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + offset < stop && bytes[i + offset] >= low && bytes[i + offset] <= high
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1, 0xA0) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }
}
