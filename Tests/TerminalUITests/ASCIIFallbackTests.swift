import Testing
import TerminalUI

@Suite struct ASCIIFallbackTests {
    @Test func symbolsBecomeOneASCIICellEach() {
        let line = "rev. 3 · published – 12 ↑ Name ▌ 95% ±2 … ┌─┐"
        let shown = ASCIIFallback.text(line, letters: false)
        #expect(shown == "rev. 3 . published - 12 ^ Name # 95% +2 ~ +-+")
        #expect(DisplayText.width(shown) == DisplayText.width(line))
    }

    @Test func lettersAreKeptUnlessTheLocaleCannotShowThem() {
        _ = TextWidth.useUTF8Locale()
        #expect(ASCIIFallback.text("Café · Bandung", letters: false) == "Café . Bandung")
        #expect(ASCIIFallback.text("Café · Bandung", letters: true) == "Caf? . Bandung")
        // A wide character keeps its two cells.
        #expect(ASCIIFallback.text("漢a", letters: true) == "??a")
        #expect(ASCIIFallback.text("plain", letters: true) == "plain")
    }
}
