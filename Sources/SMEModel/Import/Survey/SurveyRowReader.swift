import Foundation

/// Turns the rows of a survey export into responses for one wave. Answers are matched through
/// the mapping, then the model's own codes and labels in either language; a respondent is linked
/// to the registry by business id or NIB and otherwise kept as not linked. Every problem names
/// the file, the row and the column.
public struct SurveyRowReader: Sendable {
    public var registry: Registry
    public var mapping: SurveyImportMapping
    public var wave: String
    let regions: RegionNormaliser
    let sectors: SectorMapping
    let nibIndex: [String: Int]

    public init(registry: Registry, mapping: SurveyImportMapping, wave: String) {
        self.registry = registry
        self.mapping = SurveyImportMapping.builtIn.adding(mapping)
        self.wave = wave
        regions = RegionNormaliser(regions: registry.regions)
        sectors = SectorMapping(sectors: registry.sectors)
        var nibs: [String: Int] = [:]
        for row in registry.businesses.indices {
            if let nib = registry.businesses[row].nib, !nib.isEmpty { nibs[nib] = row }
        }
        nibIndex = nibs
    }

    /// `respondentPrefix` numbers respondents not in the registry (`R-2021-10-1-` + row).
    public func read(_ sheet: ImportSheet, respondentPrefix: String, answered: Set<String>) -> [ImportedResponse] {
        let columns = SurveyColumns(header: sheet.header, mapping: mapping)
        var seen = answered
        return sheet.rows.map { row in
            var reading = RowReading(reader: self, columns: columns, header: sheet.header, cells: row.cells)
            return reading.response(source: sheet.source, row: row.number, respondent: respondentPrefix + String(row.number), seen: &seen)
        }
    }

    /// The code a text answer stands for, by the mapping, then by a code or label of `codes`.
    func code(_ text: String, field: SurveyImportMapping.Field, codes: [(code: String, names: [String])]) -> String? {
        let key = SurveyImportMapping.key(text)
        if let mapped = mapping.answers[field]?[key] { return mapped }
        return codes.first { entry in
            SurveyImportMapping.key(entry.code) == key || entry.names.contains { SurveyImportMapping.key($0) == key }
        }?.code
    }
}

/// The answer codes of an enum with its labels in both languages.
func answerCodes<T: CaseIterable & RawRepresentable>(_ type: T.Type, _ label: (T) -> Localized) -> [(code: String, names: [String])]
    where T.RawValue == String {
    T.allCases.map { ($0.rawValue, [label($0).id, label($0).en]) }
}

/// One row being read: collects problems and warnings as each field is taken.
private struct RowReading {
    let reader: SurveyRowReader
    let columns: SurveyColumns
    let header: [String]
    let cells: [String]
    var problems: [Localized] = []
    var warnings: [Localized] = []

    init(reader: SurveyRowReader, columns: SurveyColumns, header: [String], cells: [String]) {
        self.reader = reader
        self.columns = columns
        self.header = header
        self.cells = cells
    }

    func value(_ field: SurveyImportMapping.Field) -> (text: String, column: String)? {
        guard let index = columns.single[field], index < cells.count else { return nil }
        return (cells[index], header[index])
    }

    /// The answer's code; `missing` when there is none, and also (with a located problem) when
    /// the text is not a known answer.
    mutating func single<T: CaseIterable & RawRepresentable>(_ field: SurveyImportMapping.Field, _ type: T.Type, label: (T) -> Localized,
                                                             missing: T) -> T where T.RawValue == String {
        guard let (text, column) = value(field), !text.isEmpty else { return missing }
        if let code = reader.code(text, field: field, codes: answerCodes(type, label)), let found = T(rawValue: code) { return found }
        problems.append(Localized(id: "kolom \"\(column)\": jawaban \"\(text.prefix(60))\" tidak dikenal untuk \(field.rawValue); tambahkan ke berkas pemetaan",
                                  en: "column \"\(column)\": unknown answer \"\(text.prefix(60))\" for \(field.rawValue); add it to the mapping file"))
        return missing
    }

    mutating func multi<T: CaseIterable & RawRepresentable & Equatable>(_ field: SurveyImportMapping.Field, _ type: T.Type, label: (T) -> Localized) -> [T]
        where T.RawValue == String {
        let codes = answerCodes(type, label)
        var picked: [(text: String, column: String)] = []
        if let optionColumns = columns.options[field], !optionColumns.isEmpty {
            for (index, choice) in optionColumns where index < cells.count {
                if ["1", "true", "ya", "yes", "x"].contains(cells[index].lowercased()) { picked.append((choice, header[index])) }
            }
        } else if let (text, column) = value(field) {
            picked = columns.platform.choices(text).map { ($0, column) }
        }
        var out: [T] = []
        for (text, column) in picked {
            if let code = reader.code(text, field: field, codes: codes), let found = T(rawValue: code) {
                if !out.contains(found) { out.append(found) }
            } else {
                warnings.append(Localized(id: "kolom \"\(column)\": pilihan \"\(text.prefix(60))\" tidak dikenal untuk \(field.rawValue), dilewati",
                                          en: "column \"\(column)\": unknown choice \"\(text.prefix(60))\" for \(field.rawValue), left out"))
            }
        }
        // The model's order, so the same answers always read the same.
        return T.allCases.filter { out.contains($0) }
    }

