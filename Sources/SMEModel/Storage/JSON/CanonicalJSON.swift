import Foundation

/// The one way smedash writes JSON: sorted keys (stable diffs), two-space pretty printing,
/// unescaped slashes and UTF-8, and a final newline; `x-` extension members are written back.
public enum CanonicalJSON {
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data: Data
        if let extended = value as? any JSONExtensible, !extended.extensions.isEmpty {
            data = try encodeExtended(extended, with: encoder)
        } else {
            data = try encoder.encode(value)
        }
        data.append(UInt8(ascii: "\n"))
        return data
    }

    private static func encodeExtended<Document: JSONExtensible>(_ document: Document, with encoder: JSONEncoder) throws -> Data {
        try encoder.encode(ExtendedDocument(document: document))
    }
}
