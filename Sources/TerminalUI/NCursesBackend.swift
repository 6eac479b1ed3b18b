import CNCursesW
import CTerminalShim
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The real terminal, through ncursesw: the only file that talks to curses.
/// Refuses to start where a full-screen UI cannot work, and restores the terminal on every
/// exit path (shutdown, deinit, exit, fatal signals; see CTerminalShim).
public final class NCursesBackend: TerminalBackend {
    /// Start-up choices; the defaults suit smedash.
    public struct Options: Sendable {
        /// Colours and attributes; a colour theme falls back to monochrome on terminals without colour.
        public var theme: Theme
        /// Mouse clicks and the wheel; off leaves the terminal's own text selection alone.
        public var isMouseEnabled: Bool
        /// SIGINT, SIGTERM and SIGHUP set a pending signal for the run loop instead of ending at once;
        /// the terminal is still restored if the app has not taken it within the grace period.
        public var handlesSignalsGracefully: Bool
        public var gracePeriodSeconds: UInt32
        /// Used unless the user set ESCDELAY; ncurses' own default (1000 ms) makes Esc feel broken.
        public var escapeDelayMilliseconds: Int32

        public init(theme: Theme = .color, isMouseEnabled: Bool = true, handlesSignalsGracefully: Bool = true,
                    gracePeriodSeconds: UInt32 = 5, escapeDelayMilliseconds: Int32 = 25) {
            self.theme = theme
            self.isMouseEnabled = isMouseEnabled
            self.handlesSignalsGracefully = handlesSignalsGracefully
            self.gracePeriodSeconds = gracePeriodSeconds
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
        }
    }

    /// Longest wait inside one `wget_wch`, so pending signals are noticed promptly.
    private static let readSliceMilliseconds = 200

    public private(set) var size: Size
    /// The theme in use (monochrome when the terminal has no colours).
    public let theme: Theme
    public let decoder: KeyDecoder
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var previous: Grid?
    private var isActive = true
    private var isCursorShown = false
    private var attributeCache: [Style: (attr_t, Int16)] = [:]
    /// Keys decoded from one burst of input, handed out one per `readKey`.
    private var queuedKeys: [Key] = []

