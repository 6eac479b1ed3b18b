import Foundation
import Testing
@testable import SMEModel

/// Bytes that are not CSV text are refused at their line instead of ending up in an id or a name.
@Suite struct CSVHostileTests {
    private func failure(_ bytes: [UInt8]) -> CSVError? {
        do {
            _ = try CSVReader.records(bytes, file: "x.csv")
            return nil
        } catch {
            return error
        }
    }

    @Test func nulByteIsRefusedAtItsLine() {
        let error = failure(Array("id,name\nA,ok\nB,b".utf8) + [0] + Array("ad\n".utf8))
        #expect(error?.description == "x.csv:3: NUL byte: this is not a CSV UTF-8 text file")
        #expect(failure(Array("id,name\n\"A".utf8) + [0] + Array("\"\n".utf8))?.line == 2)
    }

    @Test func byteOrderMarkAfterTheStartIsRefused() {
        let joined = [0xEF, 0xBB, 0xBF] + Array("id,name\nA,a\n".utf8) + [0xEF, 0xBB, 0xBF] + Array("id,name\nB,b\n".utf8)
        let error = failure(joined)
        #expect(error?.line == 3)
        #expect(error?.description(.en) == "x.csv:3: a byte order mark (BOM) in the middle of the file (two files joined?); remove it")
        // A leading BOM is what Excel writes, and other 0xEF sequences are ordinary characters.
        #expect(failure([0xEF, 0xBB, 0xBF] + Array("id,name\nA,Gedung Saté ï\n".utf8)) == nil)
    }

    @Test func utf16IsNamed() {
        let utf16: [UInt8] = [0xFF, 0xFE] + "id,name\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(failure(utf16)?.description == "x.csv:1: this file is UTF-16 (Excel \"Unicode Text\"); save it again as CSV UTF-8")
    }

    @Test func impossibleWaveDateIsRefused() throws {
        let text = "id,labelId,labelEn,startDate,endDate,sampling\n2020-07,Juli,July,2020-07-10,2020-02-30,probability\n"
        let table = try CSVTable(bytes: Array(text.utf8), file: "waves.csv")
        #expect(throws: CSVError(file: "waves.csv", line: 2, message: Localized(
            id: "kolom \"endDate\": \"2020-02-30\" bukan tanggal YYYY-MM-DD yang ada",
            en: "column \"endDate\": \"2020-02-30\" is not an existing YYYY-MM-DD date"))) {
            try RegistryDecoder.waves(table)
        }
    }
}
