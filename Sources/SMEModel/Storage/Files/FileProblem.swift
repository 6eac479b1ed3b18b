/// A located problem in a data file, printed as `file:line:col: message` (the form editors and
/// `grep` understand).
public struct FileProblem: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var location: SourceLocation?
    public var severity: ValidationIssue.Severity
    public var message: Localized

    public init(file: String, location: SourceLocation?, severity: ValidationIssue.Severity = .error, message: Localized) {
        self.file = file
        self.location = location
        self.severity = severity
        self.message = message
    }

    public init(_ error: JSONLoadError) {
        self.init(file: error.file, location: error.location, message: Localized(
            id: error.description(.id).dropFilePrefix(error.file, location: error.location),
            en: error.description(.en).dropFilePrefix(error.file, location: error.location)))
    }

    public var isError: Bool { severity == .error }
    public var description: String { description(.en) }

    public func description(_ language: Language) -> String {
        let place = location.map { "\(file):\($0.line):\($0.column)" } ?? file
        let prefix = severity == .warning ? Localized(id: "peringatan: ", en: "warning: ")(language) : ""
        return "\(place): \(prefix)\(message(language))"
    }
}

extension String {
    /// JSONLoadError already starts with `file:line:col: `; keep only the message part.
    fileprivate func dropFilePrefix(_ file: String, location: SourceLocation?) -> String {
        let prefix = location.map { "\(file):\($0.line):\($0.column): " } ?? "\(file): "
        return hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
