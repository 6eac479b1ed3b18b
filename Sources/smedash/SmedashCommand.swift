import ArgumentParser
import Foundation
import SMEDashboard
import SMEModel
import TerminalUI

/// The root command: with no subcommand it opens the dashboard.
@main
struct SmedashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smedash",
        abstract: "Dashboard and CLI for a provincial office of cooperatives and small businesses.",
        discussion: """
        Without a subcommand smedash opens the terminal dashboard on the data folder.
        Every figure on screen can also be printed by a subcommand.
        """,
        subcommands: [
            BusinessesCommand.self, CooperativesCommand.self, SurveyCommand.self, SOPCommand.self, ReportCommand.self, ImportCommand.self, ExportCommand.self, CoverageCommand.self,
            StoreCommand.self, GenerateCommand.self, KeybindingsCommand.self, StressSaveCommand.self, CrashCommand.self,
        ])

    @OptionGroup var global: GlobalOptions

    /// ArgumentParser's own main would print an error's text raw; a message quoting a value from
    /// a data file must reach the terminal escaped (`emitError`).
    static func main() {
        // A closed pipe then shows up as EPIPE on the write, which ends the program quietly.
        signal(SIGPIPE, SIG_IGN)
        CrashReport.install(indonesian: GlobalOptions.messageLanguage == .id)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { emitData(message + "\n") }
            } else if !message.isEmpty {
                emitError(message + "\n")
            }
            Foundation.exit(code.rawValue)
        }
    }

    @Flag(name: .customLong("no-mouse"), help: "Do not capture the mouse (keeps the terminal's own text selection).")
    var noMouse = false

    @OptionGroup var personal: PersonalDataOption

    @Flag(name: .customLong("ascii"), help: "Draw lines and bars with ASCII only.")
    var ascii = false

    func run() throws {
        let language = global.language
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            throw CLIError(Localized(
                id: "dasbor memerlukan terminal; output ini bukan terminal. Coba `smedash businesses` atau `smedash --help`.",
                en: "the dashboard needs a terminal; output is not a terminal. Try `smedash businesses` or `smedash --help`.")(language))
        }
        TextWidth.useUTF8Locale()
        let isUTF8 = TextWidth.userLocaleIsUTF8
        let folder = global.folder
        let registry: Registry
        do {
            let progress = ProgressLine.onTerminal(language)
            defer { progress?.finish() }
            // The survey and the other sort orders come after the first frame (`afterFirstFrame`).
            registry = try DashboardData.loadRegistry(folder, progress: progress?.handler)
            // The first frame needs the name order (already being built).
            progress?.handler(LoadProgress(file: folder.businesses, step: Localized(id: "menyiapkan indeks", en: "preparing indexes")))
            registry.businesses.prepareIndexes()
        } catch {
            throw CLIError(error.description(language))
        }
        let library = ChecklistLibrary.load(folder)
        let environment = ProcessInfo.processInfo.environment
        let glyphs: Glyphs = ascii || !isUTF8 ? .ascii : .unicode
        let backend: NCursesBackend
        do {
            backend = try NCursesBackend(options: NCursesBackend.Options(
                theme: Theme.fromEnvironment(environment).with(glyphs: glyphs), isMouseEnabled: !noMouse))
        } catch {
            throw CLIError(language == .id ? error.indonesian : error.description)
        }
        var data = DashboardData(folder: folder, registry: registry, library: library)
        data.imports = ImportEntry.all(in: folder)
        data.awaitSurvey()
        var state = AppState(
            data: data, language: language,
            size: backend.size, options: DashboardOptions(
                showsPersonalData: personal.showPersonalData, glyphs: glyphs, today: Self.today(),
                assessor: AssessScreen.assessor(fromEnvironment: environment["SMEDASH_ASSESSOR"])))
        let settings = SettingsFile.location(environment: environment).map(SettingsFile.open(at:))
        if let settings {
            state.apply(settings.file.saved, languageChosen: global.lang != nil)
            if let message = settings.message {
                state.modals.append(.message(title: Localized(id: "Pengaturan", en: "Settings"), lines: [message]))
            }
        }
        let desktop = !(environment["DISPLAY"] ?? "").isEmpty || !(environment["WAYLAND_DISPLAY"] ?? "").isEmpty
        state.options.canOpenFiles = desktop && (environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/xdg-open")
        }
        // Asked after the load problems are read: the question sits under their message.
        state.offerRecovered(RecoveredCopy.all(in: folder))
        if !library.problems.isEmpty {
            state.showLoadProblems(library.problems)
        }
        var performer = DashboardExports.performer
        if let address = global.storeAddress, let mirror = try? SharedStore.mirror(address, language: language) {
            performer.sync = mirror
            performer.official = SharedStore.official
            mirror.startListening()
        }
        let runner = DashboardRunner(state: state, backend: backend, performer: performer)
        // Both cores go to the first frame; the survey and the other sort orders come after it.
        runner.afterFirstFrame = { [inbox = runner.inbox] in
            DashboardData.readSurvey(folder, into: inbox)
            DispatchQueue.global(qos: .utility).async { registry.businesses.prepareIndexes(allOrders: true) }
        }
        runner.settingsFile = settings?.file
        if let log = environment["SMEDASH_FRAME_LOG"], !log.isEmpty {
            runner.frameObserver = { frame in try? frame.text.write(toFile: log, atomically: true, encoding: .utf8) }
        }
        let status = runner.run()
        for copy in runner.recoveredFiles {
            emitError(Localized(
                id: "smedash: perubahan yang belum tersimpan disimpan di \(copy) (berkasnya telah diubah orang lain); bandingkan saat smedash dibuka lagi",
                en: "smedash: unsaved changes were kept in \(copy) (the file had been changed by someone else); compare them when smedash next starts")(language) + "\n")
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// Today's date in ISO form, for new assessments.
    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
