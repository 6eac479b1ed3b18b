import Foundation
import Testing
@testable import SMEModel

private typealias Message = JSONSyntaxMessage

@Suite struct JSONSyntaxTests {
    private func failure(_ text: String) -> JSONSyntaxError? { failure(Data(text.utf8)) }

    private func failure(_ data: Data) -> JSONSyntaxError? {
        do {
            _ = try JSONSyntax.scan(data)
            return nil
        } catch {
            return error
        }
    }

    private func at(_ line: Int, _ column: Int, _ message: Localized) -> JSONSyntaxError {
        JSONSyntaxError(location: SourceLocation(line: line, column: column), message: message)
    }

    @Test func mapsEveryValueByPath() throws {
        let text = """
            {
              "formatVersion" : 1,
              "sections" : [
                {
                  "items" : [
                    { "key" : "kul-001" },
                    { "key" : "kul-002", "unit" : "°C", "w" : 2 }
                  ]
                }
              ]
            }
            """
        let map = try JSONSyntax.scan(Data(text.utf8))
        #expect(map.location(of: "") == SourceLocation(line: 1, column: 1))
        #expect(map.location(of: "formatVersion") == SourceLocation(line: 2, column: 21))
        #expect(map.location(of: "sections") == SourceLocation(line: 3, column: 16))
        #expect(map.location(of: "sections[0]") == SourceLocation(line: 4, column: 5))
        #expect(map.location(of: "sections[0].items") == SourceLocation(line: 5, column: 17))
        #expect(map.location(of: "sections[0].items[0]") == SourceLocation(line: 6, column: 9))
        #expect(map.location(of: "sections[0].items[0].key") == SourceLocation(line: 6, column: 19))
        // "°" is two bytes but one character.
        #expect(map.location(of: "sections[0].items[1].w") == SourceLocation(line: 7, column: 51))
        #expect(map.location(of: ".formatVersion") == nil)
        #expect(map.location(of: "sections[1]") == nil)
        #expect(map.offsets.count == 11)
        #expect(map.sourceText(of: "sections[0].items[1].unit") == "\"°C\"")
        #expect(map.sourceText(of: "sections[0].items[1].w") == "2")
        #expect(map.sourceText(of: "sections") == nil)
    }

    @Test func skipsByteOrderMark() throws {
        let map = try JSONSyntax.scan(Data("\u{FEFF}{\"a\": 1}".utf8))
        #expect(map.location(of: "") == SourceLocation(line: 1, column: 1))
        #expect(map.location(of: "a") == SourceLocation(line: 1, column: 7))
        #expect(failure("\u{FEFF}{\"a\" 1}") == at(1, 6, Message.expected("\":\"")))
    }

    @Test func saysWhatWasExpected() {
        #expect(failure("{\n  \"a\": 1\n  \"b\": 2\n}") == at(3, 3, Message.expectedEither(",", "}")))
        #expect(failure("[1 2]") == at(1, 4, Message.expectedEither(",", "]")))
        #expect(failure("{1: 2}") == at(1, 2, Message.expectedKey))
        #expect(failure("{'a': 1}") == at(1, 2, Message.expectedKey))
        #expect(failure("{\"a\" 1}") == at(1, 6, Message.expected("\":\"")))
        #expect(failure("[1, }") == at(1, 5, Message.expectedValue))
        #expect(failure("[tru]") == at(1, 2, Message.expectedValue))
        #expect(failure("[True]") == at(1, 2, Message.expectedValue))
        #expect(failure("{} {}") == at(1, 4, Message.expectedEndOfFile))
        #expect(failure("") == at(1, 1, Message.emptyFile))
        #expect(failure(" \n ") == at(2, 2, Message.emptyFile))
        #expect(failure("{\"a\": [1,") == at(1, 10, Message.unexpectedEndOfFile))
    }

    @Test func messagesInBothLanguages() throws {
        let error = try #require(failure("[1 2]"))
        #expect(error.description == "1:4: expected \",\" or \"]\"")
        #expect(error.description(.id) == "1:4: diharapkan \",\" atau \"]\"")
    }

    @Test func rejectsWhatFoundationForgives() {
        #expect(failure("{\"a\": 1,}") == at(1, 8, Message.trailingComma))
        #expect(failure("[1,2,\n]") == at(1, 5, Message.trailingComma))
        #expect(failure("{\"sal-014\": 1, \"sal-014\": 2}") == at(1, 16, Message.duplicateKey("sal-014")))
        #expect(failure("{\"a\": 1, \"\\u0061\": 2}")?.message == Message.duplicateKey("a"))
        #expect(failure("{\"café\": 1, \"caf\\u00e9\": 2}")?.message == Message.duplicateKey("café"))
        #expect(failure("[{\"a\": 1}, {\"a\": 2}]") == nil)
        #expect(failure("{\"t\": NaN}") == at(1, 7, Message.notJSON("NaN")))
        #expect(failure("[Infinity]") == at(1, 2, Message.notJSON("Infinity")))
        #expect(failure("[1, -Infinity]") == at(1, 5, Message.notJSON("-Infinity")))
    }

