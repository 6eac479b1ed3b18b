import Testing
import TerminalUI

@Suite struct ThemeTests {
    @Test func noColorWhenSetToAnyNonEmptyValue() {
        #expect(Theme.fromEnvironment([:]) == .color)
        #expect(Theme.fromEnvironment(["NO_COLOR": ""]) == .color)
        #expect(Theme.fromEnvironment(["NO_COLOR": "1"]) == .monochrome)
        #expect(Theme.fromEnvironment(["NO_COLOR": "false"]) == .monochrome)
    }

    @Test func colourThemeKeepsTheTerminalBackground() {
        for role in StyleRole.allCases {
            #expect(Theme.color.appearance(of: role).background == .default, "\(role)")
            // White or black text is unreadable on one of light or dark backgrounds.
            #expect(![.white, .black].contains(Theme.color.appearance(of: role).foreground), "\(role)")
        }
    }

    @Test func selectionShowsWithoutColour() {
        for theme in [Theme.color, .monochrome] {
            #expect(theme.appearance(of: .selected).isReverse, "\(theme.name)")
        }
        #expect(Theme.monochrome.appearance(of: .selectedInactive).isUnderline)
        #expect(Theme.monochrome.appearance(of: .error).isBold)
    }

    @Test func monochromeDropsColoursButKeepsStyleFlags() {
        let look = Theme.monochrome.appearance(of: Style(.warning).underline())
        #expect(look.foreground == .default && look.background == .default)
        #expect(look.isBold && look.isUnderline)
        #expect(Theme.color.appearance(of: Style(.warning)).foreground == .yellow)
        #expect(Theme.color.with(glyphs: .ascii).glyphs == .ascii)
    }
}
