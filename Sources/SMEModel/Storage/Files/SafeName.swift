import Foundation

/// The one pattern for identifiers that may become part of a file name: business, cooperative,
/// template and sector keys, wave IDs and assessment keys. Every value in a data file is
/// untrusted, so an ID such as `X/../../elsewhere/OWNED` is refused when the file is loaded, long before
/// a save could build a path from it.
public enum SafeName {
    /// Longest identifier in UTF-8 bytes; real ones (`UMK-3273-00624`, `2020-08-01-umk-3273-00624-2`)
    /// are well under half of this, and file systems allow 255 for the whole name.
    public static let maximumBytes = 64

    /// Why `value` cannot be used as an identifier, or nil when it can.
    public static func problem(_ value: String) -> Localized? {
        let bytes = Array(value.utf8)
        if bytes.isEmpty { return Localized(id: "kosong", en: "is empty") }
        if bytes.count > maximumBytes {
            return Localized(id: "lebih dari \(maximumBytes) bita", en: "is longer than \(maximumBytes) bytes")
        }
        for byte in bytes where !isAllowed(byte) {
            let shown = byte >= 0x21 && byte < 0x7F ? "\"\(Character(UnicodeScalar(byte)))\"" : String(format: "0x%02X", byte)
            return Localized(
                id: "memuat \(shown); hanya huruf, angka, \".\", \"_\" dan \"-\" yang boleh",
                en: "contains \(shown); only letters, digits, \".\", \"_\" and \"-\" are allowed")
        }
        if bytes[0] == UInt8(ascii: ".") || bytes[0] == UInt8(ascii: "-") {
            return Localized(id: "tidak boleh diawali \".\" atau \"-\"", en: "must not start with \".\" or \"-\"")
        }
        if value.contains("..") { return Localized(id: "memuat \"..\"", en: "contains \"..\"") }
        return nil
    }

    public static func isSafe(_ value: String) -> Bool { problem(value) == nil }

    /// `value` + `suffix` as a file name, or an error naming the identifier and the problem. The
    /// only way file names are built from data.
    public static func fileName(_ value: String, suffix: String = ".json") throws(SafeNameError) -> String {
        if let problem = problem(value) { throw SafeNameError(value: value, problem: problem) }
        return value + suffix
    }

    /// The bytes an identifier may hold; the fast CSV reader checks raw bytes with it too.
    @inline(__always)
    static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default: false
        }
    }
}

/// An identifier that cannot become a file name.
public struct SafeNameError: Error, Equatable, Sendable, CustomStringConvertible {
    public var value: String
    public var problem: Localized

    public var description: String { description(.en) }

    public func description(_ language: Language) -> String {
        // The value itself is escaped: it came from a data file and may hold anything.
        let shown = value.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F
            ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined()
        return Localized(
            id: "pengenal \"\(shown)\" tidak dapat dipakai sebagai nama berkas: \(problem.id)",
            en: "identifier \"\(shown)\" cannot be used in a file name: \(problem.en)")(language)
    }
}
