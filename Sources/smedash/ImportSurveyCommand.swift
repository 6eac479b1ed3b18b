import ArgumentParser
import Foundation
import SMEModel

/// `smedash import survey FILE… --wave ID`: KoboToolbox, ODK Central or Google Forms exports
/// (CSV or XLSX) into a draft survey batch, checked row by row, applied only by `import accept`.
struct ImportSurvey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Read survey platform exports (KoboToolbox, ODK Central, Google Forms) into a draft survey batch.",
        discussion: "Answers are matched to smedash's codes through the built-in names and an optional mapping file (docs/survey.md); respondents are linked to the registry by business id or NIB. Nothing reaches survey/responses.csv until `import accept`.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Export files (.csv or .xlsx).") var files: [String]
    @Option(help: "The wave the answers belong to, such as 2021-10.") var wave: String
    @Option(help: "A JSON mapping file: question texts, answer texts, the wave's description (docs/survey.md).") var mapping: String?
    @Option(help: "The workbook sheet to read (default: the first).") var sheet: String?
    @Option(help: "For a new wave: its Indonesian label, such as \"Oktober 2021\".") var labelId: String?
    @Option(help: "For a new wave: its English label.") var labelEn: String?
    @Option(help: "For a new wave: the first day of fieldwork (YYYY-MM-DD).") var start: String?
    @Option(help: "For a new wave: the last day of fieldwork (YYYY-MM-DD).") var end: String?
    @Option(help: "For a new wave: probability, panel, opt-in or census.") var sampling: String?
    @Flag(help: "Check and report only; no batch is saved.") var dryRun = false

    func run() throws {
        let language = global.language
        let registry = try global.loadRegistry([.businesses, .survey])
        var fileMapping = SurveyImportMapping()
        if let mapping {
            do { fileMapping = try SurveyImportMapping(json: SafeFile.read(mapping, limit: 1 << 20).0, source: mapping) } catch let error as ImportError {
                throw CLIError(error.description(language))
            } catch let error as SafeFileError {
                throw CLIError(error.description(language))
            }
        }
        let surveyWave = try resolveWave(registry: registry, info: fileMapping.wave, language: language)
        let reader = SurveyRowReader(registry: registry, mapping: fileMapping, wave: surveyWave.id)
        var answered = Set(registry.responses(inWave: surveyWave.id).map(\.businessID))
        var all: [ImportedResponse] = []
        var notes: [Localized] = []
        var sources: [(path: String, bytes: [UInt8])] = []
        for (number, file) in files.enumerated() {
            let (sheet, bytes) = try ImportSource.sheet(file, named: self.sheet, language: language) {
                SurveyColumns.isKnownHeader($0, mapping: reader.mapping)
            }
            sources.append((file, bytes))
            let columns = SurveyColumns(header: sheet.header, mapping: reader.mapping)
            let rows = reader.read(sheet, respondentPrefix: "R-\(surveyWave.id)-\(number + 1)-", answered: answered)
            answered.formUnion(rows.compactMap(\.response?.businessID))
            all += rows
            var fileNotes = sheet.notes + sheet.skipped
            fileNotes.append(Localized(id: "dikenali sebagai ekspor \(columns.platform.label)", en: "read as a \(columns.platform.label) export"))
            let missing = [SurveyImportMapping.Field.onlineNow, .channels].filter { columns.single[$0] == nil && columns.options[$0] == nil }
            if !missing.isEmpty {
                fileNotes.append(Localized(id: "tidak ada kolom untuk: \(missing.map(\.rawValue).joined(separator: ", ")) (lihat --mapping)",
                                           en: "no column for: \(missing.map(\.rawValue).joined(separator: ", ")) (see --mapping)"))
            }
            if !columns.unknown.isEmpty {
                fileNotes.append(Localized(id: "kolom tidak dikenal (diabaikan): ", en: "unknown columns (ignored): ")
                    .joined(columns.unknown.prefix(12).joined(separator: ", ") + (columns.unknown.count > 12 ? ", …" : "")))
            }
            emitError("\(sheet.source): " + Localized(id: "judul kolom di baris \(sheet.headerRow), \(sheet.rows.count) baris data",
                                                      en: "header on row \(sheet.headerRow), \(sheet.rows.count) data rows")(language) + "\n")
            for note in fileNotes { emitError("  " + note(language) + "\n") }
            notes += fileNotes.map { Localized(id: "\(sheet.source): " + $0.id, en: "\(sheet.source): " + $0.en) }
        }
        emit(SurveyImportText.summary(all, wave: surveyWave, language) + "\n")
        for row in all where !row.problems.isEmpty || !row.warnings.isEmpty {
            emit(SurveyImportText.describe(row, language) + "\n")
        }
        guard !dryRun else { return }
        let batch: ImportBatch
        do { batch = try global.inbox.createSurvey(responses: all, wave: surveyWave, sources: sources, notes: notes) } catch {
            throw CLIError(error.description(language))
        }
        emit(Localized(id: "Batch \(batch.id) disimpan sebagai draf; tinjau dengan `smedash import show \(batch.id)`",
                       en: "Batch \(batch.id) saved as a draft; review it with `smedash import show \(batch.id)`")(language) + "\n")
    }

    /// The wave as the survey file has it, or a new one described by the options or the mapping.
    func resolveWave(registry: Registry, info: SurveyImportMapping.WaveInfo?, language: Language) throws -> SurveyWave {
        if let existing = registry.waves.first(where: { $0.id == wave }) { return existing }
        if let problem = SafeName.problem(wave) {
            throw CLIError(Localized(id: "gelombang \"\(wave)\": \(problem.id)", en: "wave \"\(wave)\": \(problem.en)")(language))
        }
        let startDate = start ?? info?.startDate
        let endDate = end ?? info?.endDate
        let method = sampling ?? info?.sampling
        guard let startDate, ISODate(startDate) != nil, let endDate, ISODate(endDate) != nil, let method,
              let samplingMethod = SamplingMethod(rawValue: method) else {
            throw CLIError(Localized(
                id: "gelombang \(wave) belum ada di survey/waves.csv: beri --start, --end (TTTT-BB-HH) dan --sampling (probability, panel, opt-in, census), atau objek \"wave\" di berkas pemetaan",
                en: "wave \(wave) is not in survey/waves.csv yet: give --start, --end (YYYY-MM-DD) and --sampling (probability, panel, opt-in, census), or a \"wave\" object in the mapping file")(language))
        }
        let labelID = labelId ?? info?.labelId ?? wave
        return SurveyWave(id: wave, label: Localized(id: labelID, en: labelEn ?? info?.labelEn ?? labelID),
                          startDate: startDate, endDate: endDate, sampling: samplingMethod)
    }
}

