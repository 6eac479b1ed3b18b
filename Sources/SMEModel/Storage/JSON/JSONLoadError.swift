/// Why a JSON file could not be loaded, in the form editors jump to:
/// `data/sop/food.json:20:18: sections[0].items[1].type: "yesno" is not a valid value`.
public struct JSONLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// Path of the value in question (`sections[0].items[1].type`); nil for syntax errors, `""` for the root.
    public var path: String?
    public var message: Localized

    public init(file: String, location: SourceLocation?, path: String?, message: Localized) {
        self.file = file
        self.line = location?.line
        self.column = location?.column
        self.path = path
        self.message = message
    }

    public var location: SourceLocation? {
        guard let line, let column else { return nil }
        return SourceLocation(line: line, column: column)
    }

    public var description: String { description(.en) }

    public func description(_ language: Language) -> String {
        var text = file
        if let location { text += ":\(location)" }
        text += ": "
        if let path, !path.isEmpty { text += path + ": " }
        return text + message(language)
    }
}
