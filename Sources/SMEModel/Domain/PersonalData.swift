/// Masks personal data (the owner's e-KTP number and phone) for screens and exports, unless the
/// user explicitly asks to see it.
public enum PersonalData {
    /// `3273014509910012` becomes `3273********0012`: the region stays readable, the person does not.
    public static func maskNIK(_ nik: String) -> String {
        mask(nik, keepStart: 4, keepEnd: 4)
    }

    /// `081234567890` becomes `0812****7890`.
    public static func maskPhone(_ phone: String) -> String {
        mask(phone, keepStart: 4, keepEnd: 4)
    }

    static func mask(_ text: String, keepStart: Int, keepEnd: Int) -> String {
        let characters = Array(text)
        guard characters.count > keepStart + keepEnd else { return String(repeating: "*", count: characters.count) }
        let hidden = characters.count - keepStart - keepEnd
        return String(characters.prefix(keepStart)) + String(repeating: "*", count: hidden)
            + String(characters.suffix(keepEnd))
    }
}

extension Business {
    /// A copy with the owner's NIK and phone masked.
    public var masked: Business {
        var copy = self
        copy.ownerNIK = ownerNIK.map(PersonalData.maskNIK)
        copy.phone = PersonalData.maskPhone(phone)
        return copy
    }
}
