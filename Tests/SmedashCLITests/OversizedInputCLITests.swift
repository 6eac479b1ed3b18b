import Foundation
import Testing

/// The size limits through the real binary: an office that sets `SMEDASH_MAX_FILE_MB` gets its
/// limit, and an oversized file is a one-line error with status 1 in both languages.
@Suite struct OversizedInputCLITests {
    @Test func theLimitVariableIsObeyedAndNamedInTheMessage() throws {
        let scratch = try CLITemporaryFolder()
        let data = scratch.file("data")
        let made = try ChildProcess([
            "generate", "--out", data, "--businesses", "30000", "--cooperatives", "5", "--responses", "10",
            "--data", CLIRunner.bundledData,
        ]).finish(timeout: 120)
        try #require(made.status == 0, "\(made.stderr)")
        let businesses = data + "/registry/businesses.csv"
        let size = try #require(try FileManager.default.attributesOfItem(atPath: businesses)[.size] as? Int)
        try #require(size > 1 << 20, "the generated registry should be over 1 MiB, is \(size) bytes")

        let refused = try ChildProcess(
            ["businesses", "--count-by", "sector", "--data", data], environment: ["SMEDASH_MAX_FILE_MB": "1"]
        ).finish(timeout: 60)
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("registry/businesses.csv: the file is"))
        #expect(refused.stderr.contains("over the 1.0 MiB limit for this kind of file"))
        #expect(refused.stderr.contains("SMEDASH_MAX_FILE_MB"))

        let indonesian = try ChildProcess(
            ["businesses", "--count-by", "sector", "--data", data, "--lang", "id"], environment: ["SMEDASH_MAX_FILE_MB": "1"]
        ).finish(timeout: 60)
        #expect(indonesian.stderr.contains("melebihi batas 1.0 MiB"))

        let allowed = try ChildProcess(
            ["businesses", "--count-by", "sector", "--data", data], environment: ["SMEDASH_MAX_FILE_MB": "64"]
        ).finish(timeout: 60)
        #expect(allowed.status == 0, "\(allowed.stderr)")
    }
}
