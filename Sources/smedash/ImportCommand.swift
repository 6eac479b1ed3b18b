import ArgumentParser
import Foundation
import SMEImport
import SMEModel
import SMEReports

/// `smedash import businesses|survey|opendata|list|show|decide|accept|return`: regency files and
/// survey platform exports through a review inbox under `imports/` in the data folder.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the regencies' files into the registry through a review inbox.",
        subcommands: [Businesses.self, ImportSurvey.self, ImportOpenData.self, List.self, Show.self, Decide.self, Accept.self, Return.self])

    struct Businesses: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read CSV files and workbooks into a draft batch.",
            discussion: "Every row is checked and given a verdict: new, update (same NIB), duplicate candidate or invalid. Nothing reaches the registry until `import accept`.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Files to import (.csv, .xlsx; .xls and .ods through LibreOffice).") var files: [String]
        @Option(help: "The workbook sheet to read (default: the first).") var sheet: String?
        @Option(help: "A JSON mapping file for unusual headers, sectors and region names (docs/import.md).") var mapping: String?
        @Option(help: "The region of every row, for a file without a region column (code or name).") var region: String?
        @Flag(help: "Check and report only; no batch is saved.") var dryRun = false

        func run() throws {
            let language = global.language
            let registry = try global.loadRegistry([.businesses])
            let mappingFile = try mapping.map { path -> ImportColumns.Mapping in
                do { return try ImportColumns.Mapping(json: SafeFile.read(path, limit: 1 << 20).0, source: path) } catch let error as ImportError {
                    throw CLIError(error.description(language))
                } catch let error as SafeFileError {
                    throw CLIError(error.description(language))
                }
            }
            let defaultRegion = try region.map { try ArgumentLookup.region($0, in: registry, language: language).code }
            let reader = ImportRowReader(registry: registry, mapping: mappingFile ?? .init(), defaultRegion: defaultRegion)
            var all: [ImportedRow] = []
            var notes: [Localized] = []
            var sources: [(path: String, bytes: [UInt8])] = []
            var firstHeader: [String]?
            for file in files {
                let (sheet, bytes) = try ImportSource.sheet(file, named: self.sheet, mapping: mappingFile ?? .init(), language: language)
                if firstHeader == nil { firstHeader = sheet.header }
                sources.append((file, bytes))
                do { all += try reader.read(sheet) } catch { throw CLIError(error.description(language)) }
                let columns = ImportColumns(header: sheet.header, mapping: mappingFile ?? .init())
                let fileNotes = sheet.notes + sheet.skipped
                    + (columns.unknown.isEmpty ? [] : [Localized(id: "kolom tidak dikenal (diabaikan): ", en: "unknown columns (ignored): ")
                        .joined(columns.unknown.joined(separator: ", "))])
                emitError("\(sheet.source): " + Localized(id: "judul kolom di baris \(sheet.headerRow), \(sheet.rows.count) baris data",
                                                          en: "header on row \(sheet.headerRow), \(sheet.rows.count) data rows")(language) + "\n")
                for note in fileNotes { emitError("  " + note(language) + "\n") }
                notes += fileNotes.map { Localized(id: "\(sheet.source): " + $0.id, en: "\(sheet.source): " + $0.en) }
            }
            let reviewed = ImportReview.review(all, registry: registry)
            emit(ImportText.summary(reviewed.counts, language) + "\n")
            for row in reviewed {
                for problem in row.problems { emit("\(row.source) " + ImportText.rowWord(row.row, language) + ": " + problem(language) + "\n") }
                if case .duplicate(_, let reason) = row.verdict {
                    emit("\(row.source) " + ImportText.rowWord(row.row, language) + ": " + Localized(id: "calon duplikat: ", en: "duplicate candidate: ")(language) + reason(language) + "\n")
                }
            }
            guard !dryRun else { return }
            let batch: ImportBatch
            do { batch = try global.inbox.create(rows: reviewed, sources: sources, notes: notes, header: firstHeader) } catch {
                throw CLIError(error.description(language))
            }
            emit(Localized(id: "Batch \(batch.id) disimpan sebagai draf; tinjau dengan `smedash import show \(batch.id)`",
                           en: "Batch \(batch.id) saved as a draft; review it with `smedash import show \(batch.id)`")(language) + "\n")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the import batches, newest first.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let language = global.language
            let inbox = global.inbox
            let rows = inbox.list().map { batch -> [String] in
                var counts = (try? inbox.load(batch.id).rows.counts) ?? ImportBatch.Counts()
                if batch.isSurvey, let responses = try? inbox.loadResponses(batch.id) {
                    counts.new = responses.surveyCounts.valid
                    counts.invalid = responses.surveyCounts.invalid
                }
                return [batch.id, ImportText.state(batch.state, language), batch.sources.joined(separator: ", "),
                        String(counts.new), String(counts.updates), String(counts.duplicates), String(counts.invalid)]
            }
            emit(TabularOutput(columns: [
                .init(title: "Batch"), .init(title: Localized(id: "Status", en: "State")(language)),
                .init(title: Localized(id: "Berkas", en: "Files")(language)),
                .init(title: Localized(id: "Baru", en: "New")(language), rightAligned: true),
                .init(title: Localized(id: "Ubah", en: "Update")(language), rightAligned: true),
                .init(title: Localized(id: "Duplikat?", en: "Duplicate?")(language), rightAligned: true),
                .init(title: Localized(id: "Tidak sah", en: "Invalid")(language), rightAligned: true),
            ], rows: rows).table())
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a batch's rows and verdicts.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The batch id.") var batch: String
        @Option(help: "Only rows with this verdict: new, update, duplicate or invalid.") var verdict: String?
        @Option(help: "A duplicate candidate's row: show it beside the registry business it may be.") var row: Int?

        func run() throws {
            let language = global.language
            if let row {
                let registry = try global.loadRegistry(.businesses)
                let pair: (target: String, fields: [(field: String, row: String, registry: String)])?
                do { pair = try global.inbox.sideBySide(batch, row: row, registry: registry) } catch {
                    throw CLIError(error.description(language))
                }
                guard let pair else {
                    throw CLIError(Localized(id: "baris \(row) bukan calon duplikat dari usaha di registri",
                                             en: "row \(row) is not a duplicate candidate of a registry business")(language))
                }
                emit(TabularOutput(columns: [
                    .init(title: Localized(id: "Kolom", en: "Field")(language)),
                    .init(title: ImportText.rowWord(row, language)),
                    .init(title: pair.target),
                    .init(title: ""),
                ], rows: pair.fields.map { [$0.field, $0.row, $0.registry, $0.row == $0.registry ? "" : "≠"] }).table())
                return
            }
            let loaded: (batch: ImportBatch, rows: [ImportedRow])
            do { loaded = try global.inbox.load(batch) } catch { throw CLIError(error.description(language)) }
            emit("\(loaded.batch.id) · \(ImportText.state(loaded.batch.state, language)) · \(loaded.batch.sources.joined(separator: ", "))\n")
            if loaded.batch.isSurvey {
                let responses: [ImportedResponse]
                do { responses = try global.inbox.loadResponses(batch) } catch { throw CLIError(error.description(language)) }
                emit(SurveyImportText.summary(responses, wave: loaded.batch.wave, language) + "\n")
                for row in responses where verdict == nil || SurveyImportText.verdictKey(row) == verdict {
                    emit(SurveyImportText.describe(row, language) + "\n")
                }
                return
            }
            emit(ImportText.summary(loaded.rows.counts, language) + "\n")
            for row in loaded.rows where verdict == nil || ImportText.verdictKey(row.verdict) == verdict {
                emit(ImportText.describe(row, language) + "\n")
            }
        }
    }

    struct Decide: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Decide a duplicate candidate: keep it as a new business, skip it, or merge chosen fields into the registry business.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The batch id.") var batch: String
        @Option(help: "The row number in the file.") var row: Int
        @Flag(help: "Keep the row as a new business.") var keep = false
        @Flag(help: "Skip the row.") var skip = false
        @Option(help: "Merge into this registry business (one of the row's candidates).") var merge: String?
        @Option(help: "With --merge: the fields to copy, comma-separated (name, owner, ownerNIK, phone, sector, region, scale, employees, yearFounded, online, nib).")
        var fields: String?

        func run() throws {
            let language = global.language
            if let merge {
                let chosen = (fields ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                do { try global.inbox.merge(batch, row: row, into: merge, fields: chosen) } catch {
                    throw CLIError(error.description(language))
                }
                return
            }
            guard keep != skip else {
                throw CLIError(Localized(id: "pilih salah satu: --keep, --skip atau --merge ID --fields …",
                                         en: "choose one of --keep, --skip and --merge ID --fields …")(language))
            }
            do { try global.inbox.decide(batch, row: row, keep ? .keep : .skip) } catch {
                throw CLIError(error.description(language))
            }
        }
    }

    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Apply a draft batch to the registry (or a survey batch to the survey files) in one safe save.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The batch id.") var batch: String

        func run() throws {
            let language = global.language
            let inbox = global.inbox
            let counts: ImportBatch.Counts
            let isSurvey = (try? inbox.load(batch).batch.isSurvey) ?? false
            do { counts = try inbox.accept(batch, by: ImportText.official()) } catch {
                throw CLIError(error.description(language))
            }
            if isSurvey {
                emit(Localized(id: "Diterima: \(counts.new) jawaban ditambahkan ke survey/responses.csv, \(counts.skipped) dilewati, \(counts.invalid) tidak sah",
                               en: "Accepted: \(counts.new) answers added to survey/responses.csv, \(counts.skipped) skipped, \(counts.invalid) invalid")(language) + "\n")
                return
            }
            emit(Localized(id: "Diterima: \(counts.new) usaha baru, \(counts.updates) diperbarui, \(counts.skipped) dilewati, \(counts.invalid) tidak sah",
                           en: "Accepted: \(counts.new) new businesses, \(counts.updates) updated, \(counts.skipped) skipped, \(counts.invalid) invalid")(language) + "\n")
        }
    }

    struct Return: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Return a draft batch with the rows to fix and a note.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The batch id.") var batch: String
        @Option(help: "What the regency should do.") var note: String

        func run() throws {
            let language = global.language
            let inbox = global.inbox
            let path: String
            do {
                path = try inbox.giveBack(batch, note: note, by: ImportText.official(), workbook: { columns, rows, note in
                    try ReturnWorkbook.render(columns: columns, rows: rows, note: note)
                })
            } catch {
                throw CLIError(error.description(language))
            }
            emit(Localized(id: "Dikembalikan; baris yang perlu diperbaiki ada di \(path)", en: "Returned; the rows to fix are in \(path)")(language) + "\n")
        }
    }
}

