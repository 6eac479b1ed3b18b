import Testing
@testable import SMEModel

@Suite struct CSVReaderTests {
    private func parse(_ text: String) throws -> [[String]] {
        try CSVReader.records(Array(text.utf8), file: "t.csv").map(\.fields)
    }

    @Test func readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() throws {
        let text = "id,name\r\n1,\"Warung \"\"Bu\"\" Siti, Bandung\"\r\n2,\"two\nlines\"\r\n"
        #expect(try parse(text) == [["id", "name"], ["1", "Warung \"Bu\" Siti, Bandung"], ["2", "two\nlines"]])
    }

    @Test func skipsExcelByteOrderMarkAndBlankLines() throws {
        let text = "\u{FEFF}a,b\n\n1,2\n"
        #expect(try parse(text) == [["a", "b"], ["1", "2"]])
    }

    @Test func keepsEmptyFieldsAndAFinalLineWithoutNewline() throws {
        #expect(try parse("a,,c\n,,\nx,y,z") == [["a", "", "c"], ["", "", ""], ["x", "y", "z"]])
    }

    @Test func recordLinesCountLineBreaksInsideQuotes() throws {
        let records = try CSVReader.records(Array("h\n\"a\nb\"\nc\n".utf8), file: "t.csv")
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func unterminatedQuoteNamesTheLineWhereItOpens() {
        #expect(throws: CSVError(file: "t.csv", line: 2, message: Localized(
            id: "tanda kutip dibuka di sini tetapi tidak pernah ditutup", en: "a quote opens here but never closes"))) {
            try parse("a,b\n1,\"oops\n2,3\n")
        }
    }

    @Test func invalidUTF8IsReportedWithItsLine() {
        var bytes = Array("a\nok\n".utf8)
        bytes += [0xC3, 0x28, 0x0A]
        #expect {
            try CSVReader.records(bytes, file: "t.csv")
        } throws: { error in
            (error as? CSVError)?.description == "t.csv:3: not valid UTF-8 text (save it again as CSV UTF-8)"
        }
    }

    @Test func semicolonProfileReadsExcelIndonesiaFiles() throws {
        let records = try CSVReader.records(Array("\u{FEFF}a;b\n1,5;2\n".utf8), file: "t.csv", separator: UInt8(ascii: ";"))
        #expect(records.map(\.fields) == [["a", "b"], ["1,5", "2"]])
    }

    @Test func wrongColumnCountIsLocated() {
        #expect {
            try CSVTable(bytes: Array("a,b\n1,2\n3\n".utf8), file: "x.csv")
        } throws: { error in
            (error as? CSVError)?.description == "x.csv:3: 1 columns, the header has 2"
        }
    }
}

@Suite struct CSVWriterTests {
    @Test func quotesWhenNeededIncludingCRLFInsideAField() {
        var writer = CSVWriter(profile: .dataFile)
        writer.row(["plain", "with,comma", "say \"hi\"", "a\r\nb"])
        #expect(writer.text == "plain,\"with,comma\",\"say \"\"hi\"\"\",\"a\r\nb\"\n")
    }

    @Test func excelProfileHasBOMSemicolonsDecimalCommaAndNeutralisedFormulas() {
        var writer = CSVWriter(profile: .excelIndonesia)
        writer.row([.text("=HYPERLINK(\"x\")"), .number(39.563, decimals: 1), .text("-5"), .int(3)])
        #expect(writer.text == "\u{FEFF}\"'=HYPERLINK(\"\"x\"\")\";39,6;'-5;3\r\n")
    }

    @Test func writtenTextReadsBackUnchanged() throws {
        let fields = ["Salon \"Ayu\"", "baris\nbaru", "emoji 😀", "中文", ""]
        var writer = CSVWriter(profile: .dataFile)
        writer.row(fields)
        #expect(try CSVReader.records(writer.bytes, file: "t").map(\.fields) == [fields])
    }
}
