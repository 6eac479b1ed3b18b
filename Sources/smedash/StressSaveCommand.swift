import ArgumentParser
import Foundation
import SMEModel

/// `smedash _stress-save` (hidden): loads a checklist or assessment the way the dashboard does and
/// saves it again and again through `SafeFile`, rotating through given versions. The reliability
/// tests kill it with SIGKILL mid-save and run two of them against one file; see docs/reliability.md.
struct StressSaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_stress-save",
        abstract: "Test harness: save a file repeatedly (used by the reliability tests).",
        shouldDisplay: false)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The checklist or assessment to load and save.")
    var path: String

    @Option(name: .customLong("version"), help: "A file whose content to save; repeat to rotate through several.")
    var versions: [String]

    @Option(help: "Treat the file as an assessment of this template.")
    var template: String?

    @Option(help: "Number of saves.")
    var rounds = 1

    @Flag(help: "Before each save print \"waiting\" and wait for a line on standard input (end of input stops).")
    var pause = false

    @Flag(help: "Race mode: before each round re-read the file's stamp, wait like --pause, save, and print \"saved N\" or \"conflict N\" instead of stopping at a conflict.")
    var race = false

    /// What is being saved: the dashboard's two kinds of documents.
    private enum Document {
        case checklist(Checklist)
        case assessment(Assessment)

        func encoded() throws -> Data {
            switch self {
            case .checklist(let checklist): try CanonicalJSON.encode(checklist)
            case .assessment(let assessment): try CanonicalJSON.encode(assessment)
            }
        }
    }

    func validate() throws {
        guard !versions.isEmpty else { throw ValidationError("give at least one --version") }
        guard rounds >= 0 else { throw ValidationError("--rounds must be ≥ 0") }
    }

    func run() throws {
        try global.requireFolderStore()
        let language = global.language
        let templates = try template.map { [try loadTemplate($0, language: language).0] } ?? []
        var stamp = try load(path, templates: templates, language: language)
        // The versions are the test's input, not what is tested: a plain decode keeps start-up short.
        let documents = try versions.map { file in
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            return templates.isEmpty
                ? Document.checklist(try JSONDecoder().decode(Checklist.self, from: data))
                : Document.assessment(try JSONDecoder().decode(Assessment.self, from: data))
        }
        emit("ready\n")
        if race { return try runRace(documents, language: language) }
        for round in 0..<rounds {
            if pause {
                emit("waiting\n")
                guard readLine() != nil else { return }
            }
            let bytes = try documents[(round + 1) % documents.count].encoded()
            do {
                stamp = try SafeFile.write(bytes, to: path, expecting: stamp)
            } catch {
                throw CLIError(error.description(language))
            }
            emit("saved \(round + 1)\n")
        }
    }

    /// Each round starts from what is on disk, as an official who just opened the file would; the
    /// test releases two of these together and checks that exactly one save lands.
    private func runRace(_ documents: [Document], language: Language) throws {
        for round in 0..<rounds {
            let stamp: FileStamp
            do { stamp = try SafeFile.read(path).1 } catch { throw CLIError(error.description(language)) }
            emit("waiting\n")
            guard readLine() != nil else { return }
            let bytes = try documents[round % documents.count].encoded()
            do {
                try SafeFile.write(bytes, to: path, expecting: stamp)
                emit("saved \(round + 1)\n")
            } catch .changedOnDisk {
                emit("conflict \(round + 1)\n")
            } catch {
                throw CLIError(error.description(language))
            }
        }
    }

    /// Loads the file as the dashboard does, for the stamp its first save compares against.
    private func load(_ file: String, templates: [ChecklistFile], language: Language) throws -> FileStamp {
        if templates.isEmpty { return try loadTemplate(file, language: language).1 }
        switch ChecklistLibrary.loadAssessment(file, templates: templates) {
        case .success(let (loaded, _)): return loaded.stamp
        case .failure(let problems): throw CLIError(problems.list.map { $0.description(language) }.joined(separator: "\n"))
        }
    }

    private func loadTemplate(_ file: String, language: Language) throws -> (ChecklistFile, FileStamp) {
        switch ChecklistLibrary.loadTemplate(file) {
        case .success(let (loaded, _)): return (loaded, loaded.stamp)
        case .failure(let problems): throw CLIError(problems.list.map { $0.description(language) }.joined(separator: "\n"))
        }
    }
}
