import ArgumentParser
import Foundation
import SMEModel

/// `smedash generate`: writes a reproducible sample data folder.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a seeded sample data folder (registry, cooperatives, survey waves).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Number of businesses.") var businesses = 800
    @Option(help: "Number of cooperatives.") var cooperatives = 150
    @Option(help: "Survey responses in all, split over the three waves.") var responses = 1050
    @Option(help: "Seed: the same seed writes the same files.") var seed: UInt64 = 2020
    @Option(help: "Folder to write.") var out: String
    @Option(help: "Sample assessment visits per sector checklist.") var assessments = 3
    @Flag(help: "Replace existing files.") var force = false

    func validate() throws {
        guard businesses > 0, cooperatives >= 0, responses >= 0 else {
            throw ValidationError("counts must be positive")
        }
    }

    func run() throws {
        let language = global.language
        let start = Date()
        var generator = SampleGenerator(settings: GeneratorSettings(
            businesses: businesses, cooperatives: cooperatives, responsesPerWave: responses / 3, seed: seed))
        let registry = generator.makeRegistry()
        let target = DataFolder(root: out)
        do {
            try DataFolderWriter.write(registry, to: target, overwrite: force)
        } catch {
            throw CLIError(error.description(language))
        }
        // SOP templates are written by people, not generated: copy them from the source data
        // folder, then visit a few businesses with them.
        let source = global.folder
        let library = ChecklistLibrary.load(source)
        let checklists = library.templates.map(\.checklist)
        var sampler = AssessmentSampler(seed: seed)
        let visits = sampler.assessments(checklists: checklists, registry: registry, perSector: assessments)
        do {
            try DataFolderWriter.writeChecklists(library.templates, assessments: visits, to: target, overwrite: force)
        } catch {
            throw CLIError(error.description(language))
        }
        let style = NumberStyle(language)
        let seconds = style.decimal(Date().timeIntervalSince(start), decimals: 2)
        emitError(Localized(
            id: "\(out): \(style.integer(registry.businesses.count)) usaha, \(style.integer(registry.cooperatives.count)) koperasi, \(style.integer(registry.responses.count)) jawaban survei, \(checklists.count) SOP, \(visits.count) penilaian (\(seconds) dtk)\n",
            en: "\(out): \(style.integer(registry.businesses.count)) businesses, \(style.integer(registry.cooperatives.count)) cooperatives, \(style.integer(registry.responses.count)) survey responses, \(checklists.count) SOPs, \(visits.count) assessments (\(seconds) s)\n")(language))
    }
}
