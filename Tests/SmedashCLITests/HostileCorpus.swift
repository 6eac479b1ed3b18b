import Foundation

/// Malformed data files made from the bundled ones: each case replaces one file of a copy of the
/// data folder and names the command that must refuse it with a located error.
struct HostileCase {
    /// What takes the place of the file.
    enum Content {
        case bytes(Data)
        case folder
        case symlinkLoop
        case danglingSymlink
        case namedPipe
        case missing
    }

    /// How precisely the error must point: `file:line:col:`, `file:line:`, or just `file:` for
    /// problems with the file itself (a folder, a loop, a pipe) where a line means nothing.
    enum Precision { case lineColumn, line, file }

    var name: String
    /// Relative to the data folder, e.g. `registry/businesses.csv`.
    var file: String
    var content: Content
    var command: [String]
    var precision: Precision
}

struct HostileCorpus {
    /// The data folder the cases are made from (a small generated one keeps each run short).
    let source: String
    let template = "sop/food.json"
    /// A bundled assessment, added to the copy when an assessment case needs it.
    static let assessment = "assessments/2020-08-02-umk-3273-00624.json"

    func bundled(_ relative: String) -> Data {
        let folder = relative == Self.assessment ? CLIRunner.bundledData : source
        return FileManager.default.contents(atPath: folder + "/" + relative) ?? Data()
    }

    var all: [HostileCase] {
        fileLevel + templateCases + assessmentCases + csvCases
    }

    // MARK: - The file itself

    var fileLevel: [HostileCase] {
        let targets: [(String, [String])] = [
            (template, ["sop", "validate"]), ("registry/businesses.csv", ["businesses"]),
            ("survey/responses.csv", ["survey"]),
        ]
        return targets.flatMap { file, command in
            [
                HostileCase(name: "folder", file: file, content: .folder, command: command, precision: .file),
                HostileCase(name: "symlink loop", file: file, content: .symlinkLoop, command: command, precision: .file),
                HostileCase(name: "named pipe", file: file, content: .namedPipe, command: command, precision: .file),
                HostileCase(name: "dangling symlink", file: file, content: .danglingSymlink, command: command, precision: .file),
            ]
        } + [
            HostileCase(name: "missing", file: "registry/businesses.csv", content: .missing, command: ["businesses"], precision: .file),
            HostileCase(name: "missing", file: "survey/waves.csv", content: .missing, command: ["survey"], precision: .file),
        ]
    }

    // MARK: - Checklist templates

