import SMEModel

/// A sector's SOP checklist as a document: revision, legal basis and every item with its marks,
/// threshold, source and the action a failure calls for.
public struct SOPTemplateReport: Sendable {
    public var checklist: Checklist
    public var sectorName: String
    public var office: OfficeProfile
    public var language: Language
    public var issuedOn: ISODate

    public init(checklist: Checklist, sectorName: String, office: OfficeProfile, language: Language, issuedOn: ISODate) {
        self.checklist = checklist
        self.sectorName = sectorName
        self.office = office
        self.language = language
        self.issuedOn = issuedOn
    }

    public func document() -> ReportDocument {
        let l = language
        let items = checklist.items
        let summary: [SummaryEntry] = [
            SummaryEntry(key: "sector", label: ReportLabel.sector(l), value: .text(sectorName)),
            SummaryEntry(key: "template", label: Localized(id: "Kode templat", en: "Template key")(l), value: .code(checklist.key)),
            SummaryEntry(key: "revision", label: Localized(id: "Revisi", en: "Revision")(l), value: .int(checklist.revision)),
            SummaryEntry(key: "status", label: Localized(id: "Status", en: "Status")(l), value: .term(checklist.status.label(l), code: checklist.status.rawValue)),
            SummaryEntry(key: "effectiveFrom", label: Localized(id: "Berlaku sejak", en: "Effective from")(l), value: .date(checklist.effectiveFrom)),
            SummaryEntry(key: "passMark", label: Localized(id: "Batas lulus", en: "Pass mark")(l), value: .percent(checklist.passPercent / 100)),
            SummaryEntry(key: "items", label: Localized(id: "Jumlah butir", en: "Items")(l), value: .int(items.count)),
            SummaryEntry(key: "requiredItems", label: Localized(id: "Butir wajib", en: "Required items")(l), value: .int(items.count(where: \.isRequired))),
            SummaryEntry(key: "criticalItems", label: Localized(id: "Butir kritis", en: "Critical items")(l), value: .int(items.count(where: \.critical))),
        ]
        let legal = ReportTable(
            key: "legal_basis", title: Localized(id: "Dasar hukum", en: "Legal basis")(l),
            columns: [ReportColumn(key: "no", title: ReportLabel.number(l)),
                      ReportColumn(key: "regulation", title: Localized(id: "Peraturan", en: "Regulation")(l))],
            rows: checklist.legalBasis.enumerated().map { ReportRow([.int($0.offset + 1), .text($0.element)]) })
        let showsWeight = items.contains { $0.weight != 1 }
        var columns = [
            ReportColumn(key: "section", title: ReportLabel.section(l)),
            ReportColumn(key: "no", title: ReportLabel.number(l)),
            ItemColumns.key(l),
            ItemColumns.item(l),
            ItemColumns.mark(l),
            ReportColumn(key: "failsIf", title: Localized(id: "Gagal bila", en: "Fails if")(l)),
        ]
        if showsWeight { columns.append(ReportColumn(key: "weight", title: Localized(id: "Bobot", en: "Weight")(l))) }
        columns += [
            ReportColumn(key: "source", title: Localized(id: "Sumber", en: "Source")(l)),
            ReportColumn(key: "onFail", title: Localized(id: "Tindakan bila gagal", en: "Action on failure")(l)),
        ]
        var rows: [ReportRow] = []
        var number = 0
        for (sectionIndex, section) in checklist.sections.enumerated() {
            for item in section.items {
                number += 1
                var cells: [ReportCell] = [
                    .text("\(sectionIndex + 1). \(section.title(l))"), .int(number), .code(item.key), .text(item.text(l)),
                    ReportLabel.markCell(item, l), .text(Self.answerRule(item, l)),
                ]
                if showsWeight { cells.append(.number(item.weight, decimals: item.weight.rounded() == item.weight ? 0 : 1)) }
                cells += [.text(item.source), .text(Self.onFailText(item, l))]
                rows.append(ReportRow(cells))
            }
        }
        let table = ReportTable(
            key: "items", title: Localized(id: "Butir daftar periksa", en: "Checklist items")(l), columns: columns, rows: rows,
            groupColumn: "section")
        let signature = SignatureBlock(place: office.city, date: issuedOn, signatories: [
            Signatory(role: Localized(id: "Ditetapkan oleh,", en: "Issued by,")(l), position: office.head.position,
                      name: office.head.name, nip: office.head.nip),
        ])
        return ReportDocument(
            kind: .sop, language: l, title: checklist.title(l),
            subtitle: Localized(id: "Revisi \(checklist.revision), berlaku sejak \(Self.longDate(checklist.effectiveFrom, l))",
                                en: "Revision \(checklist.revision), effective from \(Self.longDate(checklist.effectiveFrom, l))")(l),
            issuedOn: issuedOn, office: office,
            blocks: [
                .summary(key: "summary", title: ReportLabel.summary(l), entries: summary),
                .table(legal),
                .paragraph(Localized(
                    id: "Tanda: Kritis = jawaban gagal membuat usaha tidak lulus berapa pun skornya; Wajib = harus dijawab sebelum penilaian selesai.",
                    en: "Marks: Critical = a failed answer fails the business whatever its score; Required = must be answered before an assessment is complete.")(l)),
                .table(table),
                .signature(signature),
            ])
    }

    /// When an answer fails: "Tidak" for yes/no items, "> 37,3 °C" for measured ones, nothing for notes.
    static func answerRule(_ item: ChecklistItem, _ l: Language) -> String {
        let style = NumberStyle(l)
        switch item.type {
        case .yesNoNA:
            return Localized(id: "Tidak", en: "No")(l)
        case .text:
            return Localized(id: "(catatan, tidak dinilai)", en: "(note, not scored)")(l)
        case .number:
            let unit = item.unit.map { " \($0)" } ?? ""
            var rules: [String] = []
            if let gt = item.failIf?.gt { rules.append("> \(style.decimal(gt, decimals: decimals(gt)))\(unit)") }
            if let lt = item.failIf?.lt { rules.append("< \(style.decimal(lt, decimals: decimals(lt)))\(unit)") }
            return rules.joined(separator: Localized(id: " atau ", en: " or ")(l))
        }
    }

    static func onFailText(_ item: ChecklistItem, _ l: Language) -> String {
        guard let onFail = item.onFail else { return "" }
        let text = l == .id ? onFail.action : onFail.actionEn
        return text + Localized(id: " (\(onFail.dueDays) hari)", en: " (\(onFail.dueDays) days)")(l)
    }

    /// One decimal for 37.3, none for 50.
    static func decimals(_ value: Double) -> Int {
        value.rounded() == value ? 0 : (value * 10).rounded() == value * 10 ? 1 : 2
    }

    static func longDate(_ text: String, _ l: Language) -> String {
        ISODate(text).map { DateText.long($0, l) } ?? text
    }
}
