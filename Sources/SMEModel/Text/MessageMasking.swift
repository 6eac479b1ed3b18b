/// Personal data in messages: a value quoted in an error may be a NIK or a phone number, in its
/// own column or shifted into another by a broken row. Such values are masked the way screens
/// and exports mask them, whatever the column.
public enum MessageMasking {
    /// Columns whose values are personal data wherever they appear.
    public static let personalColumns: Set<String> = ["ownerNIK", "nik", "phone", "owner_nik", "no_ktp", "no_hp", "telepon"]

    /// `value` as it may appear in a message about `column`.
    public static func shown(_ value: String, column: String? = nil) -> String {
        let isPersonal = column.map(personalColumns.contains) == true || looksPersonal(value)
        return isPersonal ? PersonalData.mask(value, keepStart: 4, keepEnd: 4) : value
    }

    /// Runs of 10 or more digits (a NIK has 16, a phone 10–13, an NIB 13) anywhere in the value,
    /// allowing the `+`, spaces and dashes people type in phone numbers.
    public static func looksPersonal(_ value: String) -> Bool {
        var digits = 0
        for scalar in value.unicodeScalars {
            switch scalar {
            case "0"..."9":
                digits += 1
                if digits >= 10 { return true }
            case "+", " ", "-", ".", "E", "e", ",": continue
            default: digits = 0
            }
        }
        return false
    }
}
