/// A JSON value with a fixed encoding, so the report's JSON does not depend on Codable synthesis.
enum JSONValue: Encodable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case object([String: JSONValue])
    case array([JSONValue])
    case bool(Bool)
    case null

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .object(let members): try container.encode(members)
        case .array(let items): try container.encode(items)
        case .bool(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }
}
