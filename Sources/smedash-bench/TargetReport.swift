import Foundation

/// The benchmark's verdicts: each target with its measured value and PASS or MISS, and plain
/// measurements (no target) such as the comparison tools.
struct TargetReport {
    struct Line {
        var name: String
        var measured: String
        var goal: String
        var passed: Bool?
    }

    private(set) var lines: [Line] = []

    /// Records and prints a target: `value` against `limit`, both in `unit`.
    mutating func target(_ name: String, _ value: Double, below limit: Double, unit: String, decimals: Int = 0) {
        let line = Line(name: name, measured: Self.format(value, unit, decimals), goal: "< " + Self.format(limit, unit, decimals),
                        passed: value < limit)
        lines.append(line)
        print(Self.render(line))
    }

    /// Records and prints a measurement without a target.
    mutating func note(_ name: String, _ measured: String) {
        let line = Line(name: name, measured: measured, goal: "", passed: nil)
        lines.append(line)
        print(Self.render(line))
    }

    var misses: [Line] { lines.filter { $0.passed == false } }

    func summary() -> String {
        let targets = lines.filter { $0.passed != nil }
        let header = "\nSummary: \(targets.count - misses.count) of \(targets.count) targets met"
        return ([header] + targets.map(Self.render)).joined(separator: "\n")
    }

    static func render(_ line: Line) -> String {
        let verdict = line.passed.map { $0 ? "PASS" : "MISS" } ?? ""
        return pad(line.name, 58) + pad(line.measured, 16, left: true) + "  " + pad(line.goal, 12) + verdict
    }

    static func format(_ value: Double, _ unit: String, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f \(unit)", value)
    }

    static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let count = text.count
        guard count < width else { return text }
        let space = String(repeating: " ", count: width - count)
        return left ? space + text : text + space
    }
}
