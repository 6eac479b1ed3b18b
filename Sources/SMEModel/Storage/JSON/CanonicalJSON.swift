import Foundation

/// The one way smedash writes JSON: sorted keys (stable diffs), two-space pretty printing,
/// unescaped slashes and UTF-8, and a final newline.
public enum CanonicalJSON {
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