    /// Checks the terminal and starts curses, or explains why it cannot.
    public init(options: Options = Options()) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(stream: "standard input") }
        guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(stream: "standard output") }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty, term != "dumb" else { throw .unsupportedTerminal(term: term) }
        // ncurses keeps one screen per process.
        guard ts_claim_screen() == 1 else { throw .alreadyActive }

        _ = ts_unblock_signals()
        TextWidth.useUTF8Locale()
        // Handlers go in before newterm, so ncurses does not install its own exit-on-SIGINT handler.
        ts_install_handlers(options.handlesSignalsGracefully ? 1 : 0, options.gracePeriodSeconds)
        guard let screen = newterm(nil, cn_stdout(), cn_stdin()) else {
            ts_release_screen()
            throw .unknownTerminalType(term: term)
        }
        _ = set_term(screen)
        ts_set_curses_active(1)
        self.screen = screen
        guard let window = cn_stdscr() else {
            ts_set_curses_active(0)
            endwin()
            delscreen(screen)
            ts_release_screen()
            throw .unknownTerminalType(term: term)
        }
        self.window = window

        raw()
        noecho()
        keypad(window, true)
        curs_set(0)
        if getenv("ESCDELAY") == nil { set_escdelay(options.escapeDelayMilliseconds) }
        decoder = KeyDecoder(codes: NCursesBackend.headerCodes)

        var theme = options.theme
        if theme.usesColor, has_colors(), start_color() == OK {
            use_default_colors()
            for role in StyleRole.allCases {
                let look = theme.appearance(of: role)
                init_pair(Int16(role.rawValue + 1), look.foreground.rawValue, look.background.rawValue)
            }
        } else if theme.usesColor {
            theme = Theme.monochrome.with(glyphs: theme.glyphs)
        }
        self.theme = theme

        if options.isMouseEnabled {
            mousemask(cn_ALL_MOUSE_EVENTS(), nil)
            // No click detection delay: presses are reported at once.
            mouseinterval(0)
        }
        size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    deinit {
        shutdown()
    }

    /// The decoder table from this build's ncurses headers.
    public static var headerCodes: KeyDecoder.Codes {
        KeyDecoder.Codes(
            down: KEY_DOWN, up: KEY_UP, left: KEY_LEFT, right: KEY_RIGHT,
            home: KEY_HOME, end: KEY_END, pageDown: KEY_NPAGE, pageUp: KEY_PPAGE,
            backspace: KEY_BACKSPACE, delete: KEY_DC, insert: KEY_IC, enter: KEY_ENTER, backTab: KEY_BTAB,
            function0: KEY_F0, resize: KEY_RESIZE, mouse: KEY_MOUSE,
            button1Pressed: UInt(cn_BUTTON1_PRESSED()), button1Released: UInt(cn_BUTTON1_RELEASED()),
            button1Clicked: UInt(cn_BUTTON1_CLICKED()), button1DoubleClicked: UInt(cn_BUTTON1_DOUBLE_CLICKED()),
            button2Pressed: UInt(cn_BUTTON2_PRESSED()), button2Clicked: UInt(cn_BUTTON2_CLICKED()),
            button3Pressed: UInt(cn_BUTTON3_PRESSED()), button3Clicked: UInt(cn_BUTTON3_CLICKED()),
            button4Pressed: UInt(cn_BUTTON4_PRESSED()), button5Pressed: UInt(cn_BUTTON5_PRESSED()))
    }

    // MARK: - Drawing

    public func draw(_ grid: Grid) {
        guard isActive else { return }
        let runs = grid.diff(from: previous ?? Grid(width: 0, height: 0))
        for run in runs where run.y < size.height && run.x < size.width {
            let (attributes, pair) = cursesAttributes(run.style)
            wattr_set(window, attributes, pair, nil)
            // A frame made for a larger screen (a resize not yet seen) must not wrap onto the next line.
            var text = run.x + run.width > size.width
                ? DisplayText.truncated(run.text, toWidth: size.width - run.x) : run.text
            if theme.glyphs == .ascii { text = ASCIIFallback.text(text, letters: !TextWidth.userLocaleIsUTF8) }
            let wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
            // Writing the bottom-right cell returns ERR although the cell is drawn.
            _ = mvwaddwstr(window, Int32(run.y), Int32(run.x), wide)
        }
        wattr_set(window, cn_A_NORMAL(), 0, nil)
        if grid.isCursorVisible != isCursorShown {
            curs_set(grid.isCursorVisible ? 1 : 0)
            isCursorShown = grid.isCursorVisible
        }
        // Screen readers and braille displays follow the hardware cursor even when it is hidden.
        let cursor = grid.cursor ?? Point(x: 0, y: 0)
        wmove(window, Int32(min(max(cursor.y, 0), max(size.height - 1, 0))),
              Int32(min(max(cursor.x, 0), max(size.width - 1, 0))))
        wnoutrefresh(window)
        doupdate()
        previous = grid
    }

    private func cursesAttributes(_ style: Style) -> (attr_t, Int16) {
        if let cached = attributeCache[style] { return cached }
        let look = theme.appearance(of: style)
        var attributes = cn_A_NORMAL()
        if look.isBold { attributes |= cn_A_BOLD() }
        if look.isReverse { attributes |= cn_A_REVERSE() }
        if look.isUnderline { attributes |= cn_A_UNDERLINE() }
        if look.isDim { attributes |= cn_A_DIM() }
        let pair: Int16 = theme.usesColor ? Int16(style.role.rawValue + 1) : 0
        attributeCache[style] = (attributes, pair)
        return (attributes, pair)
    }

    public func copyToClipboard(_ text: String) {
        guard isActive else { return }
        TerminalClipboard.write(text)
    }

    public func invalidate() {
        guard isActive else { return }
        previous = nil
        clearok(cn_curscr(), true)
    }

    // MARK: - Input

    public func readKey(timeout: Duration?) throws(TerminalError) -> Key? {
        guard isActive else { throw .inputClosed }
        let clock = ContinuousClock()
        let deadline = timeout.map { clock.now.advanced(by: $0) }
        if !queuedKeys.isEmpty { return queuedKeys.removeFirst() }
        while true {
            if ts_peek_pending_signal() != 0 { return nil }
            var slice = NCursesBackend.readSliceMilliseconds
            if let deadline {
                let left = clock.now.duration(to: deadline)
                let milliseconds = Int(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000)
                slice = min(slice, max(milliseconds, 0))
            }
            wtimeout(window, Int32(slice))
            var character: wint_t = 0
            let status = wget_wch(window, &character)
            if status == KEY_CODE_YES {
                if let key = decodeCode(Int32(bitPattern: character)) { return key }
            } else if status == OK {
                return decodeCharacter(UInt32(character))
            } else if ts_input_hung_up() == 1 {
                throw .inputClosed
            }
            if let deadline, clock.now >= deadline { return nil }
        }
    }

    private func decodeCode(_ code: Int32) -> Key? {
        if code == KEY_MOUSE {
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            return decoder.mouse(x: Int(event.x), y: Int(event.y), buttons: UInt(event.bstate))
        }
        if code == KEY_RESIZE {
            size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
            previous = nil
            return .resize
        }
        let key = decoder.decode(.code(code))
        // Extended keys (Alt+arrows from xterm and tmux) have no fixed code; terminfo names them.
        if case .unknown = key, let name = keyname(code) {
            return KeyDecoder.extendedKey(named: String(cString: name)) ?? key
        }
        return key
    }

    /// ESC with more input already waiting was sent by the terminal in one burst: Alt plus a key,
    /// or an escape sequence curses did not recognise. Extra keys from the burst are queued.
    private func decodeCharacter(_ value: UInt32) -> Key {
        guard value == 27 else { return decoder.decode(.character(value)) }
        var burst: [KeyDecoder.Input] = [.character(27)]
        wtimeout(window, 0)
        while burst.count < 64 {
            var next: wint_t = 0
            let status = wget_wch(window, &next)
            if status == OK {
                burst.append(.character(UInt32(next)))
            } else if status == KEY_CODE_YES {
                let code = Int32(bitPattern: next)
                if code == KEY_RESIZE || code == KEY_MOUSE {
                    // Not part of the burst: decode it in its turn.
                    if let key = decodeCode(code) { queuedKeys.append(key) }
                    break
                }
                burst.append(.code(code))
            } else {
                break
            }
        }
        var keys = decoder.decode(burst)
        keys += queuedKeys
        queuedKeys = []
        guard !keys.isEmpty else { return .escape }
        let first = keys.removeFirst()
        queuedKeys = keys
        return first
    }

    public func takePendingSignal() -> TerminalSignal? {
        TerminalSignal(rawValue: ts_take_pending_signal())
    }

    // MARK: - Lifecycle

    public func suspend() {
        guard isActive else { return }
        ts_set_curses_active(0)
        endwin()
        ts_stop_self()
        // Resumed by `fg`: repaint everything, the size may have changed meanwhile.
        ts_set_curses_active(1)
        clearok(cn_curscr(), true)
        doupdate()
        size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
        previous = nil
    }

    public func shutdown() {
        guard isActive else { return }
        isActive = false
        ts_set_curses_active(0)
        curs_set(1)
        endwin()
        delscreen(screen)
        ts_release_screen()
    }
}
