import Foundation
import Testing
@testable import SMEModel

/// Unknown members are located errors with a suggestion; `x-` members at the top level survive a
/// load and a save; the member tables agree with the published JSON schemas.
@Suite struct StrictMembersTests {
    static let bundledFood = BundledDataTests.folder.path("sop/food.json")

    private func foodText() throws -> String { try String(contentsOfFile: Self.bundledFood, encoding: .utf8) }

    @Test func aMisspelledItemMemberIsALocatedErrorWithASuggestion() throws {
        let text = try foodText().replacingOccurrences(of: "\"required\"", with: "\"requried\"")
        do {
            _ = try JSONDocument.decode(Checklist.self, from: Data(text.utf8), file: "food.json")
            Issue.record("decoded")
        } catch {
            let line = text.components(separatedBy: "\n").firstIndex { $0.contains("\"requried\"") }.map { $0 + 1 }
            #expect(error.line == line)
            #expect(error.description(.en).hasSuffix("unknown member \"requried\"; did you mean \"required\"?"), "\(error.description(.en))")
            #expect(error.description(.id).hasSuffix("anggota \"requried\" tidak dikenal; maksudnya \"required\"?"))
        }
    }

    @Test func anUnknownTopLevelMemberNamesTheExtensionPrefix() throws {
        let text = try foodText().replacingOccurrences(of: "{\n", with: "{\n  \"approvedBy\": \"Kepala Dinas\",\n", options: [], range: nil)
        do {
            _ = try JSONDocument.decode(Checklist.self, from: Data(text.utf8), file: "food.json")
            Issue.record("decoded")
        } catch {
            #expect(error.description(.en).hasSuffix("unknown member \"approvedBy\" (extra members must start with \"x-\")"), "\(error.description(.en))")
        }
    }

    @Test func extensionMembersSurviveALoadAndASave() throws {
        var text = try foodText()
        text = String(text.dropFirst(2))
        text = "{\n  \"x-approval\": {\"by\": \"Kepala Dinas\", \"number\": 4, \"final\": true, \"note\": null},\n" + text
        let checklist = try JSONDocument.decode(Checklist.self, from: Data(text.utf8), file: "food.json")
        #expect(checklist.extensions["x-approval"] == .object([
            "by": .string("Kepala Dinas"), "number": .number(4), "final": .bool(true), "note": .null]))
        let saved = try CanonicalJSON.encode(checklist)
        let again = try JSONDocument.decode(Checklist.self, from: saved, file: "food.json")
        #expect(again == checklist)
        #expect(String(decoding: saved, as: UTF8.self).contains("\"x-approval\" : {"))
    }

    @Test func anExtensionBelowTheTopLevelIsRefused() throws {
        let text = try foodText().replacingOccurrences(of: "\"required\"", with: "\"x-note\": 1, \"required\"")
        #expect(throws: JSONLoadError.self) { try JSONDocument.decode(Checklist.self, from: Data(text.utf8), file: "food.json") }
    }

    @Test func assessmentAnswerMembersAreCheckedToo() throws {
        let path = try #require(DataFolder.jsonFiles(in: BundledDataTests.folder.assessmentsFolder).first)
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"result\"", with: "\"reslt\"")
        do {
            _ = try JSONDocument.decode(Assessment.self, from: Data(text.utf8), file: "a.json")
            Issue.record("decoded")
        } catch {
            #expect(error.description(.en).contains("unknown member \"reslt\"; did you mean \"result\"?"), "\(error.description(.en))")
        }
    }

    /// Shapes of a JSON schema: the same walk as the member tables.
    static func shapes(_ schema: [String: Any], root: [String: Any], shape: String, into out: inout [String: Set<String>]) {
        var node = schema
        if let reference = node["$ref"] as? String, let definitions = root["$defs"] as? [String: Any],
           let target = definitions[String(reference.split(separator: "/").last ?? "")] as? [String: Any] {
            node = target
        }
        for key in ["allOf", "anyOf", "oneOf"] {
            for sub in node[key] as? [[String: Any]] ?? [] { shapes(sub, root: root, shape: shape, into: &out) }
        }
        if let properties = node["properties"] as? [String: Any] {
            out[shape, default: []].formUnion(properties.keys)
            for (name, value) in properties {
                if let value = value as? [String: Any] {
                    shapes(value, root: root, shape: shape.isEmpty ? name : shape + "." + name, into: &out)
                }
            }
        }
        if let items = node["items"] as? [String: Any] { shapes(items, root: root, shape: shape + "[]", into: &out) }
        if let values = node["additionalProperties"] as? [String: Any] { shapes(values, root: root, shape: shape + ".*", into: &out) }
    }

    @Test(arguments: [("sop-checklist", Checklist.memberShapes), ("assessment", Assessment.memberShapes)])
    func memberTablesMatchTheSchemas(_ name: String, _ table: [String: Set<String>]) throws {
        let url = URL(fileURLWithPath: BundledDataTests.folder.root).deletingLastPathComponent()
            .appendingPathComponent("docs/schema/\(name).schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var found: [String: Set<String>] = [:]
        Self.shapes(schema, root: schema, shape: "", into: &found)
        #expect(found == table)
    }
}
