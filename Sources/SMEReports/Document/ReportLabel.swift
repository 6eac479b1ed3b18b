import SMEModel

/// Labels more than one report or renderer prints.
enum ReportLabel {
    static let field = Localized(id: "Keterangan", en: "Field")
    static let value = Localized(id: "Nilai", en: "Value")
    static let summary = Localized(id: "Ringkasan", en: "Summary")
    static let number = Localized(id: "No.", en: "No.")
    static let key = Localized(id: "Kode", en: "Key")
    static let item = Localized(id: "Butir", en: "Item")
    static let section = Localized(id: "Bagian", en: "Section")
    static let sector = Localized(id: "Sektor", en: "Sector")
    static let region = Localized(id: "Wilayah", en: "Region")
    static let business = Localized(id: "Usaha", en: "Business")
    static let date = Localized(id: "Tanggal", en: "Date")
    static let score = Localized(id: "Skor", en: "Score")
    static let result = Localized(id: "Hasil", en: "Result")
    static let passed = Localized(id: "LULUS", en: "PASSED")
    static let failed = Localized(id: "TIDAK LULUS", en: "NOT PASSED")
    static let critical = Localized(id: "Kritis", en: "Critical")
    static let required = Localized(id: "Wajib", en: "Required")
    static let allRegions = Localized(id: "Semua wilayah", en: "All regions")
    static let acknowledged = Localized(id: "Mengetahui,", en: "Acknowledged,")
    static let nip = Localized("NIP")
    static let notes = Localized(id: "Catatan", en: "Notes")
    static let recordNumber = Localized(id: "Nomor", en: "Number")
    static let total = Localized(id: "Jumlah", en: "Total")

    /// "Nomor: 001/BA-PROKES/3273/VIII/2020" under the title of a numbered document.
    static func numberLine(_ number: String, _ language: Language) -> String { "\(recordNumber(language)): \(number)" }

    /// "Halaman 2 dari 5" / "Page 2 of 5".
    static func page(_ number: Int, of total: Int, _ language: Language) -> String {
        Localized(id: "Halaman \(number) dari \(total)", en: "Page \(number) of \(total)")(language)
    }

    /// The required/critical mark of an item: the translated word, with "critical"/"required" for data outputs.
    static func markCell(_ item: ChecklistItem, _ language: Language) -> ReportCell {
        if item.critical { return .term(critical(language), code: "critical") }
        if item.required { return .term(required(language), code: "required") }
        return .empty
    }

    static func outcomeCell(_ outcome: AssessmentScore.Outcome, _ language: Language) -> ReportCell {
        let code = switch outcome {
        case .passed: "pass"
        case .failed: "fail"
        case .incomplete: "incomplete"
        }
        return .term(outcome.label(language), code: code)
    }
}
