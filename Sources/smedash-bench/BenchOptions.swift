import Foundation

/// Command-line options of `smedash-bench`.
struct BenchOptions {
    var data: String?
    var generate = false
    var businesses = 1_000_000
    var responses = 200_000
    var runs = 3
    /// Skips the cold-process and comparison measurements (for profiling the in-process part).
    var inProcessOnly = false
    /// Runs the same jobs through DuckDB, Polars and awk on the same CSV (`--compare`), and
    /// stops after that with `--compare-only`.
    var compare = false
    var compareOnly = false
    /// Regency files to import (`--import FILE`, repeatable): timed against the import goals.
    var importFiles: [String] = []
    /// Set in child mode: measure the first frame on this folder and exit.
    var firstFrameChild: String?
    /// Where the benchmark binary lives, to find `smedash` built beside it.
    var executableFolder: String

    init(_ arguments: [String]) {
        executableFolder = URL(fileURLWithPath: arguments.first ?? ".").deletingLastPathComponent().path
        var index = 1
        func value() -> String? {
            index += 1
            return index < arguments.count ? arguments[index] : nil
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--data": data = value()
            case "--generate": generate = true
            case "--businesses": businesses = value().flatMap { Int($0) } ?? businesses
            case "--responses": responses = value().flatMap { Int($0) } ?? responses
            case "--runs": runs = max(1, value().flatMap { Int($0) } ?? runs)
            case "--first-frame": firstFrameChild = value()
            case "--in-process-only": inProcessOnly = true
            case "--compare": compare = true
            case "--compare-only": compare = true; compareOnly = true
            case "--import": if let file = value() { importFiles.append(file) }
            default: print("ignoring unknown option \(arguments[index])")
            }
            index += 1
        }
    }

    /// The package's bundled `data/` folder, found from this source file.
    var bundled: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("data").path
    }

    /// An executable built in the same folder as the benchmark, nil when it is not there.
    func siblingExecutable(_ name: String) -> String? {
        let path = executableFolder + "/" + name
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }
}