/// Words of the import commands.
enum ImportText {
    static func summary(_ counts: ImportBatch.Counts, _ language: Language) -> String {
        Localized(id: "Baru \(counts.new) · diperbarui \(counts.updates) · calon duplikat \(counts.duplicates) · dilewati \(counts.skipped) · tidak sah \(counts.invalid)",
                  en: "New \(counts.new) · updates \(counts.updates) · duplicate candidates \(counts.duplicates) · skipped \(counts.skipped) · invalid \(counts.invalid)")(language)
    }

    static func rowWord(_ row: Int, _ language: Language) -> String { language == .id ? "baris \(row)" : "row \(row)" }

    static func state(_ state: ImportBatch.State, _ language: Language) -> String {
        switch state {
        case .draft: Localized(id: "draf", en: "draft")(language)
        case .accepted: Localized(id: "diterima", en: "accepted")(language)
        case .returned: Localized(id: "dikembalikan", en: "returned")(language)
        }
    }

    static func verdictKey(_ verdict: ImportedRow.Verdict) -> String {
        switch verdict {
        case .new: "new"
        case .update: "update"
        case .duplicate: "duplicate"
        case .invalid: "invalid"
        }
    }

    /// One row: its verdict, the business it would become, and why.
    static func describe(_ row: ImportedRow, _ language: Language) -> String {
        let name = row.business.map { "\($0.name) · \($0.region) · \($0.sector)" } ?? row.cells.prefix(3).joined(separator: " · ")
        var line = rowWord(row.row, language) + "  "
        switch row.verdict {
        case .new: line += Localized(id: "BARU", en: "NEW")(language)
        case .update(let id, let changes):
            line += Localized(id: "UBAH \(id)", en: "UPDATE \(id)")(language) + ": "
                + changes.map { "\($0.field) \(MessageMasking.shown($0.from, column: $0.field)) → \(MessageMasking.shown($0.to, column: $0.field))" }.joined(separator: ", ")
        case .duplicate(let candidates, let reason):
            let decided = row.decision.map { decision -> String in
                switch decision {
                case .keep: " [" + Localized(id: "disimpan", en: "kept")(language) + "]"
                case .skip: " [" + Localized(id: "dilewati", en: "skipped")(language) + "]"
                case .merge: " [" + Localized(id: "digabung ke ", en: "merged into ")(language) + (row.mergeInto ?? "") + ": "
                    + (row.mergeFields ?? []).joined(separator: ", ") + "]"
                }
            } ?? ""
            line += Localized(id: "DUPLIKAT?", en: "DUPLICATE?")(language) + " " + candidates.joined(separator: ", ") + " (" + reason(language) + ")" + decided
        case .invalid: line += Localized(id: "TIDAK SAH", en: "INVALID")(language) + ": " + row.problems.map { $0(language) }.joined(separator: "; ")
        }
        return line + "  " + name
    }

