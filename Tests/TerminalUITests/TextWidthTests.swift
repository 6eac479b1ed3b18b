import Testing
import TerminalUI

@Suite struct TextWidthTests {
    init() { TextWidth.useUTF8Locale() }

    @Test func measuresWideAndCombiningText() {
        #expect(TextWidth.of("Müller") == 6)
        #expect(TextWidth.of("中文") == 4)
        #expect(TextWidth.of("u\u{308}") == 1)
    }
}

@Suite struct ExtendedKeyTests {
    @Test func altArrowsFromTerminfoNames() {
        #expect(KeyDecoder.extendedKey(named: "kUP3") == .alt(.up))
        #expect(KeyDecoder.extendedKey(named: "kDN3") == .alt(.down))
        #expect(KeyDecoder.extendedKey(named: "kUP5") == nil)
        #expect(KeyDecoder.extendedKey(named: "kfoo") == nil)
    }
}
