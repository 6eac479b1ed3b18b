import Foundation
import Testing
@testable import SMEModel

private struct Food: Codable, Equatable {
    enum Kind: String, Codable { case yesNoNA = "yes_no_na", number }
    struct Item: Codable, Equatable {
        var key: String
        var type: Kind
        var weight: Double
        var required: Bool
    }
    struct Section: Codable, Equatable {
        var key: String
        var items: [Item]
    }
    var formatVersion: Int
    var sections: [Section]
}

@Suite struct JSONDocumentTests {
    private let file = "data/sop/food.json"

    /// `items` is spliced into the second item of the first section, on line 7.
    private func document(secondItem: String) -> Data {
        Data("""
            {
              "formatVersion" : 1,
              "sections" : [
                {
                  "items" : [
                    { "key" : "kul-001", "required" : true, "type" : "yes_no_na", "weight" : 2 },
                    \(secondItem)
                  ],
                  "key" : "pintu-masuk"
                }
              ]
            }
            """.utf8)
    }

    private func loadFailure(_ data: Data) -> JSONLoadError? {
        do {
            _ = try JSONDocument.decode(Food.self, from: data, file: file)
            return nil
        } catch {
            return error
        }
    }

    @Test func decodesValidDocument() throws {
        let data = document(secondItem: #"{ "key" : "kul-002", "required" : false, "type" : "number", "weight" : 1 }"#)
        let food = try JSONDocument.decode(Food.self, from: data, file: file)
        #expect(food.sections[0].items.map(\.key) == ["kul-001", "kul-002"])
        #expect(food.sections[0].items[1].type == .number)
    }

    @Test func syntaxErrorsCarryLineAndColumn() throws {
        let data = document(secondItem: #"{ "key" : "kul-002" "type" : "number" }"#)
        let error = try #require(loadFailure(data))
        #expect(error == JSONLoadError(
            file: file, location: SourceLocation(line: 7, column: 29), path: nil, message: JSONSyntaxMessage.expectedEither(",", "}")))
        #expect(error.description == #"data/sop/food.json:7:29: expected "," or "}""#)
        #expect(error.description(.id) == #"data/sop/food.json:7:29: diharapkan "," atau "}""#)
    }

    @Test func strictnessAppliesBeforeDecoding() throws {
        let data = document(secondItem: #"{ "key" : "kul-002", "key" : "kul-003", "required" : false, "type" : "number", "weight" : 1 }"#)
        #expect(loadFailure(data)?.description == #"data/sop/food.json:7:30: duplicate key "key""#)
    }

    @Test func invalidEnumValueNamesPathAndValue() throws {
        let data = document(secondItem: #"{ "key" : "kul-002", "required" : false, "type" : "yesno", "weight" : 1 }"#)
        let error = try #require(loadFailure(data))
        #expect(error.path == "sections[0].items[1].type")
        #expect(error.description
            == #"data/sop/food.json:7:59: sections[0].items[1].type: "yesno" is not a valid value"#)
        #expect(error.description(.id)
            == #"data/sop/food.json:7:59: sections[0].items[1].type: "yesno" bukan nilai yang sah"#)
    }

    @Test func missingKeyPointsAtContainingObject() throws {
        let data = document(secondItem: #"{ "key" : "kul-002", "required" : false, "type" : "number" }"#)
        #expect(loadFailure(data)?.description
            == #"data/sop/food.json:7:9: sections[0].items[1]: missing key "weight""#)
        let root = Data(#"{"sections": []}"#.utf8)
        #expect(loadFailure(root)?.description(.id) == #"data/sop/food.json:1:1: kunci "formatVersion" tidak ada"#)
    }

    @Test func wrongTypesSayWhatWasFound() throws {
        let text = document(secondItem: #"{ "key" : "kul-002", "required" : "ya", "type" : "number", "weight" : 1 }"#)
        #expect(loadFailure(text)?.description
            == "data/sop/food.json:7:43: sections[0].items[1].required: expected true or false, found a string")
        let null = document(secondItem: #"{ "key" : "kul-002", "required" : false, "type" : "number", "weight" : null }"#)
        #expect(loadFailure(null)?.description
            == "data/sop/food.json:7:80: sections[0].items[1].weight: expected a number, found null")
        let list = Data("[1]".utf8)
        #expect(loadFailure(list)?.description == "data/sop/food.json:1:1: expected an object { }, found a list")
        let object = Data(#"{"formatVersion": 1, "sections": {}}"#.utf8)
        #expect(loadFailure(object)?.description(.id)
            == "data/sop/food.json:1:34: sections: diharapkan daftar [ ], ditemukan objek")
    }

    /// Foundation names no place for these; the loader finds the number by trying them in turn.
    @Test func numberThatDoesNotFitIsLocated() throws {
        let fraction = try #require(loadFailure(Data(#"{"formatVersion": 1.5, "sections": []}"#.utf8)))
        #expect(fraction.location == SourceLocation(line: 1, column: 19))
        #expect(fraction.description
            == "data/sop/food.json:1:19: formatVersion: 1.5 is too large, or a fraction where a whole number is expected")
        // Several suspicious numbers (fractions where fractions are fine, too): the first culprit is found.
        let data = Data("""
            {"sections": [{"key": "a", "items": [
              {"key": "k", "type": "number", "weight": 2.5, "required": true},
              {"key": "l", "type": "number", "weight": 1e2, "required": true}]}],
             "formatVersion": 1e30}
            """.utf8)
        let huge = try #require(loadFailure(data))
        #expect(huge.path == "formatVersion")
        #expect(huge.location == SourceLocation(line: 4, column: 19))
        #expect(huge.description(.id) == "data/sop/food.json:4:19: formatVersion: 1e30 terlalu besar, atau pecahan di tempat yang harus bilangan bulat")
    }

    @Test func locatesPathsForSemanticChecks() {
        let data = document(secondItem: #"{ "key" : "kul-001", "required" : false, "type" : "number", "weight" : 1 }"#)
        #expect(JSONDocument.locate(path: "sections[0].items[1].key", in: data) == SourceLocation(line: 7, column: 19))
        #expect(JSONDocument.locate(path: "sections[0].key", in: data) == SourceLocation(line: 9, column: 15))
        #expect(JSONDocument.locate(path: "sections[3]", in: data) == nil)
        #expect(JSONDocument.locate(path: "", in: Data("{,}".utf8)) == nil)
    }

    @Test func codingPathsUseTheSourceMapSyntax() {
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int?
            init(stringValue: String) { self.stringValue = stringValue }
            init(intValue: Int) {
                stringValue = "Index \(intValue)"
                self.intValue = intValue
            }
        }
        let path: [any CodingKey] = [Key(stringValue: "sections"), Key(intValue: 2), Key(stringValue: "items"),
                                     Key(intValue: 4), Key(stringValue: "key")]
        #expect(JSONDocument.path(of: path) == "sections[2].items[4].key")
        #expect(JSONDocument.path(of: []) == "")
    }
}
