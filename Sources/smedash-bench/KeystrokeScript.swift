import SMEDashboard
import SMEModel
import TerminalUI

/// A scripted session on the Businesses screen: incremental search (typing and erasing), sector,
/// region, scale, online and channel filters, every sort and its reverse; then the Assess screen's
/// business picker, opened and narrowed over the whole registry. Each keystroke is timed through
/// the real `update` and `render`, headless.
struct KeystrokeScript {
    struct Step {
        var group: String
        var key: Key
    }

    let steps: [Step]

    init(sortCount: Int, regionCount: Int) {
        var steps: [Step] = []
        func add(_ group: String, _ keys: [Key]) { steps += keys.map { Step(group: group, key: $0) } }
        func pick(_ group: String, _ opener: Character, _ index: Int) {
            add(group, [.char(opener), .home] + Array(repeating: Key.down, count: index) + [.enter])
        }
        add("search: type \"warung bu siti\", erase it", [.char("/")] + "warung bu siti".map { Key.char($0) }
            + Array(repeating: .backspace, count: 14) + [.escape])
        add("search: type \"siti\" (owner), Enter", [.char("/")] + "siti".map { Key.char($0) } + [.enter])
        add("filter: sector list down and up", [.left] + Array(repeating: Key.down, count: 5) + Array(repeating: Key.up, count: 5) + [.right])
        add("filter: clear", [.char("x")])
        for index in [1, 2, 0] { pick("filter: region", "r", min(index * (regionCount / 3), regionCount)) }
        for index in [1, 3, 0] { pick("filter: scale", "z", index) }
        for index in [1, 2, 0] { pick("filter: online", "o", index) }
        for index in [1, 5, 0] { pick("filter: channel", "c", index) }
        for index in 0..<sortCount {
            pick("sort: each field", "s", index)
            add("sort: reverse", [.char("S")])
        }
        pick("sort: each field", "s", 0)
        add("browse: move down, page down", Array(repeating: Key.down, count: 20) + Array(repeating: Key.pageDown, count: 5))
        add("combined: region + search \"ma\" + sort", [.char("/"), .char("m"), .char("a"), .enter])
        pick("combined: region + search \"ma\" + sort", "r", 3)
        pick("combined: region + search \"ma\" + sort", "s", 3)
        add("filter: clear", [.char("x")])
        add("assess: pick a business, type \"bakso\", erase, move, Esc", [.char("4"), .char("b")] + "bakso".map { Key.char($0) }
            + Array(repeating: .backspace, count: 5) + Array(repeating: .down, count: 3) + [.escape, .char("1")])
        self.steps = steps
    }

    /// Runs the script on `state`, returning each step's milliseconds.
    func run(on state: inout AppState) -> [(step: Step, milliseconds: Double)] {
        steps.map { step in
            let time = Stopwatch.milliseconds {
                _ = state.update(.key(step.key))
                _ = state.render()
            }
            return (step, time)
        }
    }
}
