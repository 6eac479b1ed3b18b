import SMEModel

/// One assessment visit as a document: the verdict first, then what must be fixed by when, the
/// section scores, the full checklist with answers and notes, and the signatures.
public struct AssessmentReport: Sendable {
    public var assessment: Assessment
    public var checklist: Checklist
    /// Nil when the business is no longer in the registry; the report then shows its id only.
    public var business: Business?
    public var registry: Registry
    public var office: OfficeProfile
    public var language: Language
    public var issuedOn: ISODate
    /// Print the owner's NIK and phone unmasked.
    public var showPersonalData: Bool
    /// The visit's place among the year's visits, for the record number.
    public var sequence: Int

    public init(
        assessment: Assessment, checklist: Checklist, business: Business?, registry: Registry, office: OfficeProfile,
        language: Language, issuedOn: ISODate, showPersonalData: Bool = false, sequence: Int = 1
    ) {
        self.sequence = sequence
        self.assessment = assessment
        self.checklist = checklist
        self.business = business
        self.registry = registry
        self.office = office
        self.language = language
        self.issuedOn = issuedOn
        self.showPersonalData = showPersonalData
    }

    public func document() -> ReportDocument {
        let l = language
        let score = AssessmentScore(checklist: checklist, assessment: assessment)
        var blocks: [ReportBlock] = [.paragraph(opening()), .summary(key: "summary", title: ReportLabel.summary(l), entries: summary(score))]
        blocks.append(.heading(Localized(id: "Butir yang gagal dan tindakan perbaikan", en: "Failed items and corrective actions")(l)))
        if score.failedItems.isEmpty {
            blocks.append(.paragraph(Localized(id: "Tidak ada butir yang gagal.", en: "No item failed.")(l)))
        } else {
            blocks.append(.table(failedTable(score)))
        }
        let sections = sectionTable(score)
        blocks.append(.table(sections))
        blocks.append(.chart(sectionChart(score, table: sections)))
        blocks.append(.table(checklistTable()))
        if let notes = assessment.notes {
            blocks.append(.heading(Localized(id: "Catatan petugas", en: "Assessor's notes (as written)")(l)))
            blocks.append(.paragraph(notes))
        }
        var notes = [Localized(
            id: "Skor = bobot butir lulus ÷ bobot butir lulus dan gagal; butir tidak berlaku, belum dijawab dan catatan tidak dihitung. Satu butir kritis yang gagal membuat usaha tidak lulus.",
            en: "Score = weight of passed items ÷ weight of passed and failed items; not-applicable, unanswered and note items are left out. One failed critical item fails the business.")(l)]
        if assessment.templateRevision != checklist.revision {
            notes.append(Localized(
                id: "Penilaian memakai revisi \(assessment.templateRevision); laporan ini dicetak dengan revisi \(checklist.revision).",
                en: "The visit used revision \(assessment.templateRevision); this report is printed with revision \(checklist.revision).")(l))
        }
        if !showPersonalData {
            notes.append(Localized(id: "NIK dan telepon pemilik disamarkan.", en: "The owner's NIK and phone are masked.")(l))
        }
        if l == .en {
            notes.append("What the assessor typed (notes, written answers and corrective actions) is printed as written, untranslated.")
        }
        blocks.append(.footnotes(notes))
        blocks.append(.paragraph(Localized(
            id: "Pemilik atau penanggung jawab usaha telah menerima hasil penilaian ini dan menyanggupi tindakan perbaikan di atas sesuai batas waktunya.",
            en: "The owner or person in charge has received this assessment and undertakes the corrective actions above by their due dates.")(l)))
        blocks.append(.paragraph(Localized(
            id: "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.",
            en: "This record was made truthfully, to be used as required.")(l)))
        let owner = assessment.personInCharge.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } ?? business?.owner ?? ""
        // Signed at the visit by the owner and the assessor, so dated on the visit day.
        blocks.append(.signature(SignatureBlock(place: office.city, date: ISODate(assessment.date) ?? issuedOn, signatories: [
            Signatory(role: "", position: Localized(id: "Pemilik/penanggung jawab usaha", en: "Owner/person in charge")(l), name: owner, nip: nil),
            Signatory(role: "", position: Localized(id: "Petugas penilai", en: "Assessor")(l),
                      name: assessment.assessor.name, nip: assessment.assessor.nip ?? "", rank: assessment.assessor.rank),
            Signatory(role: ReportLabel.acknowledged(l), position: office.head.position, name: office.head.name, nip: office.head.nip,
                      rank: office.head.rank),
        ])))
        return ReportDocument(
            kind: .assessment, language: l,
            title: Localized(id: "Berita Acara Penilaian Protokol Kesehatan", en: "Health-Protocol Assessment Record")(l),
            subtitle: "\(business?.name ?? assessment.businessID) — \(checklist.title(l))", number: recordNumber,
            issuedOn: issuedOn, office: office, blocks: blocks)
    }

    var recordNumber: String {
        RecordNumber.format(office.recordNumber ?? OfficeProfile.defaultRecordNumber, sequence: sequence,
                            date: ISODate(assessment.date) ?? issuedOn, region: business?.region ?? "", business: assessment.businessID)
    }

    /// "Pada hari ini Minggu, tanggal 2 Agustus 2020, pukul 09.30 WIB, …": the opening of a berita
    /// acara, with the weekday written out as the form requires.
    private func opening() -> String {
        let l = language
        let office = office.name
        guard let date = ISODate(assessment.date) else {
            return Localized(id: "Petugas penilai \(office) telah menilai penerapan protokol kesehatan pada usaha berikut.",
                             en: "An assessor of the \(office) assessed how the business below applies the health protocol.")(l)
        }
        let day = DateText.weekday(date, l)
        let long = DateText.long(date, l)
        let time = assessment.visitTime.map { l == .id ? $0.replacingOccurrences(of: ":", with: ".") : $0 }
        return Localized(
            id: "Pada hari ini \(day), tanggal \(long)\(time.map { ", pukul \($0) WIB" } ?? ""), petugas penilai \(office) telah melakukan kunjungan dan menilai penerapan protokol kesehatan pada usaha berikut.",
            en: "On \(day), \(long)\(time.map { ", at \($0) (WIB)" } ?? ""), an assessor of the \(office) visited the business below and assessed how it applies the health protocol.")(l)
    }

    private func summary(_ score: AssessmentScore) -> [SummaryEntry] {
        let l = language
        let shown = showPersonalData ? business : business?.masked
        var entries = [
            SummaryEntry(key: "business", label: ReportLabel.business(l), value: .text(business?.name ?? "–")),
            SummaryEntry(key: "businessID", label: Localized(id: "ID usaha", en: "Business ID")(l), value: .code(assessment.businessID)),
        ]
        if let shown {
            entries += [
                SummaryEntry(key: "owner", label: Localized(id: "Pemilik", en: "Owner")(l), value: .text(shown.owner)),
                SummaryEntry(key: "ownerNIK", label: Localized(id: "NIK pemilik", en: "Owner's NIK")(l), value: shown.ownerNIK.map(ReportCell.code) ?? .empty),
                SummaryEntry(key: "phone", label: Localized(id: "Telepon", en: "Phone")(l), value: .code(shown.phone)),
                SummaryEntry(key: "sector", label: ReportLabel.sector(l), value: .term(registry.sectorName(shown.sector, l), code: shown.sector)),
                SummaryEntry(key: "region", label: ReportLabel.region(l), value: .term(registry.regionName(shown.region, l), code: shown.region)),
                SummaryEntry(key: "nib", label: Localized(id: "NIB", en: "NIB (business licence)")(l), value: shown.nib.map(ReportCell.code) ?? .text("–")),
            ]
        }
        entries.append(SummaryEntry(key: "address", label: Localized(id: "Alamat", en: "Address")(l),
                                    value: assessment.address.map(ReportCell.text) ?? .text("–")))
        entries += [
            SummaryEntry(key: "visitDate", label: Localized(id: "Tanggal kunjungan", en: "Visit date")(l), value: .date(assessment.date)),
            SummaryEntry(key: "visitTime", label: Localized(id: "Jam kunjungan", en: "Visit time")(l),
                         value: assessment.visitTime.map { .term(l == .id ? $0.replacingOccurrences(of: ":", with: ".") + " WIB" : $0 + " WIB", code: $0) } ?? .text("–")),
            SummaryEntry(key: "assessor", label: Localized(id: "Petugas penilai", en: "Assessor")(l), value: .text(assessment.assessor.name)),
            SummaryEntry(key: "assessorNIP", label: Localized(id: "NIP petugas", en: "Assessor's NIP")(l), value: assessment.assessor.nip.map(ReportCell.code) ?? .empty),
            SummaryEntry(key: "template", label: Localized(id: "Templat SOP", en: "SOP template")(l), value: .code("\(checklist.key) rev. \(assessment.templateRevision)")),
            SummaryEntry(key: "score", label: ReportLabel.score(l),
                         value: score.isComplete ? .percent(score.score) : .text(score.scoreText(l))),
            SummaryEntry(key: "passMark", label: Localized(id: "Batas lulus", en: "Pass mark")(l), value: .percent(checklist.passPercent / 100)),
            SummaryEntry(key: "result", label: ReportLabel.result(l), value: ReportLabel.outcomeCell(score.outcome, l), isEmphasised: true),
            SummaryEntry(key: "failedCritical", label: Localized(id: "Butir kritis yang gagal", en: "Failed critical items")(l),
                         value: score.failedCritical.isEmpty ? .term(Localized(id: "tidak ada", en: "none")(l), code: "") : .text(score.failedCritical.joined(separator: ", "))),
            SummaryEntry(key: "passedItems", label: Localized(id: "Butir Ya / lulus", en: "Items passed")(l), value: .int(score.count(.pass))),
            SummaryEntry(key: "failedItems", label: Localized(id: "Butir Tidak / gagal", en: "Items failed")(l), value: .int(score.count(.fail))),
            SummaryEntry(key: "notApplicable", label: Localized(id: "Butir tidak berlaku", en: "Items not applicable")(l), value: .int(score.count(.notApplicable))),
            SummaryEntry(key: "unanswered", label: Localized(id: "Butir belum dijawab", en: "Items unanswered")(l), value: .int(score.count(.unanswered))),
        ]
        if !score.isComplete {
            entries.append(SummaryEntry(
                key: "incomplete", label: Localized(id: "Belum lengkap", en: "Incomplete")(l),
                value: .text(Localized(id: "butir wajib belum dijawab: ", en: "required items unanswered: ")(l) + score.unansweredRequired.joined(separator: ", ")),
                isEmphasised: true))
        }
        return entries
    }

    /// Each section's score against the pass mark.
    private func sectionChart(_ score: AssessmentScore, table: ReportTable) -> ReportChart {
        let l = language
        let mark = checklist.passPercent / 100
        let caption = ReportChart.figure(l) + " 1. " + Localized(id: "Skor per bagian", en: "Score per section")(l)
        let points = checklist.sections.enumerated().map { index, section in
            ReportChart.Point(label: "\(index + 1). \(section.title(l))", value: score.sections.first { $0.key == section.key }?.score)
        }
        return ReportChart(
            key: "chart-\(table.key)", caption: caption, kind: .bars, scale: .share, points: points,
            legend: [ReportChart.LegendEntry(.bar, ReportLabel.score(l))],
            reference: .value(mark, label: Localized(id: "batas lulus", en: "pass mark")(l) + " " + NumberStyle(l).decimal(mark * 100, decimals: 0) + "%"),
            source: ReportChart.Source(table: table.key, category: "section", value: "score"),
            textOnlyNote: ReportChart.textOnly(caption, table: table.title, l))
    }

    private func failedTable(_ score: AssessmentScore) -> ReportTable {
        let l = language
        let rows = score.failedItems.compactMap { key -> ReportRow? in
            guard let item = checklist.item(key) else { return nil }
            let answer = assessment.answers[key]
            let action = answer?.action ?? assessment.proposedAction(for: item, language: l)
            let status: ReportCell = switch (answer?.action?.status, action) {
            case (.done?, _): .term(Localized(id: "selesai", en: "done")(l), code: "done")
            case (.open?, _): .term(Localized(id: "terbuka", en: "open")(l), code: "open")
            case (nil, .some): .term(Localized(id: "usulan", en: "proposed")(l), code: "proposed")
            case (nil, nil): .text("–")
            }
            return ReportRow([
                .code(key), .text(item.text(l)), ReportLabel.markCell(item, l), answerCell(item),
                action.map { ReportCell.text($0.text) } ?? .text("–"), action.map { ReportCell.date($0.dueDate) } ?? .text("–"), status,
            ], emphasis: item.critical ? .alert : .normal)
        }
        return ReportTable(key: "failed_items", title: Localized(id: "Butir gagal", en: "Failed items")(l), columns: [
            ItemColumns.key(l),
            ItemColumns.item(l),
            ItemColumns.mark(l),
            ItemColumns.answer(l),
            ReportColumn(key: "action", title: Localized(id: "Tindakan perbaikan", en: "Corrective action")(l)),
            ReportColumn(key: "dueDate", title: Localized(id: "Batas waktu", en: "Due")(l)),
            ReportColumn(key: "status", title: Localized(id: "Status", en: "Status")(l)),
        ], rows: rows)
    }

    private func sectionTable(_ score: AssessmentScore) -> ReportTable {
        let l = language
        let rows = checklist.sections.enumerated().compactMap { index, section -> ReportRow? in
            guard let result = score.section(section.key) else { return nil }
            return ReportRow([.text("\(index + 1). \(section.title(l))"), .int(result.itemCount), .int(result.answeredCount), .percent(result.score)])
        }
        return ReportTable(key: "sections", title: Localized(id: "Skor per bagian", en: "Score by section")(l), columns: [
            ReportColumn(key: "section", title: ReportLabel.section(l)),
            ReportColumn(key: "items", title: Localized(id: "Butir", en: "Items")(l)),
            ReportColumn(key: "answered", title: Localized(id: "Dijawab", en: "Answered")(l)),
            ReportColumn(key: "score", title: ReportLabel.score(l)),
        ], rows: rows + [ReportRow([
            .text(Localized(id: "Seluruhnya", en: "Overall")(l)), .int(checklist.items.count),
            .int(score.sections.reduce(0) { $0 + $1.answeredCount }), .percent(score.score),
        ], emphasis: .total)])
    }

    private func checklistTable() -> ReportTable {
        let l = language
        var rows: [ReportRow] = []
        var number = 0
        for (index, section) in checklist.sections.enumerated() {
            for item in section.items {
                number += 1
                let result = assessment.result(of: item)
                rows.append(ReportRow([
                    .text("\(index + 1). \(section.title(l))"), .int(number), .code(item.key), .text(item.text(l)),
                    ReportLabel.markCell(item, l), answerCell(item), .term(result.label(l), code: result.code),
                    .text(assessment.answers[item.key]?.note ?? ""),
                ], emphasis: result == .fail ? .alert : .normal))
            }
        }
        return ReportTable(key: "checklist", title: Localized(id: "Daftar periksa lengkap", en: "Full checklist")(l), columns: [
            ReportColumn(key: "section", title: ReportLabel.section(l)),
            ReportColumn(key: "no", title: ReportLabel.number(l)),
            ItemColumns.key(l),
            ItemColumns.item(l),
            ItemColumns.mark(l),
            ItemColumns.answer(l),
            ReportColumn(key: "result", title: ReportLabel.result(l)),
            ReportColumn(key: "note", title: Localized(id: "Catatan", en: "Notes (as written)")(l)),
        ], rows: rows, groupColumn: "section")
    }

    /// "Ya", "Tidak", "Tidak berlaku", "36,8 °C", the note text, or "–" when unanswered.
    /// Yes/no answers as terms (data outputs write "yes"/"no"/"not-applicable"); numbers with
    /// their unit and free text as typed; "–" for no answer.
    func answerCell(_ item: ChecklistItem) -> ReportCell {
        let l = language
        guard let value = assessment.answers[item.key]?.value else { return .text("–") }
        switch value {
        case .yes: return .term(Localized(id: "Ya", en: "Yes")(l), code: "yes")
        case .no: return .term(Localized(id: "Tidak", en: "No")(l), code: "no")
        case .notApplicable: return .term(Localized(id: "Tidak berlaku", en: "Not applicable")(l), code: "not-applicable")
        case .number(let number):
            let decimals = SOPTemplateReport.decimals(number)
            let text = NumberStyle(l).decimal(number, decimals: decimals)
            return .term(item.unit.map { text + " " + $0 } ?? text, code: NumberStyle.plain.decimal(number, decimals: decimals))
        case .text(let text): return .text(text)
        }
    }
}