    /// Who is deciding: the assessor's name when set, else the login name.
    static func official() -> String {
        let environment = ProcessInfo.processInfo.environment
        return environment["SMEDASH_ASSESSOR"] ?? environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
    }
}

/// Reads one file into a sheet: CSV and `.xlsx` directly; the old formats through LibreOffice when
/// it is installed (it is said so), with a clear message when it is not.
enum ImportSource {
    static func sheet(_ path: String, named sheetName: String?, mapping: ImportColumns.Mapping, language: Language) throws -> (ImportSheet, [UInt8]) {
        try sheet(path, named: sheetName, language: language) { ImportColumns.isKnownHeader($0, mapping: mapping) }
    }

    /// The sheet with its header found by `isHeader` (at least two known names in one row).
    static func sheet(_ path: String, named sheetName: String?, language: Language, isHeader: (String) -> Bool) throws -> (ImportSheet, [UInt8]) {
        let bytes: [UInt8]
        do { bytes = [UInt8](try SafeFile.read(path, limit: DataLimits.current.largeTableBytes).0) } catch {
            throw CLIError(error.description(language))
        }
        let name = SafePath.split(path).name
        do {
            var rows: [[String]]
            var notes: [Localized] = []
            var source = name
            switch ImportFileReader.format(of: path) {
            case .xlsx:
                let workbook = try XLSXWorkbook(data: Data(bytes), source: name)
                let read = try workbook.rows(sheet: sheetName)
                rows = read.rows
                source = "\(name): " + (language == .id ? "lembar" : "sheet") + " \"\(read.name)\""
                if workbook.sheets.count > 1, sheetName == nil {
                    notes.append(Localized(id: "lembar pertama dibaca (ada: \(workbook.sheets.joined(separator: ", ")); pilih dengan --sheet)",
                                           en: "the first sheet was read (there are: \(workbook.sheets.joined(separator: ", ")); choose with --sheet)"))
                }
            case .csv:
                (rows, notes) = try ImportFileReader.csvRows(bytes, source: name)
            case .old:
                let converted = try convert(path, language: language)
                let read = try ImportFileReader.csvRows(converted, source: name)
                rows = read.rows
                notes = [Localized(id: "diubah ke CSV dengan LibreOffice (soffice --convert-to csv)", en: "converted to CSV with LibreOffice (soffice --convert-to csv)")]
                    + read.notes
            }
            let sheet = try ImportSheet(source: source, rawRows: rows, notes: notes, isHeader: isHeader)
            return (sheet, bytes)
        } catch let error as ImportError {
            throw CLIError(error.description(language))
        }
    }

