/// Which platform wrote a survey export, and where each survey field sits in it. KoboToolbox
/// prefixes questions with their group (`usaha/channels`) and adds one 0/1 column per choice of
/// a multi-select question (`usaha/channels/whatsapp`); ODK Central prefixes with `-`
/// (`usaha-channels`) and joins choices with spaces; Google Forms puts the full question text in
/// the header, a `Timestamp` first, and joins checkbox answers with ", ".
public enum SurveyPlatform: String, Sendable, Codable {
    case kobo, odk, googleForms, plain

    public var label: String {
        switch self {
        case .kobo: "KoboToolbox"
        case .odk: "ODK Central"
        case .googleForms: "Google Forms"
        case .plain: "CSV"
        }
    }

    static let odkMeta: Set<String> = ["submissiondate", "metainstanceid", "key", "submitterid", "submittername", "attachmentspresent",
                                       "attachmentsexpected", "reviewstate", "deviceid", "edits", "formversion"]
    static let googleMeta: Set<String> = ["timestamp", "capwaktu", "emailaddress", "alamatemail", "score", "skor"]

    public static func detect(header: [String]) -> SurveyPlatform {
        let keys = header.map(SurveyImportMapping.key)
        if header.contains(where: { $0.hasPrefix("_") }) && (keys.contains("uuid") || keys.contains("submissiontime") || keys.contains("id")) {
            return .kobo
        }
        if keys.contains("metainstanceid") || (keys.contains("submissiondate") && keys.contains("key")) { return .odk }
        if let first = keys.first, first == "timestamp" || first == "capwaktu" { return .googleForms }
        return .plain
    }

    /// Whether a column is the platform's bookkeeping rather than an answer.
    func isMetadata(_ header: String) -> Bool {
        switch self {
        case .kobo: header.hasPrefix("_") || ["start", "end", "today", "deviceid", "__version__"].contains(header)
        case .odk: Self.odkMeta.contains(SurveyImportMapping.key(header)) || header.hasPrefix("meta-")
        case .googleForms: Self.googleMeta.contains(SurveyImportMapping.key(header))
        case .plain: false
        }
    }

    /// A header's parts, outermost group first: `usaha/channels/whatsapp`, `usaha-channels`.
    func parts(_ header: String) -> [String] {
        switch self {
        case .kobo: header.split(separator: "/").map(String.init)
        case .odk: header.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        case .googleForms, .plain: [header]
        }
    }

    /// The choices in one multi-select cell.
    func choices(_ cell: String) -> [String] {
        let separators: (Character) -> Bool = switch self {
        case .kobo, .odk: { $0 == " " }
        case .googleForms, .plain: { $0 == "," || $0 == ";" || $0 == "|" }
        }
        return cell.split(whereSeparator: separators).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// The columns of one export resolved against a mapping.
public struct SurveyColumns: Sendable {
    public var platform: SurveyPlatform
    /// The column holding each field's answer.
    public var single: [SurveyImportMapping.Field: Int] = [:]
    /// One 0/1 column per choice: the column and the choice's name.
    public var options: [SurveyImportMapping.Field: [(column: Int, choice: String)]] = [:]
    /// Headers that are neither answers nor the platform's metadata.
    public var unknown: [String] = []

    public init(header: [String], mapping: SurveyImportMapping, platform: SurveyPlatform? = nil) {
        let platform = platform ?? SurveyPlatform.detect(header: header)
        self.platform = platform
        for (index, name) in header.enumerated() {
            if let field = Self.field(name, mapping) ?? platform.parts(name).last.flatMap({ Self.field($0, mapping) }) {
                if single[field] == nil { single[field] = index }
                continue
            }
            let parts = platform.parts(name)
            if parts.count >= 2, let field = Self.field(parts[parts.count - 2], mapping), field.isMultiSelect {
                options[field, default: []].append((index, parts[parts.count - 1]))
                continue
            }
            if !platform.isMetadata(name) && !name.isEmpty { unknown.append(name) }
        }
    }

    static func field(_ name: String, _ mapping: SurveyImportMapping) -> SurveyImportMapping.Field? {
        let key = SurveyImportMapping.key(name)
        guard !key.isEmpty else { return nil }
        return SurveyImportMapping.Field.allCases.first { field in
            key == SurveyImportMapping.key(field.rawValue) || (mapping.columns[field] ?? []).contains { SurveyImportMapping.key($0) == key }
        }
    }

    /// Whether a header names a survey field or platform metadata, for finding the header row.
    public static func isKnownHeader(_ name: String, mapping: SurveyImportMapping) -> Bool {
        if field(name, mapping) != nil { return true }
        let key = SurveyImportMapping.key(name)
        return name.hasPrefix("_") || SurveyPlatform.odkMeta.contains(key) || SurveyPlatform.googleMeta.contains(key)
            || name.split(separator: "/").last.map { field(String($0), mapping) != nil } == true
            || name.split(separator: "-").last.map { field(String($0), mapping) != nil } == true
    }
}
