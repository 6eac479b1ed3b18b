import ArgumentParser
import Foundation

/// `smedash _crash` (hidden): crashes on purpose, for the tests of crash reports.
struct CrashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_crash", abstract: "Test harness: crash on purpose.", shouldDisplay: false)

    enum Kind: String, ExpressibleByArgument, CaseIterable { case trap, segv, abort }

    @Option(help: "How: trap (a Swift runtime check), segv (a bad pointer), abort.") var kind: Kind = .trap

    func run() throws {
        switch kind {
        case .trap:
            let values = [1, 2, 3]
            // An index from outside the array: the runtime's own bounds check traps.
            _ = values[Int(CommandLine.arguments.count) + 10]
        case .segv:
            let pointer = UnsafeMutablePointer<Int>(bitPattern: 8)!
            pointer.pointee = 1
        case .abort:
            abort()
        }
    }
}
