import ArgumentParser
import Foundation
import Glibc
import SMEModel
import SMEReports
import SMEReportRequest

extension ReportKind: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension PaperSize: ExpressibleByArgument {}
extension ReportCSVProfile: ExpressibleByArgument {}

/// `smedash report`: writes an SOP, assessment, compliance or survey report as PDF, XLSX, CSV,
/// HTML, Markdown or JSON through `ReportExporter`, the same API the dashboard's Export screen uses.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report (sop, assessment, compliance, survey, frequency) as PDF, XLSX, CSV, HTML, Markdown or JSON.",
        discussion: """
        Examples:
          smedash report sop --sector food --format pdf --output sop-food.pdf
          smedash report assessment --business UMK-3273-00624 --format xlsx --output visit.xlsx
          smedash report compliance --sector salon --region 3273 --format csv --output -
          smedash report survey --wave 2021-01 --compare 2020-07 --format html --output survey.html
          smedash report frequency --by region,sector --format xlsx --output region-by-sector.xlsx
          smedash report frequency --by type,active --cooperatives --format csv --output -
          smedash report frequency --by online-now,sector --responses --wave 2021-01 --format xlsx --output online.xlsx
        An existing file is never replaced without --force. See docs/reports.md.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Report: sop, assessment, compliance, survey or frequency.") var kind: ReportKind
    @Option(help: "Frequency: one or two columns, comma-separated: sector, region, scale, online, channel, year-founded; for cooperatives type, region, sector, active, last-rat.")
    var by: String?
    @Flag(help: "Frequency: count cooperatives instead of businesses.") var cooperatives = false
    @Flag(help: "Frequency: count a survey wave's responses (--wave, default the latest); columns sector, region, scale, online-before, online-now, channel, revenue, operating, reason-not-online, assistance.")
    var responses = false
    @Option(help: "Sector key or name (sop, compliance; frequency narrows to it).") var sector: String?
    @Option(help: "Business id: its latest assessment (assessment).") var business: String?
    @Option(help: "Assessment key, such as 2020-08-02-umk-3273-00624 (assessment).") var assessment: String?
    @Option(help: "Survey wave id (survey; default: the latest).") var wave: String?
    @Option(help: "Earlier survey wave to compare with (survey).") var compare: String?
    @Option(help: "Survey: add a weighted share, sector-region, sector-scale or sector-region-official (docs/survey.md).") var weight: SurveyWeighting?
    @Option(help: "Region code or name (compliance; frequency narrows to it).") var region: String?
    @Option(help: "Format: pdf, xlsx, csv, html, md or json (default: from the output's extension).") var format: ReportFormat?
    @Option(name: .customLong("csv-profile"), help: "CSV profile: excel-id (BOM, ';', decimal comma) or rfc4180 (',', '.', no BOM).")
    var csvProfile: ReportCSVProfile = .excelIndonesia
    @Option(help: "CSV only: write just this table (its key, such as summary or checklist).") var table: String?
    @Option(help: "Paper for PDF and HTML: a4 or f4 (215 × 330 mm).") var paper: PaperSize = .a4
    @Option(help: "Issue date YYYY-MM-DD printed by the signature and stored in the file (default: today).") var date: String?
    @Option(name: .shortAndLong, help: "File to write, or - for standard output (text formats only).") var output: String
    @Flag(help: "Replace an existing file.") var force = false
    // A shared group: the root command has the same flag, and a plain @Flag here would be shadowed.
    @OptionGroup var personal: PersonalDataOption

    func run() throws {
        let language = global.language
        let chosenFormat = try resolvedFormat(language)
        if output == "-", !chosenFormat.isText {
            throw CLIError(Localized(
                id: "\(chosenFormat.rawValue) adalah berkas biner; tulis ke berkas dengan --output NAMA.\(chosenFormat.fileExtension)",
                en: "\(chosenFormat.rawValue) is a binary format; write it to a file with --output NAME.\(chosenFormat.fileExtension)")(language))
        }
        if output != "-" && !force && Self.somethingExists(at: output) {
            throw CLIError(Localized(id: "\(output) sudah ada; pakai --force untuk menimpanya",
                                     en: "\(output) already exists; use --force to replace it")(language))
        }
        let registry = try global.loadRegistry()
        let library = ChecklistLibrary.load(global.folder)
        let office: OfficeProfile
        do { office = try OfficeProfile.load(from: global.folder) } catch { throw CLIError(error.description(language)) }
        var request = ReportRequest(
            kind: kind, format: chosenFormat, language: language, issuedOn: try issueDate(language),
            sector: try sector.map { try ArgumentLookup.sector($0, in: registry, language: language).key },
            region: try region.map { try ArgumentLookup.region($0, in: registry, language: language).code },
            businessID: business, assessmentKey: assessment, wave: wave, compareWave: compare, paper: paper,
            csvProfile: csvProfile, csvTable: table, showPersonalData: personal.showPersonalData, surveyWeighting: weight)
        request.countBy = by.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
        request.countsCooperatives = cooperatives
        request.countsResponses = responses
        // Only the survey report prints the national figures.
        var national = NationalReference(figures: [])
        if kind == .survey {
            do { national = try NationalReference.load(from: global.folder) } catch { throw CLIError(String(describing: error)) }
        }
        let data: Data
        do {
            var reportData = ReportData(registry: registry, library: library, office: office, national: national)
            if weight?.usesOfficialCounts == true { reportData.officialCounts = (try? RegistryCoverage.load(from: global.folder)) ?? [:] }
            data = try ReportExporter.render(request, data: reportData)
        } catch {
            throw CLIError(error.description(language))
        }
        if output == "-" {
            emitData(data)
            return
        }
        try write(data, language: language)
        emitError(Localized(
            id: "\(output): \(NumberStyle(language).integer(data.count)) bita ditulis\n",
            en: "\(output): \(NumberStyle(language).integer(data.count)) bytes written\n")(language))
    }

    private func resolvedFormat(_ language: Language) throws -> ReportFormat {
        if let format { return format }
        let suffix = output.split(separator: ".").last.map { String($0).lowercased() } ?? ""
        let aliases = ["markdown": ReportFormat.md, "htm": .html]
        guard output != "-", let found = ReportFormat(rawValue: suffix) ?? aliases[suffix] else {
            throw CLIError(Localized(id: "sebutkan --format (pdf, xlsx, csv, html, md, json)",
                                     en: "give --format (pdf, xlsx, csv, html, md, json)")(language))
        }
        return found
    }

    private func issueDate(_ language: Language) throws -> ISODate {
        if let date {
            guard let parsed = ISODate(date) else {
                throw CLIError(Localized(id: "--date harus berbentuk YYYY-MM-DD: \"\(date)\"", en: "--date must be YYYY-MM-DD: \"\(date)\"")(language))
            }
            return parsed
        }
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        guard let today = ISODate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) else {
            throw CLIError(Localized(id: "jam sistem tidak memberi tanggal yang sah; pakai --date", en: "the system clock gives no valid date; use --date")(language))
        }
        return today
    }

    /// A file, folder or symlink (even a dangling one) at `path`.
    private static func somethingExists(at path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Writes through a temporary file and a rename, so a failure leaves nothing half-written.
    /// With --force an existing file is replaced (a symlink's target, keeping the link).
    private func write(_ data: Data, language: Language) throws {
        do {
            var stamp: FileStamp?
            if force, Self.somethingExists(at: output), let existing = try? SafeFile.read(output) { stamp = existing.1 }
            try SafeFile.write(data, to: output, expecting: stamp, keepHistory: false)
        } catch {
            throw CLIError(error.description(language))
        }
    }
}
