import Testing
import TerminalUI

@Suite struct KeyDecoderTests {
    let decoder = KeyDecoder()

    @Test func functionKeyCodes() {
        #expect(decoder.decode(.code(259)) == .up)
        #expect(decoder.decode(.code(258)) == .down)
        #expect(decoder.decode(.code(0o522)) == .pageDown)
        #expect(decoder.decode(.code(0o523)) == .pageUp)
        #expect(decoder.decode(.code(0o406)) == .home)
        #expect(decoder.decode(.code(0o550)) == .end)
        #expect(decoder.decode(.code(0o541)) == .backTab)
        #expect(decoder.decode(.code(0o512)) == .delete)
        #expect(decoder.decode(.code(0o407)) == .backspace)
        #expect(decoder.decode(.code(0o527)) == .enter)
        #expect(decoder.decode(.code(0o632)) == .resize)
        #expect(decoder.decode(.code(0o410 + 1)) == .function(1))
        #expect(decoder.decode(.code(0o410 + 10)) == .function(10))
        #expect(decoder.decode(.code(0o410)) == .unknown(0o410))
        #expect(decoder.decode(.code(999)) == .unknown(999))
    }

    @Test func charactersAndControls() {
        #expect(decoder.decode(.character(0x71)) == .char("q"))
        #expect(decoder.decode(.character(0xFC)) == .char("ü"))
        #expect(decoder.decode(.character(0x4E2D)) == .char("中"))
        #expect(decoder.decode(.character(0x20)) == .char(" "))
        #expect(decoder.decode(.character(13)) == .enter)
        #expect(decoder.decode(.character(10)) == .enter)
        #expect(decoder.decode(.character(9)) == .tab)
        #expect(decoder.decode(.character(27)) == .escape)
        #expect(decoder.decode(.character(127)) == .backspace)
        #expect(decoder.decode(.character(8)) == .backspace)
        #expect(decoder.decode(.character(3)) == .ctrl("c"))
        #expect(decoder.decode(.character(12)) == .ctrl("l"))
        #expect(decoder.decode(.character(26)) == .ctrl("z"))
        #expect(decoder.decode(.character(0)) == .ctrl(" "))
        #expect(decoder.decode(.character(31)) == .ctrl("_"))
        #expect(decoder.decode(.character(0x85)) == .unknown(0x85))
        #expect(decoder.decode(.character(0xD800)) == .unknown(0xD800))
    }

    @Test func escapePrefixMeansAlt() {
        #expect(decoder.decode([.character(27), .character(0x78)]) == [.alt(.char("x"))])
        #expect(decoder.decode([.character(27), .code(259)]) == [.alt(.up)])
        #expect(decoder.decode([.character(27)]) == [.escape])
        #expect(decoder.decode([.character(27), .character(27)]) == [.escape, .escape])
        #expect(decoder.decode([.character(0x61), .character(27), .character(127), .character(0x62)])
            == [.char("a"), .alt(.backspace), .char("b")])
    }

    @Test func unknownEscapeSequencesBecomeOneKey() {
        func bytes(_ text: String) -> [KeyDecoder.Input] { text.unicodeScalars.map { .character($0.value) } }
        #expect(decoder.decode(bytes("\u{1B}[1;5A")) == [.up])
        #expect(decoder.decode(bytes("\u{1B}OP")) == [.function(1)])
        #expect(decoder.decode(bytes("\u{1B}[15~x")) == [.function(5), .char("x")])
        #expect(decoder.decode(bytes("\u{1B}[3;2~")) == [.delete])
        #expect(decoder.decode(bytes("\u{1B}[I")) == [.unknown(27)])
        #expect(decoder.decode(bytes("\u{1B}[99~")) == [.unknown(27)])
        // Incomplete: Alt+[ and then the rest as typed.
        #expect(decoder.decode(bytes("\u{1B}[")) == [.alt(.char("["))])
        #expect(decoder.decode(bytes("\u{1B}[1;")) == [.alt(.char("[")), .char("1"), .char(";")])
    }

    @Test func sgrMouseReports() {
        func bytes(_ text: String) -> [KeyDecoder.Input] { text.unicodeScalars.map { .character($0.value) } }
        #expect(decoder.decode(bytes("\u{1B}[<0;11;6M")) == [.mouse(MouseEvent(.press(button: 1), at: Point(x: 10, y: 5)))])
        #expect(decoder.decode(bytes("\u{1B}[<0;11;6m")) == [.mouse(MouseEvent(.release(button: 1), at: Point(x: 10, y: 5)))])
        #expect(decoder.decode(bytes("\u{1B}[<65;1;1M")) == [.mouse(MouseEvent(.scrollDown, at: Point(x: 0, y: 0)))])
        #expect(decoder.decode(bytes("\u{1B}[<35;1;1M")) == [.unknown(27)])
    }

    @Test func mouseEvents() {
        let codes = KeyDecoder.Codes.ncurses6
        #expect(decoder.mouse(x: 3, y: 4, buttons: codes.button1Pressed)
            == .mouse(MouseEvent(.press(button: 1), at: Point(x: 3, y: 4))))
        #expect(decoder.mouse(x: 0, y: 0, buttons: codes.button4Pressed) == .mouse(MouseEvent(.scrollUp, at: Point(x: 0, y: 0))))
        #expect(decoder.mouse(x: 0, y: 0, buttons: codes.button5Pressed) == .mouse(MouseEvent(.scrollDown, at: Point(x: 0, y: 0))))
        #expect(decoder.mouse(x: 1, y: 1, buttons: codes.button3Clicked) == .mouse(MouseEvent(.click(button: 3), at: Point(x: 1, y: 1))))
        #expect(decoder.mouse(x: 1, y: 1, buttons: 0) == nil)
    }

    @Test func displayNames() {
        #expect(Key.char("q").displayName == "q")
        #expect(Key.char(" ").displayName == "Space")
        #expect(Key.ctrl("c").displayName == "Ctrl+C")
        #expect(Key.function(1).displayName == "F1")
        #expect(Key.alt(.char("x")).displayName == "Alt+x")
        #expect(Key.up.displayName == "↑")
        #expect(Key.up.asciiName == "Up")
        #expect(Key.pageDown.displayName == "PgDn")
    }
}
