import SMEModel

/// The columns that name a checklist item, written once for every report that lists items (the
/// SOP template, an assessment, a sector's compliance), so their keys and titles cannot drift.
enum ItemColumns {
    static func key(_ language: Language) -> ReportColumn { ReportColumn(key: "key", title: ReportLabel.key(language)) }
    static func item(_ language: Language) -> ReportColumn { ReportColumn(key: "item", title: ReportLabel.item(language), isWide: true) }
    static func mark(_ language: Language) -> ReportColumn {
        ReportColumn(key: "mark", title: Localized(id: "Tanda", en: "Mark")(language))
    }
    static func answer(_ language: Language) -> ReportColumn {
        ReportColumn(key: "answer", title: Localized(id: "Jawaban", en: "Answer")(language))
    }
}
