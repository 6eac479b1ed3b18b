import Testing
import TerminalUI

@Suite struct DisplayTextTests {
    init() { TextWidth.useUTF8Locale() }

    @Test func composesDecomposedText() {
        #expect(DisplayText.sanitize("Mu\u{308}ller").unicodeScalars.count == 6)
        // Decomposed Hangul jamo compose into one syllable of width 2.
        #expect(DisplayText.sanitize("\u{1100}\u{1161}") == "\u{AC00}")
        #expect(DisplayText.width("\u{1100}\u{1161}") == 2)
    }

    @Test func stripsControlsAndBidiOverrides() {
        #expect(DisplayText.sanitize("a\nb\r\tc") == "a b  c")
        #expect(DisplayText.sanitize("x\u{0}y\u{7F}") == "x\u{FFFD}y\u{FFFD}")
        #expect(DisplayText.sanitize("abc\u{202E}def\u{2066}") == "abcdef")
        #expect(DisplayText.sanitize("plain ASCII") == "plain ASCII")
    }

    @Test func clustersFollowPerScalarWidths() {
        let clusters = DisplayText.clusters("e\u{301}中\u{301}x")
        #expect(clusters.map(\.width) == [1, 2, 1])
        #expect(clusters.map(\.text) == ["\u{E9}", "中\u{301}", "x"])
        // A combining mark with nothing before it is dropped.
        #expect(DisplayText.clusters("\u{301}a").map(\.text) == ["a"])
    }

    @Test func truncatesAtCellBoundaries() {
        #expect(DisplayText.truncated("Usaha Mikro", toWidth: 20) == "Usaha Mikro")
        #expect(DisplayText.truncated("Usaha Mikro", toWidth: 6, ellipsis: "…") == "Usaha…")
        #expect(DisplayText.truncated("中文中文", toWidth: 5, ellipsis: "…") == "中文…")
        #expect(DisplayText.truncated("中文中文", toWidth: 4, ellipsis: "…") == "中…")
        #expect(DisplayText.truncated("abc", toWidth: 0, ellipsis: "…") == "")
        #expect(DisplayText.truncated("abcdef", toWidth: 2, ellipsis: "...") == "ab")
    }

    @Test func padsToExactWidth() {
        #expect(DisplayText.padded("中", toWidth: 4) == "中  ")
        #expect(DisplayText.padded("12", toWidth: 5, alignRight: true) == "   12")
        #expect(DisplayText.padded("Bandung", toWidth: 4, ellipsis: "…") == "Ban…")
    }

    @Test func wrapsWordsAndSplitsLongOnes() {
        #expect(DisplayText.wrapped("Simpan perubahan sebelum keluar?", toWidth: 12)
            == ["Simpan", "perubahan", "sebelum", "keluar?"])
        #expect(DisplayText.wrapped("a bb ccc", toWidth: 4) == ["a bb", "ccc"])
        #expect(DisplayText.wrapped("abcdefghij", toWidth: 4) == ["abcd", "efgh", "ij"])
        #expect(DisplayText.wrapped("one\n\ntwo", toWidth: 10) == ["one", "", "two"])
        #expect(DisplayText.wrapped("中文中文", toWidth: 3) == ["中", "文", "中", "文"])
        #expect(DisplayText.wrapped("anything", toWidth: 0) == [])
    }
}
