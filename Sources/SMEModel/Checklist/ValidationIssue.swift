/// One problem found in a file after it decoded, reported as data so the editor, the CLI and the
/// tests can each show it their own way.
public struct ValidationIssue: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, CaseIterable {
        /// The file must not be used as it is.
        case error
        /// The file works, but something looks wrong or out of date.
        case warning

        public var label: Localized {
            switch self {
            case .error: Localized(id: "galat", en: "error")
            case .warning: Localized(id: "peringatan", en: "warning")
            }
        }
    }

    public var severity: Severity
    /// Where in the file, as `sections[2].items[4].key`, `passPercent` or `answers.kul-001.number`.
    public var path: String
    public var message: Localized

    public init(_ severity: Severity = .error, path: String, message: Localized) {
        self.severity = severity
        self.path = path
        self.message = message
    }

    public var isError: Bool { severity == .error }

    /// `path: message`, with the severity spelled out for warnings.
    public func text(_ language: Language) -> String {
        severity == .error
            ? "\(path): \(message(language))" : "\(path): \(severity.label(language)): \(message(language))"
    }

    public var description: String { text(.en) }

    /// A number as a person wrote it: `120`, `37.3` in English and `37,3` in Indonesian.
    static func number(_ value: Double) -> Localized {
        let isWhole = value.isFinite && value == value.rounded() && value.magnitude < 1e15
        let en = isWhole ? String(Int(value)) : "\(value)"
        return Localized(id: String(en.map { $0 == "." ? "," : $0 }), en: en)
    }

    // MARK: - Paths

    static func section(_ index: Int) -> String { "sections[\(index)]" }

    static func item(_ section: Int, _ item: Int) -> String { "sections[\(section)].items[\(item)]" }

    /// A dictionary member: `.name` when the name is plain (letters, digits, `_`, `-`, not starting
    /// with `-`), `["…"]` otherwise. `.ci/check-data` writes paths by the same rule.
    static func member(_ parent: String, _ key: String) -> String {
        let isPlain =
            !key.isEmpty && !key.hasPrefix("-")
            && key.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || $0 == "_" || $0 == "-"
            }
        if isPlain { return "\(parent).\(key)" }
        var escaped = ""
        for character in key {
            switch character {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            default: escaped.append(character)
            }
        }
        return "\(parent)[\"\(escaped)\"]"
    }
}
