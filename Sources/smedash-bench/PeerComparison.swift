import Foundation

/// `--compare`: the same jobs on the same CSV through smedash and its peers, each a cold process,
/// alternating tools between runs so none is favoured by a warmer cache, with the answers
/// checked against each other before any time is believed. Peers run where installed:
/// DuckDB and Polars through Python (`pip install duckdb polars`), sqlite3 (import, then query)
/// and awk (a naive split on commas: no quoting, so it is a floor, not a competitor).
struct PeerComparison {
    var smedash: String
    var businessesCSV: String
    var dataFolder: String
    var runs: Int

    struct Tool {
        var name: String
        var process: ChildProcess
        /// The answer as group → count, parsed from the tool's output, for the cross-check.
        var parse: (String) -> [String: Int]
    }

    struct Job {
        var name: String
        var tools: [Tool]
    }

    /// `python3` on PATH when it can import both peers.
    static let python: String? = {
        guard let path = ChildProcess.which("python3") else { return nil }
        let check = ChildProcess(executable: path, arguments: ["-c", "import duckdb, polars"])
        return check.run()?.status == 0 ? path : nil
    }()

    /// "food,12\nsalon,3" (CSV of group,count) → dictionary; a header line is skipped.
    static func pairs(_ output: String, separator: Character = ",") -> [String: Int] {
        var out: [String: Int] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count >= 2, let count = Int(parts[parts.count - 1].trimmingCharacters(in: .whitespaces)) else { continue }
            out[parts[0].trimmingCharacters(in: CharacterSet(charactersIn: "\" "))] = count
        }
        return out
    }

    var jobs: [Job] {
        var count: [Tool] = [
            Tool(name: "smedash", process: ChildProcess(executable: smedash, arguments: [
                "businesses", "--data", dataFolder, "--count-by", "sector", "--format", "csv", "--lang", "en"]),
                 parse: { Self.pairs($0) }),
        ]
        var search: [Tool] = [
            Tool(name: "smedash", process: ChildProcess(executable: smedash, arguments: [
                "businesses", "--data", dataFolder, "--search", "bakso", "--count-by", "sector", "--format", "csv", "--lang", "en"]),
                 parse: { ["all": Self.pairs($0).values.reduce(0, +)] }),
        ]
        let path = businessesCSV
        if let python = Self.python {
            count.append(Tool(name: "DuckDB", process: ChildProcess(executable: python, arguments: ["-c", """
                import duckdb
                for k, n in duckdb.sql("select sector, count(*) from read_csv('\(path)', all_varchar=true) group by 1").fetchall(): print(f"{k},{n}")
                """]), parse: { Self.pairs($0) }))
            count.append(Tool(name: "Polars", process: ChildProcess(executable: python, arguments: ["-c", """
                import polars as pl
                for k, n in pl.scan_csv('\(path)', infer_schema=False).group_by('sector').len().collect().iter_rows(): print(f"{k},{n}")
                """]), parse: { Self.pairs($0) }))
            search.append(Tool(name: "DuckDB", process: ChildProcess(executable: python, arguments: ["-c", """
                import duckdb
                q = "select count(*) from read_csv('\(path)', all_varchar=true) where lower(name) like '%bakso%' or lower(owner) like '%bakso%' or lower(id) like '%bakso%'"
                print("all," + str(duckdb.sql(q).fetchall()[0][0]))
                """]), parse: { Self.pairs($0) }))
            search.append(Tool(name: "Polars", process: ChildProcess(executable: python, arguments: ["-c", """
                import polars as pl
                c = lambda n: pl.col(n).str.to_lowercase().str.contains('bakso', literal=True)
                print("all," + str(pl.scan_csv('\(path)', infer_schema=False).filter(c('name') | c('owner') | c('id')).select(pl.len()).collect().item()))
                """]), parse: { Self.pairs($0) }))
        }
        if let awk = ChildProcess.which("awk") {
            count.append(Tool(name: "awk (naive split)", process: ChildProcess(executable: awk, arguments: [
                "-F,", "NR > 1 { n[$6]++ } END { for (k in n) print k \",\" n[k] }", path]), parse: { Self.pairs($0) }))
        }
        return [Job(name: "count by sector", tools: count), Job(name: "search \"bakso\" (name, owner, id)", tools: search)]
    }

    /// Runs every job and prints one table per job: median time, peak memory and the ratio to
    /// smedash (above 1: the peer is slower).
    func run() {
        print("\n== peers on the same CSV (median of \(runs) alternating cold runs)")
        if Self.python == nil { print("(DuckDB and Polars not found: pip install duckdb polars)") }
        for job in jobs {
            var samples: [[ChildProcess.Run]] = Array(repeating: [], count: job.tools.count)
            for _ in 0..<runs {
                for (index, tool) in job.tools.enumerated() {
                    if let run = tool.process.run(), run.status == 0 { samples[index].append(run) }
                }
            }
            let medians = samples.map { $0.sorted { $0.milliseconds < $1.milliseconds }[safeIndex: $0.count / 2] }
            let answers = zip(job.tools, medians).map { tool, run in run.map { tool.parse($0.output) } }
            print("\n\(job.name)")
            func row(_ cells: [String]) -> String {
                "  " + cells[0].padding(toLength: 20, withPad: " ", startingAt: 0)
                    + cells[1...3].map { String(repeating: " ", count: max(0, 10 - $0.count)) + $0 }.joined(separator: " ") + "  " + cells[4]
            }
            print(row(["tool", "ms", "peak MB", "÷ smedash", "answer"]))
            let base = medians.first??.milliseconds
            for (index, tool) in job.tools.enumerated() {
                guard let run = medians[index] else {
                    print("  \(tool.name): failed")
                    continue
                }
                let agrees = answers[index] == answers[0] ? "same as smedash" : "DIFFERS: \(answers[index].map { $0.description } ?? "")"
                let ratio = base.map { String(format: "%.2f", run.milliseconds / $0) } ?? "–"
                print(row([tool.name, String(format: "%.0f", run.milliseconds), String(format: "%.0f", run.peakMegabytes), ratio,
                           index == 0 ? "\(answers[0]?.values.reduce(0, +) ?? 0) rows" : agrees]))
            }
        }
        if let sqlite = ChildProcess.which("sqlite3") {
            let database = FileManager.default.temporaryDirectory.appendingPathComponent("smedash-peers-\(UUID().uuidString).db").path
            defer { try? FileManager.default.removeItem(atPath: database) }
            let importing = ChildProcess(executable: sqlite, arguments: [
                database, "-cmd", ".mode csv", "-cmd", ".import \(businessesCSV) b", "SELECT sector, COUNT(*) FROM b GROUP BY sector;"])
            if let run = importing.run(), run.status == 0 {
                print(String(format: "\n  sqlite3 import + GROUP BY (once): %.0f ms, peak %.0f MB", run.milliseconds, run.peakMegabytes))
            }
        }
    }
}
