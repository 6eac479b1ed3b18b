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
