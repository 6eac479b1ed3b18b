import Testing
import TerminalUI

@Suite struct TextFieldTests {
    init() { TextWidth.useUTF8Locale() }

    @Test func editsByGrapheme() {
        var field = TextField(value: "Kopi")
        #expect(field.cursor == 4)
        field = field.inserting("😀").movingLeft().movingLeft().inserting("中")
        #expect(field.value == "Kop中i😀")
        #expect(field.cursor == 4)
        field = field.deletingBackward()
        #expect(field.value == "Kopi😀" && field.cursor == 3)
        field = field.movingToEnd().deletingBackward()
        #expect(field.value == "Kopi" && field.cursor == 4)
        field = field.movingToStart().deletingForward()
        #expect(field.value == "opi" && field.cursor == 0)
        field = field.movingLeft().deletingBackward()
        #expect(field.value == "opi" && field.cursor == 0)
        field = field.movingToEnd().movingRight().deletingForward()
        #expect(field.value == "opi" && field.cursor == 3)
    }

    @Test func combiningMarkJoinsThePreviousGrapheme() {
        let field = TextField(value: "Cafe").inserting("\u{301}")
        #expect(field.value.count == 4)
        #expect(field.cursor == 4)
        #expect(field.deletingBackward().value == "Caf")
    }

    @Test func ignoresControlCharactersAndRespectsMaxLength() {
        #expect(TextField(value: "a").inserting("b\nc\u{1B}").value == "abc")
        #expect(TextField(value: "a").inserting("\u{7}").value == "a")
        #expect(TextField(value: "a").inserting("bc").value == "abc")
        let limited = TextField(value: "abc", maxLength: 4).inserting("xyz")
        #expect(limited.value == "abcx" && limited.cursor == 4)
    }

    @Test func shellStyleDeletions() {
        let field = TextField(value: "jalan raya  bogor").movingLeft()
        #expect(field.deletingWordBackward().value == "jalan raya  r")
        #expect(TextField(value: "jalan raya  ").deletingWordBackward().value == "jalan ")
        let middle = TextField(value: "abcdef").movingLeft().movingLeft()
        let cleared = middle.deletingToStart()
        #expect(cleared.value == "ef" && cleared.cursor == 0)
    }

    @Test func handlesEditingKeysOnly() {
        let field = TextField(value: "ab")
        #expect(field.handling(.char("c"))?.value == "abc")
        #expect(field.handling(.backspace)?.value == "a")
        #expect(field.handling(.home)?.cursor == 0)
        #expect(field.handling(.ctrl("a"))?.cursor == 0)
        #expect(field.handling(.left)?.cursor == 1)
        #expect(field.handling(.ctrl("u"))?.value == "")
        #expect(field.handling(.enter) == nil)
        #expect(field.handling(.escape) == nil)
        #expect(field.handling(.up) == nil)
    }

    @Test func scrollsSoTheCursorStaysVisible() {
        var grid = Grid(width: 6, height: 1)
        let field = TextField(value: "Bandung Barat")
        field.render(in: grid.bounds, into: &grid)
        // Cursor after the last character needs a free cell.
        #expect(grid.lines() == ["Barat"])
        #expect(grid.cursor == Point(x: 5, y: 0))
        #expect(grid.isCursorVisible)

        let home = field.movingToStart()
        var atHome = Grid(width: 6, height: 1)
        home.render(in: atHome.bounds, into: &atHome)
        #expect(atHome.lines() == ["Bandun"])
        #expect(atHome.cursor == Point(x: 0, y: 0))
        #expect(home.visibleScroll(width: 6) == 0)

        // A stored scroll is kept while the cursor stays inside the view.
        var scrolled = field.movingLeft().movingLeft()
        scrolled.scroll = 8
        #expect(scrolled.visibleScroll(width: 6) == 8)
        #expect(field.visibleScroll(width: 6) == 8)
    }

    @Test func wideCharactersScrollByWholeCells() {
        let field = TextField(value: "中文中文中")
        #expect(field.visibleScroll(width: 5) == 3)
        var grid = Grid(width: 5, height: 1)
        field.render(in: grid.bounds, into: &grid)
        #expect(grid.lines() == ["文中"])
        #expect(grid.cursor == Point(x: 4, y: 0))
    }

    @Test func placeholderShowsWhenEmpty() {
        var grid = Grid(width: 10, height: 1)
        TextField(placeholder: "Cari…", isFocused: false).render(in: grid.bounds, into: &grid)
        #expect(grid.lines() == ["Cari…"])
        #expect(grid[0, 0].style.role == .placeholder)
        #expect(grid.cursor == nil)
        #expect(!grid.isCursorVisible)
    }
}
