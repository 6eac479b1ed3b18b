import Foundation

/// A strict JSON scanner. Foundation's parser accepts trailing commas and duplicate keys and
/// reports syntax errors without a position; this one rejects them, says where and what was
/// expected, and records where every value starts. It never recurses, so hostile nesting
/// cannot overflow the stack.
public enum JSONSyntax {
    /// Containers nested deeper than this are refused.
    public static let maximumDepth = 256

    /// Checks that `data` is one strict UTF-8 JSON value (a leading BOM is skipped) and maps
    /// each value's path to its position.
    public static func scan(_ data: Data) throws(JSONSyntaxError) -> JSONSourceMap {
        var scanner = JSONScanner(bytes: [UInt8](data))
        return try scanner.run()
    }

    static func hasBOM(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// `sections[2]` or `sections.key`; root members have no leading dot.
    static func memberPath(_ parent: String, _ key: String) -> String {
        parent.isEmpty ? key : parent + "." + key
    }

    static func indexPath(_ parent: String, _ index: Int) -> String {
        parent + "[\(index)]"
    }
}

/// The scanner's state; a loop over `Step`s with an explicit stack of open containers.
private struct JSONScanner {
    private struct Frame {
        var path: String
        var isObject: Bool
        var count = 0
        var keys: Set<String> = []
    }

    private enum Step { case value, firstKey, key, afterValue }

    let bytes: [UInt8]
    private var position = 0
    private var offsets: [String: Int] = [:]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func run() throws(JSONSyntaxError) -> JSONSourceMap {
        position = JSONSyntax.hasBOM(bytes) ? 3 : 0
        skipWhitespace()
        if position == bytes.count { throw failure(Message.emptyFile) }
        var stack: [Frame] = []
        var path = ""
        var step = Step.value
        while true {
            switch step {
            case .value:
                skipWhitespace()
                guard position < bytes.count else { throw failure(Message.unexpectedEndOfFile) }
                offsets[path] = position
                let byte = bytes[position]
                if byte == ascii("{") || byte == ascii("[") {
                    let limit = JSONSyntax.maximumDepth
                    if stack.count >= limit { throw failure(Message.tooDeep(limit)) }
                    position += 1
                    if byte == ascii("{") {
                        stack.append(Frame(path: path, isObject: true))
                        step = .firstKey
                    } else {
                        skipWhitespace()
                        if peek() == ascii("]") {
                            position += 1
                            step = .afterValue
                        } else {
                            stack.append(Frame(path: path, isObject: false))
                            path = JSONSyntax.indexPath(path, 0)
                        }
                    }
                } else {
                    try scanScalar()
                    step = .afterValue
                }
            case .firstKey:
                skipWhitespace()
                if peek() == ascii("}") {
                    position += 1
                    stack.removeLast()
                    step = .afterValue
                } else {
                    step = .key
                }
            case .key:
                skipWhitespace()
                guard position < bytes.count else { throw failure(Message.unexpectedEndOfFile) }
                guard bytes[position] == ascii("\"") else { throw failure(Message.expectedKey) }
                let keyStart = position
                let key = try scanString(decoding: true)
                let top = stack.count - 1
                if !stack[top].keys.insert(key).inserted { throw failure(Message.duplicateKey(key), at: keyStart) }
                skipWhitespace()
                guard position < bytes.count else { throw failure(Message.unexpectedEndOfFile) }
                guard bytes[position] == ascii(":") else { throw failure(Message.expected("\":\"")) }
                position += 1
                path = JSONSyntax.memberPath(stack[top].path, key)
                step = .value
            case .afterValue:
                skipWhitespace()
                guard let top = stack.last else {
                    if position < bytes.count { throw failure(Message.expectedEndOfFile) }
                    return JSONSourceMap(bytes: bytes, offsets: offsets)
                }
                guard position < bytes.count else { throw failure(Message.unexpectedEndOfFile) }
                let close = top.isObject ? ascii("}") : ascii("]")
                let byte = bytes[position]
                if byte == close {
                    position += 1
                    stack.removeLast()
                } else if byte == ascii(",") {
                    let comma = position
                    position += 1
                    skipWhitespace()
                    if peek() == close { throw failure(Message.trailingComma, at: comma) }
                    if top.isObject {
                        step = .key
                    } else {
                        stack[stack.count - 1].count += 1
                        path = JSONSyntax.indexPath(top.path, top.count + 1)
                        step = .value
                    }
                } else {
                    throw failure(top.isObject ? Message.expectedEither(",", "}") : Message.expectedEither(",", "]"))
                }
            }
        }
    }

    // MARK: - Scalars

    private mutating func scanScalar() throws(JSONSyntaxError) {
        let byte = bytes[position]
        switch byte {
        case ascii("\""): _ = try scanString(decoding: false)
        case ascii("t"): try scanWord("true")
        case ascii("f"): try scanWord("false")
        case ascii("n"): try scanWord("null")
        case ascii("N"): try scanWord("NaN", isError: true)
        case ascii("I"): try scanWord("Infinity", isError: true)
        case ascii("-"), ascii("0")...ascii("9"): try scanNumber()
        default:
            throw failure(byte >= 0x80 && utf8Length(at: position) == nil ? Message.invalidUTF8 : Message.expectedValue)
        }
    }

    /// Matches a literal word; `isError` words (NaN, Infinity) are recognised only to name them.
    private mutating func scanWord(_ word: String, isError: Bool = false) throws(JSONSyntaxError) {
        let utf8 = Array(word.utf8)
        let end = position + utf8.count
        guard end <= bytes.count, Array(bytes[position..<end]) == utf8 else { throw failure(Message.expectedValue) }
        if isError { throw failure(Message.notJSON(word)) }
        position = end
    }

