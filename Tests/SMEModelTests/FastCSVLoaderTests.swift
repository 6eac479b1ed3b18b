import Foundation
import Testing
@testable import SMEModel

/// The byte-level loaders must give exactly what the reference reader (`CSVTable` +
/// `RegistryDecoder`) gives: the same values for good files, the same located error for a file
/// with one problem.
@Suite struct FastCSVLoaderTests {
    static let header = RegistryColumns.businesses.joined(separator: ",")
    static let good = "UMK-1,Warung Bu Siti,Siti Aminah,3273014509910012,081234,food,3273,micro,1234567890123,3,2010,yes,2019,whatsapp|instagram,cash|qris,normal"

    /// A data folder holding `businesses` (raw bytes) and a one-response survey.
    private func folder(businesses: [UInt8], responses: String? = nil) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        var generator = SampleGenerator(settings: GeneratorSettings(businesses: 3, cooperatives: 2, responsesPerWave: 3, seed: 5))
        try DataFolderWriter.write(generator.makeRegistry(), to: DataFolder(root: folder.path), overwrite: false)
        try Data(businesses).write(to: URL(fileURLWithPath: folder.file("registry/businesses.csv")))
        if let responses { try folder.write("survey/responses.csv", responses) }
        return folder
    }

    /// The reference reader's result: the businesses, or the error's text.
    private func reference(_ folder: TemporaryFolder) -> Outcome {
        let data = DataFolder(root: folder.path)
        do {
            let sectors = try RegistryDecoder.sectors(CSVTable(bytes: DataFolder.readBytes(data.sectors), file: data.sectors))
            let regions = try RegistryDecoder.regions(CSVTable(bytes: DataFolder.readBytes(data.regions), file: data.regions))
            let table = try CSVTable(bytes: DataFolder.readBytes(data.businesses), file: data.businesses)
            let list = try RegistryDecoder(sectorKeys: Set(sectors.map(\.key)), regionCodes: Set(regions.map(\.code))).businesses(table)
            var seen = Set<String>()
            for (index, business) in list.enumerated() where !seen.insert(business.id).inserted {
                return .failed(DataFolderError.duplicateID(file: data.businesses, line: table.records[index].line, id: business.id).description)
            }
            return .loaded(list)
        } catch let error as CSVError {
            return .failed(error.description)
        } catch {
            return .failed("\(error)")
        }
    }

    private func fast(_ folder: TemporaryFolder) -> Outcome {
        do {
            return .loaded(Array(try DataFolder(root: folder.path).loadRegistry(.businesses).businesses))
        } catch {
            return .failed(error.description)
        }
    }

    private func same(_ text: String) throws {
        try same(Array(text.utf8))
    }

    private func same(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let folder = try folder(businesses: bytes)
        let expected = reference(folder), actual = fast(folder)
        #expect(actual == expected, sourceLocation: sourceLocation)
    }

    @Test func plainRowsMatchTheReference() throws {
        try same("\(Self.header)\n\(Self.good)\n")
        let loaded = fast(try folder(businesses: Array("\(Self.header)\n\(Self.good)\n".utf8)))
        #expect((try? loaded.get())?.first?.channels == [.whatsapp, .instagram])
        #expect((try? loaded.get())?.first?.payments == [.cash, .qris])
    }

    @Test func byteOrderMarkCRLFLoneCRBlankLinesAndNoFinalNewline() throws {
        try same("\u{FEFF}\(Self.header)\r\n\r\n\(Self.good)\r\n\"\"\r\n" + Self.good.replacingOccurrences(of: "UMK-1", with: "UMK-2"))
        try same("\(Self.header)\r\(Self.good)\r")
    }

    @Test func quotedFieldsWithSeparatorsQuotesLineBreaksAndSpaces() throws {
        let row = "\"UMK-1\",\"Warung \"\"Bu\"\" Siti, Bandung\",\" Siti\nAminah \",,  0812  ,\"food\",3273,Micro,,\"3\",2010,Ya,,\"WhatsApp | own website\",\"QRIS|cash\",\"NORMAL\""
        try same("\(Self.header)\n\(row)\n")
        let loaded = try fast(try folder(businesses: Array("\(Self.header)\n\(row)\n".utf8))).get()
        #expect(loaded.first?.name == "Warung \"Bu\" Siti, Bandung")
        #expect(loaded.first?.owner == "Siti\nAminah")
        #expect(loaded.first?.phone == "0812")
        #expect(loaded.first?.channels == [.whatsapp, .website])
        #expect(loaded.first?.payments == [.qris, .cash])
    }

    @Test func listsOutOfOrderOrRepeatedAreKeptAsWritten() throws {
        let row = Self.good.replacingOccurrences(of: "whatsapp|instagram,cash|qris", with: "instagram|whatsapp|whatsapp,qris|cash|qris")
        try same("\(Self.header)\n\(row)\n")
        let loaded = try fast(try folder(businesses: Array("\(Self.header)\n\(row)\n".utf8))).get()
        #expect(loaded.first?.channels == [.instagram, .whatsapp, .whatsapp])
    }

    @Test func nonASCIITextAndSpacesBesideCombiningMarks() throws {
        try same("\(Self.header)\n" + Self.good.replacingOccurrences(of: "Warung Bu Siti", with: "Kue Érna ΣΟΦΙΑΣ 😀") + "\n")
        // A space before a combining mark is one character for Swift and is not trimmed.
        try same("\(Self.header)\n" + Self.good.replacingOccurrences(of: "Warung Bu Siti", with: " \u{301}Warung") + "\n")
    }

    @Test func columnsInAnotherOrderWithAnExtraColumn() throws {
        var columns = RegistryColumns.businesses
        var values = Self.good.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        columns.swapAt(0, 5)
        values.swapAt(0, 5)
        try same(columns.joined(separator: ",") + ",note\n" + values.joined(separator: ",") + ",hello\n")
    }

    @Test func numbersBeyondThirtyTwoBitsAndOptionalYears() throws {
        let big = Self.good.replacingOccurrences(of: ",3,2010,yes,2019,", with: ",3000000000,-2147483648,yes,,")
        try same("\(Self.header)\n\(big)\n")
        let loaded = try fast(try folder(businesses: Array("\(Self.header)\n\(big)\n".utf8))).get()
        #expect(loaded.first?.employees == 3_000_000_000)
        #expect(loaded.first?.yearFounded == -2_147_483_648)
        #expect(loaded.first?.onlineSince == nil)
    }

    @Test(arguments: [
        ("food,3273", "kulinerr,3273"), // unknown sector
        ("food,3273", "food,9999"), // unknown region
        (",3,2010,", ",dua,2010,"), // not a number
        (",3,2010,", ",-3,2010,"), // negative staff
        (",yes,", ",maybe,"), // not yes/no
        ("whatsapp|instagram", "whatsapp|myspace"), // unknown channel
        ("3273014509910012", "32730145"), // short NIK
        ("UMK-1,", ",") // empty id
    ])
    func oneBadValueIsReportedAtTheSameLine(good: String, bad: String) throws {
        let rows = (1...5).map { Self.good.replacingOccurrences(of: "UMK-1", with: "UMK-\($0)") }
        var broken = rows
        broken[3] = broken[3].replacingOccurrences(of: good.replacingOccurrences(of: "UMK-1", with: "UMK-4"), with: bad)
            .replacingOccurrences(of: good, with: bad)
        try same("\(Self.header)\n" + broken.joined(separator: "\n") + "\n")
        #expect(fast(try folder(businesses: Array(("\(Self.header)\n" + broken.joined(separator: "\n")).utf8))).isFailure)
    }

    @Test func malformedFilesGiveTheReferenceErrors() throws {
        try same("\(Self.header)\n\(Self.good)\n\"UMK-2,oops\n")  // unterminated quote
        try same("\(Self.header)\n\"UMK-2\"x,\(Self.good.dropFirst(6))\n")  // text after a closing quote
        try same("\(Self.header)\n\(Self.good)\nUMK-2,only,three\n")  // wrong column count
        try same("id,name\nUMK-1,x\n")  // missing columns
        try same("")  // empty file
        try same("\n\n\(Self.header)\n\(Self.good)\n")  // blank lines before the header
        var bytes = Array("\(Self.header)\n\(Self.good)\n".utf8)
        bytes.insert(contentsOf: [0xC3, 0x28], at: bytes.count - 5)  // invalid UTF-8
        try same(bytes)
    }

    @Test func errorsAfterQuotedLineBreaksOrInCRLFFilesKeepTheirLines() throws {
        let multiLine = Self.good.replacingOccurrences(of: "Warung Bu Siti", with: "\"Warung\nBu\n\nSiti\"")
        let bad = Self.good.replacingOccurrences(of: "UMK-1", with: "UMK-3").replacingOccurrences(of: ",food,", with: ",fod,")
        let rows = [Self.good, multiLine.replacingOccurrences(of: "UMK-1", with: "UMK-2"), "", bad]
        try same("\(Self.header)\n" + rows.joined(separator: "\n") + "\n")
        try same("\(Self.header)\r\n" + rows.joined(separator: "\r\n") + "\r\n")
        try same("\(Self.header)\r\n" + [Self.good, multiLine, ""].joined(separator: "\r\n") + "\r\n")
        try same("\(Self.header)\n" + [Self.good, multiLine.replacingOccurrences(of: "UMK-1", with: "UMK-2"), "\"\"", Self.good].joined(separator: "\n"))
    }

    @Test func duplicateIDIsReportedAtTheSecondLine() throws {
        let rows = [Self.good, Self.good.replacingOccurrences(of: "UMK-1", with: "UMK-2"), "", Self.good]
        let folder = try folder(businesses: Array(("\(Self.header)\n" + rows.joined(separator: "\n") + "\n").utf8))
        #expect(fast(folder) == reference(folder))
        #expect(fast(folder) == .failed("\(folder.file("registry/businesses.csv")):5: id \"UMK-1\" is already used on an earlier line"))
    }

    /// Enough rows for several parallel chunks, with quoted line breaks so that some split points
    /// fall inside a quoted field and the parse must start again in one piece.
    @Test func largeFileWithQuotedLineBreaksMatchesTheReference() throws {
        var text = Self.header + "\n"
        for row in 0..<40_000 {
            // Most line feeds are inside quotes, so the split points land inside quoted fields.
            let name = row % 3 == 0 ? "\"Toko\n\"\"Baris\"\"" + String(repeating: "\nx", count: 30) + " \(row)\"" : "Toko \(row)"
            text += "UMK-\(row),\(name),Pemilik \(row),,0812,\(["food", "salon", "crafts"][row % 3]),3273,micro,,\(row % 7),2001,no,,,cash,normal\n"
        }
        let folder = try folder(businesses: Array(text.utf8))
        let loaded = fast(folder)
        #expect(loaded == reference(folder))
        #expect((try? loaded.get())?.count == 40_000)
        #expect((try? loaded.get())?[3].name == "Toko\n\"Baris\"" + String(repeating: "\nx", count: 30) + " 3")
    }

    @Test func randomRegistriesRoundTrip() throws {
        var random = SeededRandom(seed: 99)
        let alphabet = Array("aZ é,\"\n\r|\t;ΣΟ😀-'")
        var businesses: [Business] = []
        for row in 0..<300 {
            let name = "N" + String((0..<random.int(0...12)).map { _ in alphabet[random.int(0...(alphabet.count - 1))] })
            let owner = String((0..<random.int(0...8)).map { _ in alphabet[random.int(0...(alphabet.count - 1))] })
            businesses.append(Business(
                id: "ID-\(row)", name: name.trimmingCharacters(in: .whitespaces), owner: owner.trimmingCharacters(in: .whitespacesAndNewlines),
                ownerNIK: row % 2 == 0 ? "3273014509910012" : nil, phone: "08\(row)", sector: ["food", "salon"][row % 2],
                region: "3273", scale: Scale.allCases[row % 3], nib: nil, employees: row, yearFounded: 1990 + row % 30,
                online: row % 2 == 0, onlineSince: row % 2 == 0 ? 2020 : nil,
                channels: Array(Channel.allCases.shuffled(using: &random).prefix(row % 4)), payments: [.cash],
                status: OperatingStatus.allCases[row % 5]))
        }
        let folder = try folder(businesses: RegistryEncoder.businesses(businesses))
        let expected = reference(folder)
        #expect(fast(folder) == expected)
    }

    @Test func responsesMatchTheReference() throws {
        let header = RegistryColumns.responses.joined(separator: ",")
        let rows = [
            "2020-07,UMK-1,food,3273,micro,no,yes,\"WhatsApp|instagram\",down-31-60,normal,,training",
            "2020-07 , UMK-2 ,food,3273,Mikro,ya,,,,reduced,prefers-offline|other,",
        ]
        let folder = try folder(businesses: Array("\(Self.header)\n\(Self.good)\n".utf8), responses: "\u{FEFF}\(header)\r\n" + rows.joined(separator: "\r\n"))
        let data = DataFolder(root: folder.path)
        let waves = try RegistryDecoder.waves(CSVTable(bytes: DataFolder.readBytes(data.waves), file: data.waves))
        let reference = try RegistryDecoder(sectorKeys: Set(WestJava.sectors.map(\.key)), regionCodes: Set(WestJava.regions.map(\.code)))
            .responses(CSVTable(bytes: DataFolder.readBytes(data.responses), file: data.responses), waveIDs: Set(waves.map(\.id)))
        #expect(try data.loadRegistry(.survey).responses == reference)
        try folder.write("survey/responses.csv", "\(header)\n" + rows[0] + "\n2099-01,UMK-3,food,3273,micro,no,no,,,normal,,\n")
        #expect {
            try data.loadRegistry(.survey)
        } throws: { error in
            (error as? DataFolderError)?.description == "\(data.responses):3: column \"wave\": \"2099-01\" is not in survey/waves.csv"
        }
    }
}

/// What a load gave: the businesses, or the error's text.
enum Outcome: Equatable {
    case loaded([Business])
    case failed(String)

    var isFailure: Bool {
        if case .failed = self { return true }
        return false
    }

    func get() throws -> [Business] {
        guard case .loaded(let list) = self else { throw CSVError(file: "", line: 0, message: Localized("failed")) }
        return list
    }
}
