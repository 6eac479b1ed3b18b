import Foundation

/// Any JSON value, for members smedash does not interpret but must keep: the `x-` extension
/// members a newer tool or another office added to a checklist or an assessment.
public enum JSONValue: Hashable, Sendable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

/// A document that keeps top-level members named `x-…` through a load and a save. Members are
/// otherwise strict: a name that is neither known nor an extension is a located error.
public protocol JSONExtensible: Encodable {
    /// Known member names by shape: `""` is the top level, `sections[]` each element of the
    /// `sections` array, `answers.*` each value of the `answers` dictionary.
    static var memberShapes: [String: Set<String>] { get }
    var extensions: [String: JSONValue] { get set }
}

/// The prefix of extension members (documented in docs/sop-format.md).
public let jsonExtensionPrefix = "x-"

/// Encodes the document's members, then its extensions into the same object.
struct ExtendedDocument<Document: JSONExtensible>: Encodable {
    var document: Document

    struct Key: CodingKey {
        var stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        try document.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        for (name, value) in document.extensions { try container.encode(value, forKey: Key(stringValue: name)) }
    }
}