    private mutating func scanNumber() throws(JSONSyntaxError) {
        let start = position
        if peek() == ascii("-") {
            position += 1
            if peek() == ascii("I") {
                position = start
                guard bytes[start...].starts(with: "-Infinity".utf8) else { throw failure(Message.digitExpected) }
                throw failure(Message.notJSON("-Infinity"))
            }
        }
        if peek() == ascii("0") {
            position += 1
            if let next = peek(), isDigit(next) { throw failure(Message.leadingZero, at: start) }
        } else {
            try scanDigits()
        }
        if peek() == ascii(".") {
            position += 1
            try scanDigits()
        }
        if peek() == ascii("e") || peek() == ascii("E") {
            position += 1
            if peek() == ascii("+") || peek() == ascii("-") { position += 1 }
            try scanDigits()
        }
    }

    private mutating func scanDigits() throws(JSONSyntaxError) {
        guard let first = peek() else { throw failure(Message.unexpectedEndOfFile) }
        guard isDigit(first) else { throw failure(Message.digitExpected) }
        while let byte = peek(), isDigit(byte) { position += 1 }
    }

    // MARK: - Strings

    /// Scans a string starting at its opening quote; returns its decoded text when `decoding`.
    private mutating func scanString(decoding: Bool) throws(JSONSyntaxError) -> String {
        position += 1
        let contentStart = position
        var decoded: [UInt8] = []
        var hasEscape = false
        while true {
            guard position < bytes.count else { throw failure(Message.unexpectedEndOfFile) }
            let byte = bytes[position]
            // Plain printable ASCII is nearly all of a real file; skip it without the checks below.
            if byte >= 0x20 && byte < 0x80 && byte != ascii("\"") && byte != ascii("\\") {
                if decoding && hasEscape { decoded.append(byte) }
                position += 1
                continue
            }
            if byte == ascii("\"") {
                position += 1
                guard decoding else { return "" }
                let text = hasEscape ? decoded[...] : bytes[contentStart..<(position - 1)]
                return String(decoding: text, as: UTF8.self)
            }
            if byte == ascii("\\") {
                if decoding && !hasEscape { decoded = Array(bytes[contentStart..<position]) }
                hasEscape = true
                let scalar = try scanEscape()
                if decoding { decoded.append(contentsOf: Array(String(scalar).utf8)) }
            } else if byte < 0x20 {
                throw failure(Message.controlCharacter)
            } else {
                guard let length = utf8Length(at: position) else { throw failure(Message.invalidUTF8) }
                if decoding && hasEscape { decoded.append(contentsOf: bytes[position..<(position + length)]) }
                position += length
            }
        }
    }

    /// Scans `\x` or `\uXXXX` (with a following low surrogate when needed) at the backslash.
    private mutating func scanEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let start = position
        position += 1
        guard let byte = peek() else { throw failure(Message.unexpectedEndOfFile) }
        position += 1
        switch byte {
        case ascii("\""), ascii("\\"), ascii("/"): return Unicode.Scalar(byte)
        case ascii("b"): return "\u{08}"
        case ascii("f"): return "\u{0C}"
        case ascii("n"): return "\n"
        case ascii("r"): return "\r"
        case ascii("t"): return "\t"
        case ascii("u"): break
        default:
            guard byte < 0x80 || utf8Length(at: position - 1) != nil else {
                throw failure(Message.invalidUTF8, at: start + 1)
            }
            throw failure(Message.invalidEscape(escapeText(from: start, scalars: 2)), at: start)
        }
        let unit = try scanHex(escapeStart: start)
        if (0xDC00..<0xE000).contains(unit) { throw failure(Message.unpairedSurrogate, at: start) }
        guard (0xD800..<0xDC00).contains(unit) else {
            return Unicode.Scalar(unit) ?? "\u{FFFD}"
        }
        guard bytes[position...].starts(with: "\\u".utf8) else { throw failure(Message.unpairedSurrogate, at: start) }
        position += 2
        let low = try scanHex(escapeStart: position - 2)
        guard (0xDC00..<0xE000).contains(low) else { throw failure(Message.unpairedSurrogate, at: start) }
        return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
    }

    private mutating func scanHex(escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek() else { throw failure(Message.unexpectedEndOfFile) }
            let digit: UInt8
            switch byte {
            case ascii("0")...ascii("9"): digit = byte - ascii("0")
            case ascii("a")...ascii("f"): digit = byte - ascii("a") + 10
            case ascii("A")...ascii("F"): digit = byte - ascii("A") + 10
            default: throw failure(Message.invalidEscape(escapeText(from: escapeStart, scalars: 6)), at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// Up to `scalars` characters of source text for a message, stopping at the line's end.
    private func escapeText(from start: Int, scalars: Int) -> String {
        let text = String(decoding: bytes[start..<min(start + scalars * 4, bytes.count)], as: UTF8.self)
        return String(text.unicodeScalars.prefix(scalars).prefix { $0 != "\n" && $0 != "\"" })
    }

    // MARK: - Bytes

    /// Length of the well-formed UTF-8 sequence at `index`, or nil (overlong, surrogate, too large, cut).
    private func utf8Length(at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        case 0xF1...0xF3: length = 4
        default: return nil
        }
        guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return nil }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return nil }
        return length
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case ascii(" "), ascii("\n"), ascii("\r"), ascii("\t"): position += 1
            default: return
            }
        }
    }

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= ascii("0") && byte <= ascii("9") }

    private func failure(_ message: Localized, at offset: Int? = nil) -> JSONSyntaxError {
        let map = JSONSourceMap(bytes: bytes, offsets: [:])
        return JSONSyntaxError(location: map.location(ofOffset: offset ?? position), message: message)
    }
}

private typealias Message = JSONSyntaxMessage

private func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(ascii: character) }
