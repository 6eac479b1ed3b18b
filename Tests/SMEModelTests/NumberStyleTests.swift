import Testing
@testable import SMEModel

@Suite struct NumberStyleTests {
    @Test func indonesianUsesDotForThousandsAndCommaForDecimals() {
        let style = NumberStyle(.id)
        #expect(style.integer(1_234_567) == "1.234.567")
        #expect(style.decimal(1234.5, decimals: 1) == "1.234,5")
        #expect(style.percent(0.39563, decimals: 1) == "39,6%")
    }

    @Test func englishUsesCommaForThousands() {
        let style = NumberStyle(.en)
        #expect(style.integer(-5000) == "-5,000")
        #expect(style.decimal(0.125, decimals: 2) == "0.13")
        #expect(style.points(0.042) == "+4.2 pp")
        #expect(style.points(-0.042) == "-4.2 pp")
        #expect(style.points(0.0001) == "0.0 pp")
    }

    @Test func languageFollowsLocaleVariables() {
        #expect(Language.fromEnvironment(["LANG": "id_ID.UTF-8"]) == .id)
        #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "id_ID.UTF-8"]) == .en)
        #expect(Language.fromEnvironment([:]) == .en)
    }
}
