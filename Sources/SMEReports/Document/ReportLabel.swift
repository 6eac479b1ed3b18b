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

    /// "Halaman 2 dari 5" / "Page 2 of 5".
    static func page(_ number: Int, of total: Int, _ language: Language) -> String {
        Localized(id: "Halaman \(number) dari \(total)", en: "Page \(number) of \(total)")(language)
    }

    /// Required/critical mark for an item.
    static func mark(_ item: ChecklistItem, _ language: Language) -> String {
        item.critical ? critical(language) : (item.required ? required(language) : "")
    }
}