    mutating func response(source: String, row: Int, respondent: String, seen: inout Set<String>) -> ImportedResponse {
        if let (text, _) = value(.reviewState), ["rejected", "validationstatusnotapproved"].contains(SurveyImportMapping.key(text)) {
            return ImportedResponse(source: source, row: row, response: nil, link: .notLinked, problems: [], warnings: [
                Localized(id: "ditolak pada tinjauan platform (\(text)), dilewati", en: "rejected in the platform's review (\(text)), left out"),
            ], isRejected: true)
        }
        let registry = reader.registry
        var business: Business?
        var link = ImportedResponse.Link.notLinked
        if let (id, column) = value(.businessID), !id.isEmpty {
            if let found = registry.business(id) {
                business = found
                link = .id(found.id)
            } else {
                warnings.append(Localized(id: "kolom \"\(column)\": ID \(id) tidak ada di registri; disimpan tanpa tautan",
                                          en: "column \"\(column)\": ID \(id) is not in the registry; kept as not linked"))
            }
        }
        if business == nil, let (nib, column) = value(.nib), !nib.isEmpty {
            let digits = nib.filter(\.isNumber)
            if let index = reader.nibIndex[digits] {
                business = registry.businesses[index]
                link = .nib(digits)
            } else {
                warnings.append(Localized(id: "kolom \"\(column)\": NIB tidak ada di registri; disimpan tanpa tautan",
                                          en: "column \"\(column)\": the NIB is not in the registry; kept as not linked"))
            }
        }
        // The form's own answers are what held at survey time; the registry fills the gaps.
        var sector = business?.sector
        if let (text, column) = value(.sector), !text.isEmpty {
            if let found = reader.sectors.sector(text: text) ?? reader.sectors.sector(kbli: text) { sector = found } else if sector == nil {
                problems.append(Localized(id: "kolom \"\(column)\": sektor \"\(text.prefix(40))\" tidak dikenal", en: "column \"\(column)\": unknown sector \"\(text.prefix(40))\""))
            }
        }
        var region = business?.region
        if let (text, column) = value(.region), !text.isEmpty {
            let outcome = reader.regions.normalise(text)
            if case .found(let found) = outcome { region = found.code } else if region == nil, let problem = reader.regions.problem(text, outcome) {
                problems.append(Localized(id: "kolom \"\(column)\": " + problem.id, en: "column \"\(column)\": " + problem.en))
            }
        }
        var scale = business?.scale
        if let (text, column) = value(.scale), !text.isEmpty {
            if let found = Scale(parsing: text) ?? reader.code(text, field: .scale, codes: answerCodes(Scale.self, \.label)).flatMap(Scale.init(rawValue:)) {
                scale = found
            } else if scale == nil {
                problems.append(Localized(id: "kolom \"\(column)\": skala \"\(text.prefix(40))\" tidak dikenal", en: "column \"\(column)\": unknown scale \"\(text.prefix(40))\""))
            }
        }
        if business == nil {
            for (name, missing) in [("sector", sector == nil), ("region", region == nil), ("scale", scale == nil)] where missing && !problems.contains(where: { $0.en.contains(name) }) {
                problems.append(Localized(id: "responden tidak tertaut ke registri dan tidak menjawab \(name)",
                                          en: "the respondent is not linked to the registry and gives no \(name)"))
            }
        }
        let onlineBefore = single(.onlineBefore, YesNo.self, label: \.label, missing: .noAnswer)
        let onlineNow = single(.onlineNow, YesNo.self, label: \.label, missing: .noAnswer)
        let revenue = single(.revenueChange, RevenueChange.self, label: \.label, missing: .noAnswer)
        // Forms rarely ask for the operating status: no answer counts as operating normally.
        let status = single(.status, OperatingStatus.self, label: \.label, missing: .normal)
        let channels = multi(.channels, Channel.self, label: \.label)
        let reasons = multi(.reasonsNotOnline, NotOnlineReason.self, label: \.label)
        let assistance = multi(.assistance, AssistanceNeed.self, label: \.label)
        let respondent = business?.id ?? respondent
        if seen.contains(respondent) {
            problems.append(Localized(id: "\(respondent) sudah menjawab gelombang \(reader.wave)", en: "\(respondent) has already answered wave \(reader.wave)"))
        }
        guard problems.isEmpty, let sector, let region, let scale else {
            return ImportedResponse(source: source, row: row, response: nil, link: link, problems: problems, warnings: warnings)
        }
        seen.insert(respondent)
        let response = SurveyResponse(
            wave: reader.wave, businessID: respondent, sector: sector, region: region, scale: scale, onlineBefore: onlineBefore,
            onlineNow: onlineNow, channels: onlineNow == .yes ? channels : [], revenueChange: revenue, status: status,
            reasonsNotOnline: reasons, assistance: assistance)
        return ImportedResponse(source: source, row: row, response: response, link: link, problems: [], warnings: warnings)
    }
}
