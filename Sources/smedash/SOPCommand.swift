import ArgumentParser
import Foundation
import SMEModel

/// `smedash sop list|show|validate|format`: the SOP checklist templates.
struct SOPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sop",
        abstract: "SOP checklist templates: list, show, validate.",
        subcommands: [List.self, Show.self, Validate.self, Format.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the SOP templates.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Output: table, csv or json.") var format: OutputFormat = .table

        func run() throws {
            let language = global.language
            let library = ChecklistLibrary.load(global.folder)
            for problem in library.problems where problem.isError {
                emitError(problem.description(language) + "\n")
            }
            let rows = library.templates.map { file -> [String] in
                let c = file.checklist
                return [c.sector, c.key, String(c.revision), c.status.label(language), c.effectiveFrom,
                        String(c.items.count), String(c.items.count(where: \.critical)), c.title(language)]
            }
            let header = ["sector", "key", "revision", "status", "effectiveFrom", "items", "critical", "title"]
            switch format {
            case .json:
                emitData(try JSONOutput.encode(library.templates.map(\.checklist)))
            case .csv:
                emitData(TabularOutput(columns: [], rows: rows).csv(header: header))
            case .table:
                emit(TabularOutput(columns: [
                    .init(title: Localized(id: "Sektor", en: "Sector")(language)), .init(title: "Key"),
                    .init(title: Localized(id: "Revisi", en: "Rev.")(language), rightAligned: true),
                    .init(title: Localized(id: "Status", en: "Status")(language)),
                    .init(title: Localized(id: "Berlaku", en: "Effective")(language)),
                    .init(title: Localized(id: "Butir", en: "Items")(language), rightAligned: true),
                    .init(title: Localized(id: "Kritis", en: "Critical")(language), rightAligned: true),
                    .init(title: Localized(id: "Judul", en: "Title")(language)),
                ], rows: rows).table())
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one sector's SOP checklist.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Sector key or name (food, kuliner, salon, ...).") var sector: String
        @Option(help: "Output: table or json.") var format: OutputFormat = .table

        func run() throws {
            let language = global.language
            let registry = try global.loadRegistry([])
            let found = try ArgumentLookup.sector(sector, in: registry, language: language)
            let library = ChecklistLibrary.load(global.folder)
            guard let file = library.template(forSector: found.key) else {
                let reasons = library.problems.filter { $0.file.hasSuffix("/\(found.key).json") }
                throw CLIError(reasons.first?.description(language) ?? Localized(
                    id: "tidak ada SOP untuk sektor \(found.key)", en: "no SOP for sector \(found.key)")(language))
            }
            if format == .json {
                emitData(String(decoding: try CanonicalJSON.encode(file.checklist), as: UTF8.self))
                return
            }
            emit(ChecklistText(checklist: file.checklist, language: language).render())
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check SOP templates and assessments; prints file:line:col: message per problem.",
            discussion: "Exit status 0 when every file is valid, 1 when any has errors.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Files to check (default: every file under sop/ and assessments/).") var files: [String] = []

        func run() throws {
            let language = global.language
            var problems: [FileProblem] = []
            var checked = 0
            if files.isEmpty {
                let library = ChecklistLibrary.load(global.folder)
                problems = library.problems
                checked = library.templates.count + library.assessments.count + Set(library.problems.filter(\.isError).map(\.file)).count
                problems += RecoveredCopy.all(in: global.folder).map(\.problem)
            } else {
                let templates = ChecklistLibrary.load(global.folder).templates
                for path in files {
                    checked += 1
                    if isAssessment(path) {
                        if case .failure(let found) = ChecklistLibrary.loadAssessment(path, templates: templates) { problems += found.list }
                        if case .success(let (_, warnings)) = ChecklistLibrary.loadAssessment(path, templates: templates) { problems += warnings }
                    } else {
                        switch ChecklistLibrary.loadTemplate(path) {
                        case .failure(let found): problems += found.list
                        case .success(let (_, warnings)): problems += warnings
                        }
                    }
                }
            }
            for problem in problems { emit(problem.description(language) + "\n") }
            let errors = problems.count(where: \.isError)
            emitError(Localized(
                id: "\(checked) berkas diperiksa, \(errors) galat, \(problems.count - errors) peringatan\n",
                en: "\(checked) files checked, \(errors) errors, \(problems.count - errors) warnings\n")(language))
            if errors > 0 { throw ExitCode(1) }
        }

        /// Assessments carry a `templateKey`; templates do not.
        private func isAssessment(_ path: String) -> Bool {
            guard let data = FileManager.default.contents(atPath: path) else { return false }
            return String(decoding: data.prefix(4096), as: UTF8.self).contains("\"templateKey\"")
                || path.contains("/assessments/")
        }
    }

    struct Format: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rewrite SOP files in canonical form (sorted keys, 2-space indent) with a safe save.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Template files to rewrite.") var files: [String]

        func run() throws {
            try global.requireFolderStore()
            let language = global.language
            for path in files {
                switch ChecklistLibrary.loadTemplate(path) {
                case .failure(let problems):
                    throw CLIError(problems.list.map { $0.description(language) }.joined(separator: "\n"))
                case .success(let (file, _)):
                    let data = try CanonicalJSON.encode(file.checklist)
                    do { try SafeFile.write(data, to: path, expecting: file.stamp) } catch {
                        throw CLIError(error.description(language))
                    }
                }
            }
        }
    }
}

/// A checklist as readable text: sections, numbered items, marks and sources.
struct ChecklistText {
    var checklist: Checklist
    var language: Language

    func render() -> String {
        let style = NumberStyle(language)
        var out = "\(checklist.title(language))\n"
        out += Localized(id: "Revisi \(checklist.revision) (\(checklist.status.label.id)), berlaku \(checklist.effectiveFrom), lulus ≥ \(style.decimal(checklist.passPercent, decimals: 0))%",
                         en: "Revision \(checklist.revision) (\(checklist.status.label.en)), effective \(checklist.effectiveFrom), pass ≥ \(style.decimal(checklist.passPercent, decimals: 0))%")(language) + "\n"
        out += Localized(id: "Dasar hukum: ", en: "Legal basis: ")(language) + checklist.legalBasis.joined(separator: "; ") + "\n"
        out += Localized(id: "Tanda: ! kritis (gagal = tidak lulus), * wajib", en: "Marks: ! critical (a failure fails the visit), * required")(language) + "\n"
        var number = 0
        for (sectionIndex, section) in checklist.sections.enumerated() {
            out += "\n\(sectionIndex + 1). \(section.title(language))\n"
            for item in section.items {
                number += 1
                let mark = item.critical ? "!" : (item.required ? "*" : " ")
                var line = "  \(mark) \(item.key)  \(item.text(language))"
                if let failIf = item.failIf {
                    let unit = item.unit.map { " \($0)" } ?? ""
                    if let gt = failIf.gt { line += Localized(id: " [gagal bila > \(style.decimal(gt, decimals: 1))\(unit)]", en: " [fails above \(style.decimal(gt, decimals: 1))\(unit)]")(language) }
                    if let lt = failIf.lt { line += Localized(id: " [gagal bila < \(style.decimal(lt, decimals: 1))\(unit)]", en: " [fails below \(style.decimal(lt, decimals: 1))\(unit)]")(language) }
                }
                out += line + "\n      " + item.source + "\n"
            }
        }
        return out
    }
}
