import SMEModel

/// The number of a berita acara, from the office's pattern. Placeholders: `{seq}` the visit's
/// place among the year's visits in the data folder (001, 002, … by date, time and key, so a
/// reprint gets the same number), `{year}`, `{month}` (08), `{roman-month}` (VIII, as Indonesian
/// letter numbers write it), `{region}` (the business's region code) and `{business}`.
enum RecordNumber {
    static func format(_ pattern: String, sequence: Int, date: ISODate, region: String, business: String) -> String {
        let seq = String(sequence)
        let month = String(date.month)
        let values: [String: String] = [
            "{seq}": String(repeating: "0", count: max(0, 3 - seq.count)) + seq,
            "{year}": String(date.year),
            "{month}": month.count == 1 ? "0" + month : month,
            "{roman-month}": romanMonths[date.month - 1],
            "{region}": region,
            "{business}": business,
        ]
        var out = pattern
        for (placeholder, value) in values { out = out.replacingOccurrences(of: placeholder, with: value) }
        return out
    }

    static let romanMonths = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    /// 1 for the year's first visit; visits without a valid date count as the year's last.
    static func sequence(of assessment: Assessment, among all: [Assessment]) -> Int {
        let year = assessment.date.prefix(4)
        func order(_ item: Assessment) -> (String, String, String) { (item.date, item.visitTime ?? "", item.key) }
        let earlier = all.count { $0.date.prefix(4) == year && $0.key != assessment.key && order($0) < order(assessment) }
        return earlier + 1
    }
}