/// Words of the survey import.
enum SurveyImportText {
    static func summary(_ rows: [ImportedResponse], wave: SurveyWave?, _ language: Language) -> String {
        let counts = rows.surveyCounts
        let waveText = wave.map { " · " + Localized(id: "gelombang", en: "wave")(language) + " \($0.id) (\($0.sampling.label(language)))" } ?? ""
        return Localized(id: "Jawaban sah \(counts.valid) (tidak tertaut ke registri \(counts.notLinked)) · tidak sah \(counts.invalid) · ditolak di platform \(counts.rejected)",
                         en: "Valid answers \(counts.valid) (not linked to the registry \(counts.notLinked)) · invalid \(counts.invalid) · rejected on the platform \(counts.rejected)")(language)
            + waveText
    }

    static func verdictKey(_ row: ImportedResponse) -> String {
        row.isRejected ? "rejected" : (row.response == nil ? "invalid" : "new")
    }

    static func describe(_ row: ImportedResponse, _ language: Language) -> String {
        var line = "\(row.source) " + ImportText.rowWord(row.row, language) + "  "
        if let response = row.response {
            let link = switch row.link {
            case .id(let id): id
            case .nib: response.businessID + " (NIB)"
            case .notLinked: response.businessID + Localized(id: " (tidak tertaut)", en: " (not linked)")(language)
            }
            line += Localized(id: "SAH", en: "VALID")(language) + " " + link + " · \(response.sector) · \(response.region) · online \(response.onlineNow.rawValue)"
        } else if row.isRejected {
            line += Localized(id: "DITOLAK", en: "REJECTED")(language)
        } else {
            line += Localized(id: "TIDAK SAH", en: "INVALID")(language) + ": " + row.problems.map { $0(language) }.joined(separator: "; ")
        }
        if !row.warnings.isEmpty { line += "  [" + row.warnings.map { $0(language) }.joined(separator: "; ") + "]" }
        return line
    }
}
