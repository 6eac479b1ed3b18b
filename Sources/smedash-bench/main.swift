import Foundation
import SMEDashboard
import SMEModel
import TerminalUI

/// Measures what users feel: loading, the first frame, and each keystroke's update + render,
/// driving the real `update` and `render` headless. Prints numbers; asserts nothing.

func milliseconds(_ block: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    block()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
}

func report(_ name: String, _ times: [Double]) {
    let label = name.padding(toLength: 46, withPad: " ", startingAt: 0)
    print(label + String(format: " p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms   (n=%d)",
                         percentile(times, 0.5), percentile(times, 0.95), times.max() ?? 0, times.count))
}

TextWidth.useUTF8Locale()
let arguments = CommandLine.arguments.dropFirst()
var root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("data").path
}()
if let index = arguments.firstIndex(of: "--data"), arguments.index(after: index) < arguments.endIndex {
    root = arguments[arguments.index(after: index)]
}

print("smedash-bench on \(root)")
let folder = DataFolder(root: root)
var registry: Registry?
let load = milliseconds { registry = try? folder.loadRegistry() }
guard let registry else {
    print("cannot load \(root)")
    exit(1)
}
var library = ChecklistLibrary()
let loadSOP = milliseconds { library = ChecklistLibrary.load(folder) }
print(String(format: "load registry (%d businesses, %d responses)      %9.1f ms", registry.businesses.count, registry.responses.count, load))
print(String(format: "load SOP templates and assessments             %9.1f ms", loadSOP))

var state = AppState(data: DashboardData(folder: folder, registry: registry, library: library), language: .id,
                     size: Size(width: 120, height: 40))
var grid = Grid(width: 1, height: 1)
let firstFrame = milliseconds { grid = state.render() }
print(String(format: "first frame (render 120x40)                    %9.1f ms", firstFrame))
_ = grid

func keystrokes(_ keys: [Key], on state: inout AppState) -> [Double] {
    keys.map { key in
        milliseconds {
            _ = state.update(.key(key))
            _ = state.render()
        }
    }
}

var browse = state
report("businesses: move down x200", keystrokes(Array(repeating: .down, count: 200), on: &browse))
var search = state
_ = search.update(.key(.char("/")))
report("businesses: type a search, then erase it", keystrokes("warung bu siti".map { Key.char($0) } + Array(repeating: .backspace, count: 14), on: &search))
var filters = state
report("businesses: sector list up/down", keystrokes([.left] + Array(repeating: .down, count: 6) + Array(repeating: .up, count: 6), on: &filters))
var survey = state
_ = survey.update(.key(.char("2")))
report("survey: next breakdown x14", keystrokes(Array(repeating: .char("n"), count: 14), on: &survey))
var sop = state
_ = sop.update(.key(.char("3")))
report("sop: move through items x60", keystrokes([.right] + Array(repeating: .down, count: 60), on: &sop))
