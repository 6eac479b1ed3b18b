/// Formats numbers with the language's separators: Indonesian writes 1.234,5 and English 1,234.5.
///
/// Written by hand rather than through Foundation's locale data so the output is identical on every
/// machine, which golden-file tests rely on.
public struct NumberStyle: Sendable, Equatable {
    public var groupSeparator: Character
    public var decimalSeparator: Character

    public init(groupSeparator: Character, decimalSeparator: Character) {
        self.groupSeparator = groupSeparator
        self.decimalSeparator = decimalSeparator
    }

    public init(_ language: Language) {
        switch language {
        case .id: self.init(groupSeparator: ".", decimalSeparator: ",")
        case .en: self.init(groupSeparator: ",", decimalSeparator: ".")
        }
    }

    /// Machine style for CSV and JSON: no grouping, a dot for decimals.
    public static let plain = NumberStyle(groupSeparator: "\u{0}", decimalSeparator: ".")

    public func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0, groupSeparator != "\u{0}" {
                out.append(groupSeparator)
            }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    /// A decimal number rounded half away from zero to `decimals` places.
    public func decimal(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "–" : (value > 0 ? "∞" : "-∞") }
        var scale = 1.0
        for _ in 0..<max(decimals, 0) { scale *= 10 }
        let scaled = (value.magnitude * scale).rounded(.toNearestOrAwayFromZero)
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        let isNegative = value < 0 && scaled != 0
        var text = integer(whole)
        if decimals > 0 {
            let fractionDigits = String(fraction)
            text.append(decimalSeparator)
            text += String(repeating: "0", count: max(0, decimals - fractionDigits.count)) + fractionDigits
        }
        return isNegative ? "-" + text : text
    }

    /// A fraction 0…1 as a percentage, such as `39,6%`.
    public func percent(_ fraction: Double, decimals: Int = 1) -> String {
        decimal(fraction * 100, decimals: decimals) + "%"
    }

    /// A difference of two fractions in percentage points with an explicit sign, such as `+4,2 pp`.
    public func points(_ difference: Double, decimals: Int = 1) -> String {
        let text = decimal(difference * 100, decimals: decimals)
        let isZero = text.allSatisfy { $0 == "0" || $0 == decimalSeparator }
        return (text.hasPrefix("-") || isZero ? "" : "+") + text + " pp"
    }
}
