import Foundation
import Testing

/// The README's first commands: where the data lives by default, and the script that installs
/// what is missing.
@Suite struct FrontDoorTests {
    /// The checkout's root, two folders above this file's folder.
    static var repository: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }

    @Test func firstRunCopiesTheSampleToTheUsersFolderOnceAndUsesIt() throws {
        let home = try CLITemporaryFolder()
        let environment = ["XDG_DATA_HOME": home.path, "HOME": home.path]
        let first = try CLIRunner.run(["businesses", "--count-by", "sector", "--format", "csv"], environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("First run: copied the sample data to \(home.path)/smedash"), "\(first.stderr)")
        #expect(first.stdout.contains("food,Food,478"), "\(first.stdout)")
        #expect(FileManager.default.fileExists(atPath: home.path + "/smedash/sop/food.json"))
        #expect(!home.names().contains { $0.hasPrefix(".smedash-seed") }, "staging copy left behind")

        // The copy is the user's: a change there is what the next run reads, and it says nothing.
        let businesses = home.path + "/smedash/registry/businesses.csv"
        let text = try String(contentsOfFile: businesses, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        try lines.prefix(lines.count - 2).joined(separator: "\n").appending("\n").write(
            toFile: businesses, atomically: true, encoding: .utf8)
        let second = try CLIRunner.run(["businesses", "--count-by", "sector", "--format", "csv", "--lang", "id"],
                                       environment: environment)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.isEmpty, "\(second.stderr)")
        let total = second.stdout.split(separator: "\n").dropFirst().compactMap { $0.split(separator: ",").last.flatMap { Int($0) } }
            .reduce(0, +)
        #expect(total == 799)
    }

    @Test func firstRunMessageIsInIndonesianToo() throws {
        let home = try CLITemporaryFolder()
        let result = try CLIRunner.run(["sop", "list", "--lang", "id"], environment: ["XDG_DATA_HOME": home.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("Jalan pertama: data contoh disalin ke \(home.path)/smedash"), "\(result.stderr)")
    }

    @Test func explicitFolderAndEnvironmentWinOverTheUsersFolder() throws {
        let home = try CLITemporaryFolder()
        let viaEnvironment = try CLIRunner.run(
            ["sop", "list", "--format", "csv"],
            environment: ["XDG_DATA_HOME": home.path, "SMEDASH_DATA": CLIRunner.bundledData])
        #expect(viaEnvironment.status == 0)
        let viaOption = try CLIRunner.run(
            ["sop", "list", "--format", "csv", "--data", CLIRunner.bundledData], environment: ["XDG_DATA_HOME": home.path])
        #expect(viaOption.status == 0)
        #expect(home.names().isEmpty, "nothing copied when a folder is given: \(home.names())")
    }

    // MARK: scripts/deps

    /// Runs `scripts/deps` with stand-ins for dpkg-query, id, sudo and apt-get first on PATH, so
    /// the test sees what it would install and how, without touching the machine.
    func deps(_ mode: String, installed: Set<String>, uid: Int) throws -> (status: Int32, output: String, calls: String) {
        let bin = try CLITemporaryFolder()
        let log = bin.file("calls.log")
        let list = installed.joined(separator: " ")
        try bin.write("dpkg-query", """
            #!/bin/sh
            for p in \(list); do [ "$p" = "$3" ] && { printf 'install ok installed'; exit 0; }; done
            exit 1
            """)
        try bin.write("id", "#!/bin/sh\necho \(uid)\n")
        try bin.write("apt-get", "#!/bin/sh\necho \"apt-get $*\" >> \(log)\n")
        try bin.write("sudo", "#!/bin/sh\necho \"sudo $*\" >> \(log)\n")
        for name in ["dpkg-query", "id", "apt-get", "sudo"] { chmod(bin.file(name), 0o755) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.repository + "/scripts/deps", mode]
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let calls = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return (process.terminationStatus, output, calls)
    }

    static let runPackages: Set<String> = [
        "libncurses-dev", "libcairo2-dev", "libpango1.0-dev", "libxlsxwriter-dev", "libxml2", "fonts-dejavu-core", "fonts-liberation2",
    ]

    @Test func depsDoesNothingWhenEverythingIsPresent() throws {
        let result = try deps("run", installed: Self.runPackages, uid: 1000)
        #expect(result.status == 0)
        #expect(result.output.isEmpty, "\(result.output)")
        #expect(result.calls.isEmpty)
    }

    @Test func depsInstallsOnlyWhatIsMissingWithSudoWhenNotRoot() throws {
        let result = try deps("run", installed: Self.runPackages.subtracting(["libcairo2-dev", "libxlsxwriter-dev"]), uid: 1000)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("Installing the Debian packages smedash needs: libcairo2-dev libxlsxwriter-dev"))
        let calls = result.calls.split(separator: "\n").map(String.init)
        #expect(calls.count == 2, "\(calls)")
        #expect(calls.first == "sudo apt-get update -qq")
        #expect(calls.last == "sudo apt-get install -y -qq --no-install-recommends libcairo2-dev libxlsxwriter-dev")
    }

    @Test func depsUsesAptGetDirectlyAsRootAndAddsTestPackages() throws {
        let result = try deps("test", installed: Self.runPackages, uid: 0)
        #expect(result.status == 0, "\(result.output)")
        let calls = result.calls.split(separator: "\n").map(String.init)
        #expect(calls.first == "apt-get update -qq")
        #expect(calls.last?.hasPrefix("apt-get install") == true)
        #expect(calls.last?.contains("tmux") == true)
        #expect(calls.last?.contains("libcairo2-dev") == false)
    }
}
