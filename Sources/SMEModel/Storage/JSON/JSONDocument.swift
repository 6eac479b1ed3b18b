import Foundation

/// Loads JSON files strictly: syntax first (with line and column), then `Decodable` types, with
/// decoding errors turned into `file:line:column: path: message`.
public enum JSONDocument {
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws(JSONLoadError) -> T {
        let map: JSONSourceMap
        do {
            map = try JSONSyntax.scan(data)
        } catch {
            throw JSONLoadError(file: file, location: error.location, path: nil, message: error.message)
        }
        let compatible = map.foundationCompatibleNumbers(data)
        var object: JSONValue?
        if let extensible = T.self as? any JSONExtensible.Type {
            object = try? JSONDecoder().decode(JSONValue.self, from: compatible)
            if let object, let unknown = JSONMemberCheck.unknownMember(
                in: object, shapes: extensible.memberShapes, map: map, file: file) {
                throw unknown
            }
        }
        do {
            let decoded = try JSONDecoder().decode(T.self, from: compatible)
            if var extended = decoded as? any JSONExtensible, let object {
                extended.extensions = JSONMemberCheck.extensions(in: object)
                return extended as! T
            }
            return decoded
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, isNumberOutOfRange(context),
                let path = numberOutOfRange(T.self, in: data, map: map)
            {
                let text = map.sourceText(of: path) ?? ""
                throw JSONLoadError(file: file, location: map.location(of: path), path: path, message: Localized(
                    id: "\(text) terlalu besar, atau pecahan di tempat yang harus bilangan bulat",
                    en: "\(text) is too large, or a fraction where a whole number is expected"))
            }
            throw loadError(error, map: map, file: file)
        } catch {
            let text = String(describing: error)
            throw JSONLoadError(
                file: file, location: nil, path: nil,
                message: Localized(id: "tidak dapat dibaca: \(text)", en: "cannot be read: \(text)"))
        }
    }

