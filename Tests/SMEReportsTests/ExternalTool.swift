import Foundation

/// Runs the command-line tools the export tests check files with (poppler's pdftotext, pdfinfo,
/// pdffonts; python3 with openpyxl).
enum ExternalTool {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The tool's path on PATH, or nil.
    static func find(_ name: String) -> String? {
        if name.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func run(_ name: String, _ arguments: [String], input: Data? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: find(name) ?? name)
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : inPipe
        try process.run()
        if let input {
            inPipe.fileHandleForWriting.write(input)
            try inPipe.fileHandleForWriting.close()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    static var hasPoppler: Bool { find("pdftotext") != nil && find("pdfinfo") != nil && find("pdffonts") != nil }

    /// A Python that can import openpyxl: python3 on PATH, Debian's own, or python3 after a
    /// `pip install openpyxl`. Nil when none can be had (the XLSX tests then skip).
    static let pythonWithOpenpyxl: String? = {
        let candidates = ["python3", "/usr/bin/python3"]
        func works(_ python: String) -> Bool {
            (try? run(python, ["-c", "import openpyxl"]))?.status == 0
        }
        if let found = candidates.first(where: { find($0) != nil && works($0) }) { return found }
        if find("python3") != nil, (try? run("python3", ["-m", "pip", "install", "--quiet", "openpyxl"]))?.status == 0, works("python3") {
            return "python3"
        }
        return nil
    }()
}

/// A fresh folder under the system's temporary directory, removed when the test is done.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("smedash-report-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ data: Data, _ name: String) throws -> String {
        let target = file(name)
        try data.write(to: URL(fileURLWithPath: target))
        return target
    }
}
