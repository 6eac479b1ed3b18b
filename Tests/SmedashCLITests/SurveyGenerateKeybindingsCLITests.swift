import Foundation
import Testing

/// The output of `survey`, `generate` and `keybindings` through the real binary, checked against
/// answers worked out here from the files themselves.
@Suite struct SurveyGenerateKeybindingsCLITests {
    /// Wilson's 95% interval, written out here so the CLI's figures are checked against the
    /// formula rather than against themselves.
    private func wilson(_ count: Int, _ n: Int) -> (Double, Double) {
        let z = 1.959963984540054, p = Double(count) / Double(n), nn = Double(n)
        let centre = (p + z * z / (2 * nn)) / (1 + z * z / nn)
        let half = z * ((p * (1 - p) + z * z / (4 * nn)) / nn).squareRoot() / (1 + z * z / nn)
        return (centre - half, centre + half)
    }

    /// January 2021 is a probability wave; October 2021, an opt-in one, has no intervals.
    @Test(arguments: [("2021-01", true), ("2021-10", false)])
    func surveyBySectorCountsTheResponsesFile(_ wave: String, _ hasIntervals: Bool) throws {
        let text = try String(contentsOfFile: CLIRunner.bundledData + "/survey/responses.csv", encoding: .utf8)
        var yes: [String: Int] = [:], answered: [String: Int] = [:], unanswered: [String: Int] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields[0] == wave else { continue }
            switch fields[6] {
            case "yes": yes[fields[2], default: 0] += 1; answered[fields[2], default: 0] += 1
            case "no": answered[fields[2], default: 0] += 1
            default: unanswered[fields[2], default: 0] += 1
            }
        }
        let result = try CLIRunner.run(["survey", "--data", CLIRunner.bundledData, "--wave", wave, "--by", "sector", "--format", "csv", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first?.prefix(7) == ["group", "label", "n", "count", "share", "ciLow", "ciHigh"])
        var seen = 0
        for row in rows.dropFirst() where answered[row[0]] != nil {
            let n = answered[row[0]]!, count = yes[row[0]] ?? 0
            #expect(row[2] == String(n), "\(row)")
            #expect(row[3] == String(count), "\(row)")
            #expect(row[4] == String(format: "%.4f", Double(count) / Double(n)), "\(row)")
            if hasIntervals {
                let (low, high) = wilson(count, n)
                #expect(row[5] == String(format: "%.4f", low) && row[6] == String(format: "%.4f", high), "\(row)")
            } else {
                #expect(row[5].isEmpty && row[6].isEmpty, "an opt-in wave printed an interval: \(row)")
            }
            #expect(row[8] == String(unanswered[row[0]] ?? 0), "\(row)")
            seen += 1
        }
        #expect(seen == answered.count)
        let total = try #require(rows.first { $0.first == "total" })
        #expect(total[2] == String(answered.values.reduce(0, +)) && total[3] == String(yes.values.reduce(0, +)))
    }

    @Test func generateIsDeterministicAndWritesWhatItWasAskedFor() throws {
        let scratch = try CLITemporaryFolder()
        for name in ["a", "b"] {
            let made = try CLIRunner.run(["generate", "--out", scratch.file(name), "--businesses", "120", "--cooperatives", "7",
                                          "--responses", "30", "--data", CLIRunner.bundledData])
            #expect(made.status == 0, "\(made.stderr)")
        }
        for file in ["registry/businesses.csv", "registry/cooperatives.csv", "survey/responses.csv"] {
            let a = FileManager.default.contents(atPath: scratch.file("a/" + file))
            #expect(a != nil && a == FileManager.default.contents(atPath: scratch.file("b/" + file)), "\(file) differs between runs")
        }
        func lines(_ file: String) throws -> Int {
            try String(contentsOfFile: scratch.file("a/" + file), encoding: .utf8).split(separator: "\n").count - 1
        }
        #expect(try lines("registry/businesses.csv") == 120)
        #expect(try lines("registry/cooperatives.csv") == 7)
        let counted = try CLIRunner.run(["businesses", "--data", scratch.file("a"), "--count-by", "sector", "--format", "csv"])
        let sum = counted.stdout.split(separator: "\n").dropFirst().compactMap { $0.split(separator: ",").last.flatMap { Int($0) } }.reduce(0, +)
        #expect(sum == 120, "\(counted.stdout)")
    }

    @Test func keybindingsPrintsTheDocsPage() throws {
        let result = try CLIRunner.run(["keybindings"])
        #expect(result.status == 0)
        let docs = URL(fileURLWithPath: CLIRunner.bundledData).deletingLastPathComponent().appendingPathComponent("docs/keybindings.md")
        #expect(result.stdout == (try String(contentsOf: docs, encoding: .utf8)))
        #expect(result.stdout.contains("| `Ctrl+S` | `save` |"))
        #expect(result.stdout.contains("## Question dialogs / Dialog pertanyaan"))
    }
}