    /// Foundation does not say which number did not fit. Numbers that might not are replaced by
    /// `0` (padded, so nothing moves) from the end until the error goes away; a binary search
    /// finds the first culprit in log₂(n) decodes.
    static func numberOutOfRange<T: Decodable>(_ type: T.Type, in data: Data, map: JSONSourceMap) -> String? {
        let candidates = map.suspiciousNumbers()
        func failsKeeping(_ kept: Int) -> Bool {
            var bytes = [UInt8](data)
            for candidate in candidates[kept...] {
                bytes.replaceSubrange(candidate.range, with: [UInt8(ascii: "0")] + Array(repeating: UInt8(ascii: " "), count: candidate.range.count - 1))
            }
            do {
                _ = try JSONDecoder().decode(T.self, from: Data(bytes))
                return false
            } catch let DecodingError.dataCorrupted(context) {
                return isNumberOutOfRange(context)
            } catch {
                return false
            }
        }
        // failsKeeping(n) is the original failure; find the least k where it holds.
        guard !candidates.isEmpty, !failsKeeping(0) else { return nil }
        var low = 0, high = candidates.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if failsKeeping(middle) { high = middle } else { low = middle }
        }
        return candidates[high - 1].path
    }

    /// Line and column of the value at `path` (as semantic validators name it), or nil when the
    /// data is not valid JSON or has no such value.
    public static func locate(path: String, in data: Data) -> SourceLocation? {
        (try? JSONSyntax.scan(data))?.location(of: path)
    }

    /// The path syntax of the source map for a `Decodable` coding path.
    public static func path(of codingPath: [any CodingKey]) -> String {
        prefixPaths(of: codingPath).last ?? ""
    }

    // MARK: - Decoding errors

    static func loadError(_ error: DecodingError, map: JSONSourceMap, file: String) -> JSONLoadError {
        let codingPath: [any CodingKey]
        let message: Localized
        var isLocated = true
        switch error {
        case .typeMismatch(let type, let context):
            codingPath = context.codingPath
            message = expected(type, found: map.firstByte(at: path(of: codingPath)))
        case .valueNotFound(let type, let context):
            codingPath = context.codingPath
            message = expected(type, found: map.firstByte(at: path(of: codingPath)))
        case .keyNotFound(let key, let context):
            codingPath = context.codingPath
            message = Localized(id: "kunci \"\(key.stringValue)\" tidak ada", en: "missing key \"\(key.stringValue)\"")
        case .dataCorrupted(let context):
            codingPath = context.codingPath
            message = invalidValue(context, text: map.sourceText(of: path(of: codingPath)))
            isLocated = !isNumberOutOfRange(context)
        @unknown default:
            codingPath = []
            message = Localized(String(describing: error))
        }
        // keyNotFound points at the containing object; a missing array element at its array.
        let location = isLocated ? prefixPaths(of: codingPath).reversed().lazy.compactMap(map.location(of:)).first : nil
        return JSONLoadError(file: file, location: location, path: path(of: codingPath), message: message)
    }

    private static func expected(_ type: Any.Type, found byte: UInt8?) -> Localized {
        let wanted = typeName(type)
        guard let byte else { return Localized(id: "diharapkan \(wanted.id)", en: "expected \(wanted.en)") }
        let found = kindName(byte)
        return Localized(
            id: "diharapkan \(wanted.id), ditemukan \(found.id)", en: "expected \(wanted.en), found \(found.en)")
    }

    private static func invalidValue(_ context: DecodingError.Context, text: String?) -> Localized {
        let detail = context.debugDescription
        // Foundation's own message for an unknown enum case adds nothing to the value itself.
        let isPlain = detail.isEmpty || detail.hasPrefix("Cannot initialize")
        if let text {
            let suffix = isPlain ? "" : ": \(detail)"
            return Localized(id: "\(text) bukan nilai yang sah\(suffix)", en: "\(text) is not a valid value\(suffix)")
        }
        if isNumberOutOfRange(context) {
            return Localized(
                id: "ada angka yang terlalu besar, atau pecahan di tempat yang harus bilangan bulat",
                en: "a number is too large, or a fraction where a whole number is expected")
        }
        return Localized(id: "nilai tidak sah: \(detail)", en: "invalid value: \(detail)")
    }

    /// Foundation reports a number that does not fit its type (1.5 or 1e400 for an `Int`) as
    /// invalid JSON at the root; the strict scanner has already accepted the syntax, so that is
    /// what it means, though where is lost.
    private static func isNumberOutOfRange(_ context: DecodingError.Context) -> Bool {
        context.codingPath.isEmpty && context.debugDescription == "The given data was not valid JSON."
    }

    private static func typeName(_ type: Any.Type) -> Localized {
        if type == Bool.self { return Localized(id: "true atau false", en: "true or false") }
        if type == String.self { return Localized(id: "teks", en: "a string") }
        if type is any BinaryInteger.Type { return Localized(id: "bilangan bulat", en: "a whole number") }
        if type is any FloatingPoint.Type || type == Decimal.self { return Localized(id: "angka", en: "a number") }
        let name = String(describing: type)
        if name.hasPrefix("Array<") { return Localized(id: "daftar [ ]", en: "a list [ ]") }
        if name.hasPrefix("Dictionary<") { return Localized(id: "objek { }", en: "an object { }") }
        return Localized(name)
    }

    private static func kindName(_ byte: UInt8) -> Localized {
        switch byte {
        case UInt8(ascii: "\""): Localized(id: "teks", en: "a string")
        case UInt8(ascii: "{"): Localized(id: "objek", en: "an object")
        case UInt8(ascii: "["): Localized(id: "daftar", en: "a list")
        case UInt8(ascii: "t"), UInt8(ascii: "f"): Localized(id: "true/false", en: "true/false")
        case UInt8(ascii: "n"): Localized("null")
        default: Localized(id: "angka", en: "a number")
        }
    }

    /// Paths of the root and of each step down the coding path, shortest first.
    private static func prefixPaths(of codingPath: [any CodingKey]) -> [String] {
        var paths = [""]
        for key in codingPath {
            let parent = paths[paths.count - 1]
            // JSONDecoder names array positions "Index 3"; integer dictionary keys keep their digits.
            if let index = key.intValue, key.stringValue == "Index \(index)" {
                paths.append(JSONSyntax.indexPath(parent, index))
            } else {
                paths.append(JSONSyntax.memberPath(parent, key.stringValue))
            }
        }
        return paths
    }
}
