import Foundation
import Testing
@testable import SMEModel

@Suite struct JSONCanonicalTests {
    /// A checklist exactly as smedash writes it (survey report C.1).
    private let canonical = """
        {
          "effectiveFrom" : "2020-07-01",
          "formatVersion" : 1,
          "key" : "sop-kuliner",
          "keyPrefix" : "kul",
          "legalBasis" : [
            "KMK HK.01.07/MENKES/382/2020"
          ],
          "passPercent" : 80,
          "revision" : 3,
          "sections" : [
            {
              "items" : [
                {
                  "critical" : true,
                  "key" : "kul-001",
                  "onFail" : {
                    "action" : "Sediakan tempat cuci tangan",
                    "actionEn" : "Install a hand-washing point",
                    "dueDays" : 7
                  },
                  "required" : true,
                  "source" : "KMK 382/2020",
                  "text" : "Tersedia tempat cuci tangan dengan sabun dan air mengalir",
                  "textEn" : "Hand-washing point with soap and running water",
                  "type" : "yes_no_na",
                  "weight" : 2
                },
                {
                  "critical" : false,
                  "failIf" : {
                    "gt" : 37.3
                  },
                  "key" : "kul-002",
                  "required" : false,
                  "source" : "KMK 382/2020",
                  "text" : "Suhu tubuh tertinggi pengunjung hari ini",
                  "textEn" : "Highest visitor temperature today",
                  "type" : "number",
                  "unit" : "°C",
                  "weight" : 1
                }
              ],
              "key" : "pintu-masuk",
              "title" : "Pintu masuk dan pelanggan",
              "titleEn" : "Entrance and customers"
            }
          ],
          "sector" : "kuliner",
          "status" : "published",
          "title" : "SOP Protokol Kesehatan Usaha Kuliner",
          "titleEn" : "Health-protocol SOP: food businesses"
        }

        """

    @Test func decodeThenEncodeIsByteIdentical() throws {
        let data = Data(canonical.utf8)
        let checklist = try JSONDocument.decode(Checklist.self, from: data, file: "data/sop/kuliner.json")
        #expect(checklist.items.count == 2)
        let encoded = try CanonicalJSON.encode(checklist)
        #expect(encoded == data)
        #expect(String(decoding: encoded, as: UTF8.self).hasSuffix("}\n"))
    }

    @Test func keyOrderDoesNotDependOnInsertionOrder() throws {
        var forward: [String: Int] = [:]
        var backward: [String: Int] = [:]
        let keys = (0..<200).map { "k\($0)" }
        for (index, key) in keys.enumerated() { forward[key] = index }
        for (index, key) in keys.enumerated().reversed() { backward[key] = index }
        let first = try CanonicalJSON.encode(forward)
        #expect(first == (try CanonicalJSON.encode(backward)))
        let small = String(decoding: try CanonicalJSON.encode(["b": "x/y", "a": "≥ 37.3 °C", "c": "z"]), as: UTF8.self)
        #expect(small == "{\n  \"a\" : \"≥ 37.3 °C\",\n  \"b\" : \"x/y\",\n  \"c\" : \"z\"\n}\n")
    }
}
