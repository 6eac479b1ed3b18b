/// Why a file is not strict JSON, and where: `14:9: expected "," or "}"`.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: Localized

    public init(location: SourceLocation, message: Localized) {
        self.location = location
        self.message = message
    }

    public var line: Int { location.line }
    public var column: Int { location.column }
    public var description: String { description(.en) }
    public func description(_ language: Language) -> String { "\(location): \(message(language))" }
}

/// The messages the strict scanner can give, in both languages.
enum JSONSyntaxMessage {
    static func expected(_ what: String) -> Localized {
        Localized(id: "diharapkan \(what)", en: "expected \(what)")
    }
    static func expectedEither(_ first: String, _ second: String) -> Localized {
        Localized(id: "diharapkan \"\(first)\" atau \"\(second)\"", en: "expected \"\(first)\" or \"\(second)\"")
    }
    static let expectedValue = Localized(id: "diharapkan sebuah nilai", en: "expected a value")
    static let expectedKey = Localized(
        id: "diharapkan kunci dalam tanda kutip ganda", en: "expected a key in double quotes")
    static let expectedEndOfFile = Localized(
        id: "diharapkan akhir berkas setelah nilai", en: "expected end of file after the value")
    static let unexpectedEndOfFile = Localized(id: "akhir berkas tak terduga", en: "unexpected end of file")
    static let emptyFile = Localized(id: "berkas kosong", en: "file is empty")
    static let trailingComma = Localized(id: "koma berlebih di akhir", en: "trailing comma")
    static func duplicateKey(_ key: String) -> Localized {
        Localized(id: "kunci ganda \"\(key)\"", en: "duplicate key \"\(key)\"")
    }
    static let invalidUTF8 = Localized(id: "UTF-8 tidak valid", en: "invalid UTF-8")
    static let controlCharacter = Localized(
        id: "karakter kontrol di dalam string", en: "control character in string")
    static func invalidEscape(_ text: String) -> Localized {
        Localized(id: "escape \"\(text)\" tidak valid", en: "invalid escape \"\(text)\"")
    }
    static let unpairedSurrogate = Localized(
        id: "surrogat \\u tanpa pasangan", en: "unpaired surrogate in \\u escape")
    static func notJSON(_ word: String) -> Localized {
        Localized(id: "\(word) bukan JSON", en: "\(word) is not JSON")
    }
    static let digitExpected = Localized(
        id: "angka tidak valid: diharapkan digit", en: "invalid number: digit expected")
    static let leadingZero = Localized(id: "angka tidak boleh diawali nol", en: "number with a leading zero")
    static func tooDeep(_ limit: Int) -> Localized {
        Localized(id: "bersarang lebih dari \(limit) tingkat", en: "nesting deeper than \(limit) levels")
    }
}
