import SMEModel

/// Dates as Indonesian and English readers write them.
public enum DateText {
    static let monthsID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
    static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let shortID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    static let shortEN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `2 Agustus 2020` / `2 August 2020`.
    public static func long(_ date: ISODate, _ language: Language) -> String {
        let names = language == .id ? monthsID : monthsEN
        return "\(date.day) \(names[date.month - 1]) \(date.year)"
    }

    /// `2 Agu 2020` / `2 Aug 2020`, for table columns.
    public static func short(_ date: ISODate, _ language: Language) -> String {
        let names = language == .id ? shortID : shortEN
        return "\(date.day) \(names[date.month - 1]) \(date.year)"
    }

    static let weekdaysID = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]
    static let weekdaysEN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// `Minggu` / `Sunday`: 1970-01-01, day number 0, was a Thursday.
    public static func weekday(_ date: ISODate, _ language: Language) -> String {
        let index = ((date.dayNumber % 7) + 7 + 4) % 7
        return (language == .id ? weekdaysID : weekdaysEN)[index]
    }
}
