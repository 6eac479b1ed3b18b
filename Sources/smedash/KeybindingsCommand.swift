import ArgumentParser
import SMEDashboard

/// `smedash keybindings`: the dashboard's keys as Markdown (the source of docs/keybindings.md).
struct KeybindingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keybindings", abstract: "Print the dashboard's key bindings as Markdown.")

    func run() throws {
        emit(KeyBindingDocument.markdown())
    }
}
