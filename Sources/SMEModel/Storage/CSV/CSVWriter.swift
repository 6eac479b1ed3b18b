/// One cell of a CSV being written: text is quoted as needed, numbers follow the profile's
/// decimal mark.
public enum CSVField: Hashable, Sendable {
    case text(String)
    /// Text a spreadsheet must not turn into a number or a date ("Januari 2021", an 18-digit
    /// NIP): written as the formula `="…"` in profiles that keep text, as plain text otherwise.
    case literal(String)
    case int(Int)
    case number(Double, decimals: Int)
    case empty
}

/// How a CSV is laid out for its reader.
public struct CSVProfile: Hashable, Sendable {
    public var separator: Character
    public var decimalComma: Bool
    public var byteOrderMark: Bool
    public var lineEnd: String
    /// Prefix text cells that Excel would run as a formula (`=`, `+`, `-`, `@`, tab, CR) with `'`.
    public var neutralisesFormulas: Bool
    /// Write `.literal` fields as `="…"`, the one form Excel and LibreOffice open as text
    /// whatever the locale.
    public var keepsLiterals: Bool

    public init(separator: Character, decimalComma: Bool, byteOrderMark: Bool, lineEnd: String, neutralisesFormulas: Bool,
                keepsLiterals: Bool = false) {
        self.separator = separator
        self.decimalComma = decimalComma
        self.byteOrderMark = byteOrderMark
        self.lineEnd = lineEnd
        self.neutralisesFormulas = neutralisesFormulas
        self.keepsLiterals = keepsLiterals
    }

    /// For Excel on an Indonesian PC: BOM so it reads UTF-8, `;` because `,` is the decimal mark.
    public static let excelIndonesia = CSVProfile(
        separator: ";", decimalComma: true, byteOrderMark: true, lineEnd: "\r\n", neutralisesFormulas: true, keepsLiterals: true)
    /// Plain RFC 4180 for scripts and other tools: values exactly as they are.
    public static let rfc4180 = CSVProfile(
        separator: ",", decimalComma: false, byteOrderMark: false, lineEnd: "\r\n", neutralisesFormulas: false)
    /// The data files under `data/`: exact text round-trips, LF line ends for small git diffs.
    public static let dataFile = CSVProfile(
        separator: ",", decimalComma: false, byteOrderMark: false, lineEnd: "\n", neutralisesFormulas: false)
}

/// Builds CSV text row by row.
public struct CSVWriter: Sendable {
    public let profile: CSVProfile
    public private(set) var text: String

    public init(profile: CSVProfile) {
        self.profile = profile
        self.text = profile.byteOrderMark ? "\u{FEFF}" : ""
    }

    public mutating func row(_ fields: [CSVField]) {
        var first = true
        for field in fields {
            if !first { text.append(profile.separator) }
            first = false
            text += encode(field)
        }
        text += profile.lineEnd
    }

    public mutating func row(_ texts: [String]) {
        row(texts.map(CSVField.text))
    }

    public var bytes: [UInt8] { Array(text.utf8) }

    private func encode(_ field: CSVField) -> String {
        switch field {
        case .empty:
            return ""
        case .int(let value):
            return String(value)
        case .number(let value, let decimals):
            let style = NumberStyle(groupSeparator: "\u{0}", decimalSeparator: profile.decimalComma ? "," : ".")
            return style.decimal(value, decimals: decimals)
        case .literal(let value) where profile.keepsLiterals:
            // A constant string formula: nothing in it runs, quotes doubled inside the literal.
            return quoted("=\"" + value.replacingAll("\"", with: "\"\"") + "\"")
        case .text(var value), .literal(var value):
            if profile.neutralisesFormulas, let first = value.unicodeScalars.first,
               "=+-@\t\r".unicodeScalars.contains(first) {
                value = "'" + value
            }
            return quoted(value)
        }
    }

    private func quoted(_ value: String) -> String {
        // Test scalars, not Characters: "\r\n" is one Character and would hide a line break.
        let needsQuotes = value.unicodeScalars.contains {
            $0 == "\"" || $0 == "\n" || $0 == "\r" || Character($0) == profile.separator
        }
        guard needsQuotes else { return value }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(count)
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