    /// `soffice --headless --convert-to csv` into a temporary folder, UTF-8 and comma-separated.
    private static func convert(_ path: String, language: Language) throws -> [UInt8] {
        let name: String
        switch ImportFileReader.format(of: path) {
        case .old(let format): name = format
        default: name = "Excel"
        }
        let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let soffice else {
            throw CLIError(SafePath.split(path).name + ": " + Localized(
                id: "format \(name) dibaca lewat LibreOffice, yang tidak terpasang; pasang paket libreoffice-calc, atau buka di Excel dan Simpan Sebagai \"Excel Workbook (.xlsx)\" atau \"CSV UTF-8\"",
                en: "the \(name) format is read through LibreOffice, which is not installed; install the libreoffice-calc package, or open it in Excel and Save As \"Excel Workbook (.xlsx)\" or \"CSV UTF-8\"")(language))
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smedash-import-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", folder, path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let stem = SafePath.split(path).name.split(separator: ".").dropLast().joined(separator: ".")
        guard let data = FileManager.default.contents(atPath: SafePath.join(folder, stem + ".csv")) else {
            throw CLIError(SafePath.split(path).name + ": " + Localized(
                id: "LibreOffice tidak dapat membaca berkas ini (terkunci kata sandi atau rusak?)",
                en: "LibreOffice could not read this file (password-protected or damaged?)")(language))
        }
        return [UInt8](data)
    }
}

extension Localized {
    func joined(_ text: String) -> Localized { Localized(id: id + text, en: en + text) }
}
