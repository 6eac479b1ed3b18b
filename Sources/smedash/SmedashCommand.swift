import ArgumentParser
import Foundation
import SMEModel

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
            BusinessesCommand.self, CooperativesCommand.self, SurveyCommand.self, SOPCommand.self, GenerateCommand.self, ReportCommand.self,
        ])

    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            throw CLIError(Localized(
                id: "dasbor memerlukan terminal; output ini bukan terminal. Coba `smedash businesses` atau `smedash --help`.",
                en: "the dashboard needs a terminal; output is not a terminal. Try `smedash businesses` or `smedash --help`.")(global.language))
        }
        throw CLIError(Localized(id: "dasbor belum tersedia di versi ini", en: "the dashboard is not available in this build yet")(global.language))
    }
}
