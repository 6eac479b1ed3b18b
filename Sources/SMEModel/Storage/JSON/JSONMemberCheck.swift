import Foundation

/// Unknown members are located errors with the nearest known name ("did you mean"), so a typo
/// such as `requried` is not silently read as a missing optional member.
enum JSONMemberCheck {
    static func unknownMember(in object: JSONValue, shapes: [String: Set<String>], map: JSONSourceMap, file: String) -> JSONLoadError? {
        walk(object, shape: "", path: "", shapes: shapes, map: map, file: file)
    }

    /// Top-level extension members, decoded.
    static func extensions(in object: JSONValue) -> [String: JSONValue] {
        guard case .object(let members) = object else { return [:] }
        return members.filter { $0.key.hasPrefix(jsonExtensionPrefix) }
    }

    private static func walk(
        _ value: JSONValue, shape: String, path: String, shapes: [String: Set<String>], map: JSONSourceMap, file: String
    ) -> JSONLoadError? {
        if case .object(let members) = value {
            let known = shapes[shape]
            for name in members.keys.sorted() {
                let childPath = JSONSyntax.memberPath(path, name)
                if let known {
                    if !known.contains(name) {
                        if shape.isEmpty && name.hasPrefix(jsonExtensionPrefix) { continue }
                        return error(name, known: known, atTop: shape.isEmpty, path: childPath, map: map, file: file)
                    }
                    if let found = walk(members[name]!, shape: shape.isEmpty ? name : shape + "." + name, path: childPath,
                                        shapes: shapes, map: map, file: file) { return found }
                } else if shapes.keys.contains(where: { $0.hasPrefix(shape + ".*") }) {
                    if let found = walk(members[name]!, shape: shape + ".*", path: childPath,
                                        shapes: shapes, map: map, file: file) { return found }
                }
            }
        } else if case .array(let elements) = value {
            for (index, element) in elements.enumerated() {
                if let found = walk(element, shape: shape + "[]", path: JSONSyntax.indexPath(path, index),
                                    shapes: shapes, map: map, file: file) { return found }
            }
        }
        return nil
    }

    private static func error(
        _ name: String, known: Set<String>, atTop: Bool, path: String, map: JSONSourceMap, file: String
    ) -> JSONLoadError {
        var nearest: String?
        var best = max(2, name.count / 3) + 1
        for candidate in known.sorted() {
            let score = distance(name.lowercased(), candidate.lowercased())
            if score < best { (nearest, best) = (candidate, score) }
        }
        let hint = nearest.map { Localized(id: "; maksudnya \"\($0)\"?", en: "; did you mean \"\($0)\"?") } ?? Localized("")
        let extensionNote = atTop
            ? Localized(id: " (anggota tambahan harus diawali \"x-\")", en: " (extra members must start with \"x-\")")
            : Localized("")
        return JSONLoadError(file: file, location: map.location(of: path), path: path, message: Localized(
            id: "anggota \"\(name)\" tidak dikenal\(hint.id)\(extensionNote.id)",
            en: "unknown member \"\(name)\"\(hint.en)\(extensionNote.en)"))
    }

    /// Levenshtein distance; member names are short.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [Int](repeating: 0, count: b.count + 1)
            current[0] = i
            for j in 1...b.count {
                let substitution: Int = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }
}