    @Test func checksStrings() {
        #expect(failure(Data([0x5B, 0x22, 0xFF, 0x22, 0x5D])) == at(1, 3, Message.invalidUTF8))
        #expect(failure(Data([0x22, 0xC0, 0xAF, 0x22])) == at(1, 2, Message.invalidUTF8))  // overlong "/"
        #expect(failure(Data([0x22, 0xED, 0xA0, 0x80, 0x22])) == at(1, 2, Message.invalidUTF8))  // surrogate
        #expect(failure(Data([0x22, 0xE2, 0x82])) == at(1, 2, Message.invalidUTF8))  // cut in the middle
        #expect(failure(Data([0xFF])) == at(1, 1, Message.invalidUTF8))
        #expect(failure("\"a\tb\"") == at(1, 3, Message.controlCharacter))
        #expect(failure(Data([0x22, 0x00, 0x22])) == at(1, 2, Message.controlCharacter))
        #expect(failure(Data([0x00])) == at(1, 1, Message.expectedValue))
        #expect(failure(Data([0x5B, 0x31, 0x5D, 0x00])) == at(1, 4, Message.expectedEndOfFile))
        #expect(failure(#""\u00e9 \ud83d\ude00 \n \" \\ \/ \b \f \r \t""#) == nil)
        #expect(failure(#"["ok", "\x"]"#) == at(1, 9, Message.invalidEscape("\\x")))
        #expect(failure(#""\u12G4""#) == at(1, 2, Message.invalidEscape("\\u12G4")))
        #expect(failure(#""\ud83d""#) == at(1, 2, Message.unpairedSurrogate))
        #expect(failure(#""\ud83d\u0041""#) == at(1, 2, Message.unpairedSurrogate))
        #expect(failure(#""\ude00""#) == at(1, 2, Message.unpairedSurrogate))
        #expect(failure("\"abc") == at(1, 5, Message.unexpectedEndOfFile))
    }

    @Test func checksNumbers() {
        #expect(failure("[0, -0, 1.5, -2e10, 3E+2, 4e-1, 123456789012345678901234567890]") == nil)
        #expect(failure("[01]") == at(1, 2, Message.leadingZero))
        #expect(failure("[-01]") == at(1, 2, Message.leadingZero))
        #expect(failure("[1.]") == at(1, 4, Message.digitExpected))
        #expect(failure("[-]") == at(1, 3, Message.digitExpected))
        #expect(failure("[1e]") == at(1, 4, Message.digitExpected))
        #expect(failure("[.5]") == at(1, 2, Message.expectedValue))
        #expect(failure("[+1]") == at(1, 2, Message.expectedValue))
        #expect(failure("1.") == at(1, 3, Message.unexpectedEndOfFile))
        #expect(failure("12") == nil)
    }

    @Test func limitsNestingWithoutRecursion() {
        let allowed = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect(failure(allowed) == nil)
        let tooDeep = String(repeating: "[", count: 257) + String(repeating: "]", count: 257)
        #expect(failure(tooDeep) == at(1, 257, Message.tooDeep(256)))
        let hostile = String(repeating: "{\"a\":[", count: 200_000)
        #expect(failure(hostile)?.message == Message.tooDeep(256))
    }

    @Test func everyTruncationIsAnErrorNotACrash() {
        let bytes = Array("{\"a\": [1, 2.5e3, true, null, \"°C\\u00e9\"], \"b\": {\"c\": false}}".utf8)
        #expect(failure(Data(bytes)) == nil)
        for length in 0..<bytes.count {
            let error = failure(Data(bytes[0..<length]))
            #expect(error != nil, "prefix of \(length) bytes was accepted")
            #expect((error?.line ?? 0) == 1)
        }
    }

    @Test func handlesHugeStringsAndManyKeys() throws {
        let huge = "[\"" + String(repeating: "x", count: 5_000_000) + "\"]"
        #expect(failure(huge) == nil)
        let keys = (0..<50_000).map { "\"k\($0)\": \($0)" }.joined(separator: ",\n")
        let map = try JSONSyntax.scan(Data(("{" + keys + "}").utf8))
        #expect(map.location(of: "k49999") == SourceLocation(line: 50_000, column: 11))
    }

    /// Foundation is more lenient, so whatever it refuses the strict scanner must refuse too.
    @Test func neverAcceptsWhatFoundationRejects() {
        let alphabet = Array("{}[],:\" \n0-1.eEtrunlfasNI\\u".utf8)
        var seed: UInt64 = 0x2020_0701
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(seed >> 60) + 1 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(alphabet[Int(seed >> 33) % alphabet.count])
            }
            let data = Data(bytes)
            let strict = failure(data)
            let lenient = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            if lenient == nil {
                #expect(strict != nil, "accepted \(String(decoding: bytes, as: UTF8.self))")
            }
        }
    }
}