    var templateCases: [HostileCase] {
        var cases: [(String, Data)] = []
        let text = String(decoding: bundled(template), as: UTF8.self)
        func edit(_ name: String, _ change: (inout [String: Any]) -> Void) {
            guard var root = (try? JSONSerialization.jsonObject(with: bundled(template))) as? [String: Any] else { return }
            change(&root)
            cases.append((name, pretty(root)))
        }
        func item(_ root: inout [String: Any], _ section: Int, _ index: Int, _ key: String, _ value: Any?) {
            guard var sections = root["sections"] as? [[String: Any]], var items = sections[section]["items"] as? [[String: Any]]
            else { return }
            items[index][key] = value
            sections[section]["items"] = items
            root["sections"] = sections
        }
        func replacing(_ name: String, _ old: String, _ new: String) {
            precondition(text.contains(old), "\(old) not in \(template)")
            cases.append((name, Data(text.replacingOccurrences(of: old, with: new).utf8)))
        }
        func inserting(_ name: String, _ bytes: [UInt8], after marker: String) {
            guard let range = text.range(of: marker) else { preconditionFailure("\(marker) not in \(template)") }
            let offset = text.utf8.distance(from: text.startIndex, to: range.upperBound)
            var data = [UInt8](text.utf8)
            data.insert(contentsOf: bytes, at: offset)
            cases.append((name, Data(data)))
        }

        // Wrong types.
        edit("revision as text") { $0["revision"] = "3" }
        edit("passPercent as bool") { $0["passPercent"] = true }
        edit("sections as object") { $0["sections"] = ["a": 1] }
        edit("title as number") { $0["title"] = 5 }
        edit("legalBasis as text") { $0["legalBasis"] = "KMK 382/2020" }
        edit("critical as text") { item(&$0, 0, 0, "critical", "yes") }
        edit("weight null") { item(&$0, 0, 1, "weight", NSNull()) }
        edit("unknown answer type") { item(&$0, 1, 0, "type", "yesno") }
        edit("items as number") {
            guard var sections = $0["sections"] as? [[String: Any]] else { return }
            sections[0]["items"] = 7
            $0["sections"] = sections
        }
        edit("missing key") { $0["key"] = nil }
        edit("formatVersion as text") { $0["formatVersion"] = "1" }
        // Versions and numbers.
        replacing("unknown formatVersion", "\"formatVersion\" : 1", "\"formatVersion\" : 99")
        replacing("formatVersion zero", "\"formatVersion\" : 1", "\"formatVersion\" : 0")
        replacing("fractional formatVersion", "\"formatVersion\" : 1", "\"formatVersion\" : 1.5")
        replacing("huge revision", "\"revision\" : 3", "\"revision\" : 99999999999999999999")
        replacing("revision 1e400", "\"revision\" : 3", "\"revision\" : 1e400")
        replacing("passPercent 1e400", "\"passPercent\" : 80", "\"passPercent\" : 1e400")
        replacing("passPercent -1e400", "\"passPercent\" : 80", "\"passPercent\" : -1e400")
        replacing("passPercent above 100", "\"passPercent\" : 80", "\"passPercent\" : 1e300")
        replacing("fractional dueDays", "\"dueDays\" : 7", "\"dueDays\" : 7.5")
        replacing("NaN", "\"passPercent\" : 80", "\"passPercent\" : NaN")
        replacing("Infinity", "\"passPercent\" : 80", "\"passPercent\" : -Infinity")
        replacing("leading zero", "\"passPercent\" : 80", "\"passPercent\" : 080")
        // Syntax.
        replacing("duplicate root key", "\"keyPrefix\" : \"kul\",", "\"keyPrefix\" : \"kul\",\n  \"key\" : \"sop-dup\",")
        replacing("duplicate item key", "\"critical\" : false,", "\"critical\" : false,\n          \"critical\" : true,")
        replacing("trailing comma", "\"revision\" : 3,", "\"revision\" : 3,,")
        replacing("comment", "\"revision\" : 3,", "\"revision\" : 3, // third")
        replacing("single quotes", "\"revision\" : 3,", "'revision' : 3,")
        replacing("invalid escape", "\"keyPrefix\" : \"kul\"", "\"keyPrefix\" : \"k\\xl\"")
        replacing("unpaired surrogate", "\"keyPrefix\" : \"kul\"", "\"keyPrefix\" : \"\\ud800kul\"")
        replacing("tab in string", "\"keyPrefix\" : \"kul\"", "\"keyPrefix\" : \"k\tul\"")
        cases.append(("garbage after the value", Data((text + "{}").utf8)))
        cases.append(("two documents", Data((text + text).utf8)))
        cases.append(("array root", Data("[\(text)]".utf8)))
        cases.append(("string root", Data("\"sop\"".utf8)))
        cases.append(("null root", Data("null".utf8)))
        cases.append(("empty file", Data()))
        cases.append(("only whitespace", Data(" \n\t\r\n".utf8)))
        cases.append(("only a BOM", Data([0xEF, 0xBB, 0xBF])))
        // Bytes that are not UTF-8 text.
        inserting("invalid UTF-8 in a string", [0xC3, 0x28], after: "\"title\" : \"")
        inserting("lone 0xFF", [0xFF], after: "\"title\" : ")
        inserting("overlong encoding", [0xC0, 0xAF], after: "\"title\" : \"")
        inserting("encoded surrogate", [0xED, 0xA0, 0x80], after: "\"title\" : \"")
        inserting("NUL in a string", [0x00], after: "\"title\" : \"SOP")
        inserting("NUL between tokens", [0x00], after: "\"revision\" : 3,")
        inserting("BOM in the middle", [0xEF, 0xBB, 0xBF], after: "\"revision\" : 3,")
        cases.append(("cut inside a 4-byte character", Data(Array(text.utf8.prefix(200)) + [0xF0, 0x9F, 0x98])))
        cases.append(("UTF-16", Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })))
        // Size and depth.
        cases.append(("nesting 300 deep", Data(("{\"legalBasis\": " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "}").utf8)))
        cases.append(("nesting 200000 deep", Data(String(repeating: "[", count: 200_000).utf8)))
        cases.append(("nesting objects", Data(String(repeating: "{\"a\":", count: 100_000).utf8)))
        cases.append(("50 MB string where a number belongs", Data(
            text.replacingOccurrences(of: "\"revision\" : 3", with: "\"revision\" : \"" + String(repeating: "x", count: 50_000_000) + "\"").utf8)))
        return cases.map { HostileCase(name: "template: " + $0.0, file: template, content: .bytes($0.1), command: ["sop", "validate"], precision: .lineColumn) }
    }

    // MARK: - Assessments

    var assessmentCases: [HostileCase] {
        let assessment = Self.assessment
        let text = String(decoding: bundled(assessment), as: UTF8.self)
        let cases: [(String, String, String)] = [
            ("unknown template", "\"templateKey\" : \"sop-tailoring\"", "\"templateKey\" : \"sop-none\""),
            ("newer format", "\"formatVersion\" : 1", "\"formatVersion\" : 2"),
            ("answer to an unknown item", "\"jht-001\" : {", "\"jht-999\" : {"),
            ("unknown result", "\"result\" : \"yes\"", "\"result\" : \"maybe\""),
            ("number as text", "\"number\" : 36.8", "\"number\" : \"36.8\""),
            ("impossible date", "\"date\" : \"2020-08-02\"", "\"date\" : \"2020-13-45\""),
            ("huge revision", "\"templateRevision\" : 1", "\"templateRevision\" : 1e999"),
            ("duplicate answer", "\"jht-002\" : {", "\"jht-001\" : {"),
        ]
        return cases.map { name, old, new in
            precondition(text.contains(old), "\(old) not in \(assessment)")
            return HostileCase(
                name: "assessment: " + name, file: assessment, content: .bytes(Data(text.replacingOccurrences(of: old, with: new).utf8)),
                command: ["sop", "validate"], precision: .lineColumn)
        }
    }

    // MARK: - CSV

    var csvCases: [HostileCase] {
        var cases: [HostileCase] = []
        func lines(_ file: String) -> [String] {
            String(decoding: bundled(file), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        func add(_ name: String, _ file: String, _ command: [String], _ bytes: [UInt8]) {
            cases.append(HostileCase(name: "\(file): \(name)", file: file, content: .bytes(Data(bytes)), command: command, precision: .line))
        }
        func changeLine(_ name: String, _ file: String, _ command: [String], _ number: Int, _ change: (String) -> String) {
            var all = lines(file)
            all[number - 1] = change(all[number - 1])
            add(name, file, command, Array(all.joined(separator: "\n").utf8))
        }
        func field(_ line: String, _ index: Int, _ value: String) -> String {
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[index] = value
            return fields.joined(separator: ",")
        }
        let targets: [(String, [String])] = [
            ("registry/businesses.csv", ["businesses"]), ("survey/responses.csv", ["survey"]),
            ("registry/regions.csv", ["businesses"]), ("survey/waves.csv", ["survey"]),
        ]
        for (file, command) in targets {
            changeLine("unbalanced quote", file, command, 3) { "\"" + $0 }
            changeLine("text after closing quote", file, command, 2) { "\"x\"y" + $0 }
            changeLine("missing column", file, command, 2) { String($0[..<($0.lastIndex(of: ",") ?? $0.endIndex)]) }
            changeLine("extra column", file, command, 3) { $0 + ",extra" }
            changeLine("BOM in the middle", file, command, 3) { "\u{FEFF}" + $0 }
            changeLine("NUL byte", file, command, 2) { field($0, 1, "a\u{0}b") }
            changeLine("lone CR splits a record", file, command, 3) { field($0, 1, "a\rb") }
            changeLine("duplicate header column", file, command, 1) { field($0, 1, String($0.prefix { $0 != "," })) }
            changeLine("missing header column", file, command, 1) { field($0, 0, "nothing") }
            var invalid = Array(lines(file).joined(separator: "\n").utf8)
            if let comma = invalid.indices.dropFirst(invalid.firstIndex(of: 10) ?? 0).first(where: { invalid[$0] == 44 }) {
                invalid.insert(contentsOf: [0xC3, 0x28], at: comma)
            }
            add("invalid UTF-8", file, command, invalid)
            add("empty file", file, command, [])
            add("UTF-16", file, command, [0xFF, 0xFE] + lines(file).joined(separator: "\n").utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        }
        let businesses = ("registry/businesses.csv", ["businesses"])
        changeLine("huge employee count", businesses.0, businesses.1, 4) { field($0, 9, "99999999999999999999") }
        changeLine("employees as text", businesses.0, businesses.1, 4) { field($0, 9, "lima") }
        changeLine("unknown scale", businesses.0, businesses.1, 5) { field($0, 7, "giant") }
        changeLine("online maybe", businesses.0, businesses.1, 6) { field($0, 11, "maybe") }
        changeLine("unknown sector", businesses.0, businesses.1, 7) { field($0, 5, "mining") }
        changeLine("duplicate id", businesses.0, businesses.1, 3) { field($0, 0, String(lines(businesses.0)[1].prefix { $0 != "," })) }
        add("50 MB unterminated quote", businesses.0, businesses.1,
            Array((lines(businesses.0).prefix(10).joined(separator: "\n") + "\n\"" + String(repeating: "x", count: 50_000_000)).utf8))
        changeLine("unknown wave", "survey/responses.csv", ["survey"], 5) { field($0, 0, "2019-01") }
        changeLine("impossible date", "survey/waves.csv", ["survey"], 2) { field($0, 3, "2020-02-30") }
        return cases
    }

    /// Valid variants that must load exactly like the original: line ends and a leading BOM.
    var mustLoad: [(name: String, file: String, bytes: Data)] {
        let file = "registry/businesses.csv"
        let text = String(decoding: bundled(file), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let mixed = lines.enumerated().map { $0.offset % 2 == 0 ? $0.element + "\r" : $0.element }.joined(separator: "\n")
        return [
            ("CRLF", file, Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
            ("CRLF and LF mixed", file, Data(mixed.utf8)),
            ("leading BOM", file, Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))),
            ("JSON with CRLF", template, Data(String(decoding: bundled(template), as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)),
        ]
    }

    /// Prefixes of the smallest bundled template that still lack its closing brace: every length
    /// with `step` 1.
    static func truncations(stride step: Int) -> (name: String, prefixes: [Data]) {
        let folder = CLIRunner.bundledData + "/sop/"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        let read = { (name: String) in FileManager.default.contents(atPath: folder + name) ?? Data() }
        let smallest = names.min { read($0).count < read($1).count } ?? "crafts.json"
        let bytes = read(smallest)
        let end = bytes.lastIndex(of: UInt8(ascii: "}")) ?? 0
        // The first and last kilobyte at every length (file start, nesting closing), the rest by `step`.
        let lengths = (0...end).filter { $0 < 1024 || end - $0 < 1024 || $0 % step == 0 }
        return ("sop/" + smallest, lengths.map { Data(bytes.prefix($0)) })
    }

    func pretty(_ value: Any) -> Data {
        (try? JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys])) ?? Data()
    }
}
