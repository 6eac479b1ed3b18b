import SMEModel

/// How answers, answer types and fail conditions read on the SOP and Assess screens, in either
/// language ("37,5 °C", "gagal bila > 37,3 °C", "ya/tidak/tb").
enum AnswerText {
    /// A number with as few decimals as it needs (at most three), in the language's style.
    static func number(_ value: Double, _ language: Language) -> String {
        let style = NumberStyle(language)
        var scale = 1.0
        for decimals in 0...2 {
            if (value * scale).rounded() == value * scale { return style.decimal(value, decimals: decimals) }
            scale *= 10
        }
        return style.decimal(value, decimals: 3)
    }

    /// A number with the item's unit: "37,5 °C", "40%".
    static func measured(_ value: Double, unit: String?, _ language: Language) -> String {
        number(value, language) + unitSuffix(unit)
    }

    private static func unitSuffix(_ unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return "" }
        return unit == "%" ? unit : " " + unit
    }

    /// "gagal bila > 37,3 °C" / "fails if > 37.3 °C"; nil for items without a limit.
    static func failCondition(_ item: ChecklistItem, _ language: Language) -> String? {
        guard let condition = item.failIf else { return nil }
        var limits: [String] = []
        if let gt = condition.gt { limits.append("> " + measured(gt, unit: item.unit, language)) }
        if let lt = condition.lt { limits.append("< " + measured(lt, unit: item.unit, language)) }
        guard !limits.isEmpty else { return nil }
        return (language == .id ? "gagal bila " : "fails if ") + limits.joined(separator: language == .id ? " atau " : " or ")
    }

    /// The answer type in words, with the limit of a number item.
    static func type(_ item: ChecklistItem, _ language: Language) -> String {
        switch item.type {
        case .yesNoNA: return language == .id ? "ya/tidak/tb" : "yes/no/n.a."
        case .text: return language == .id ? "teks (tidak dinilai)" : "text (not scored)"
        case .number:
            return (language == .id ? "angka" : "number") + (failCondition(item, language).map { " (\($0))" } ?? "")
        }
    }

    /// A recorded answer as the answer column shows it; "–" when there is none.
    static func value(_ value: AnswerValue?, unit: String?, _ language: Language) -> String {
        switch value {
        case nil: return "–"
        case .yes?: return language == .id ? "ya" : "yes"
        case .no?: return language == .id ? "tidak" : "no"
        case .notApplicable?: return language == .id ? "tb" : "n/a"
        case .number(let number)?: return measured(number, unit: unit, language)
        case .text(let words)?: return words
        }
    }
}
