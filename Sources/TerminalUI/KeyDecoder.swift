/// Turns what `wget_wch` returns into `Key`s, without needing a terminal.
/// The curses codes arrive as a table, so tests run on known values and the ncurses backend
/// passes the ones from its headers.
public struct KeyDecoder: Sendable {
    /// One result of `wget_wch`: a character (`OK`) or a function-key code (`KEY_CODE_YES`).
    public enum Input: Hashable, Sendable {
        case character(UInt32)
        case code(Int32)
    }

    /// The curses key codes and mouse masks the decoder understands.
    public struct Codes: Hashable, Sendable {
        public var down: Int32, up: Int32, left: Int32, right: Int32
        public var home: Int32, end: Int32, pageDown: Int32, pageUp: Int32
        public var backspace: Int32, delete: Int32, insert: Int32, enter: Int32, backTab: Int32
        public var function0: Int32, resize: Int32, mouse: Int32
        public var button1Pressed: UInt, button1Released: UInt, button1Clicked: UInt, button1DoubleClicked: UInt
        public var button2Pressed: UInt, button2Clicked: UInt, button3Pressed: UInt, button3Clicked: UInt
        public var button4Pressed: UInt, button5Pressed: UInt

        /// The values in ncurses 6 headers (mouse version 2); the backend fills its own from the headers.
        public static let ncurses6 = Codes(
            down: 0o402, up: 0o403, left: 0o404, right: 0o405,
            home: 0o406, end: 0o550, pageDown: 0o522, pageUp: 0o523,
            backspace: 0o407, delete: 0o512, insert: 0o513, enter: 0o527, backTab: 0o541,
            function0: 0o410, resize: 0o632, mouse: 0o631,
            button1Pressed: 0o2, button1Released: 0o1, button1Clicked: 0o4, button1DoubleClicked: 0o10,
            button2Pressed: 0o2 << 5, button2Clicked: 0o4 << 5, button3Pressed: 0o2 << 10, button3Clicked: 0o4 << 10,
            button4Pressed: 0o2 << 15, button5Pressed: 0o2 << 20)
    }

    public var codes: Codes

    public init(codes: Codes = .ncurses6) {
        self.codes = codes
    }

    /// The key for an ncurses extended key name such as `kUP3` (Alt+Up); the digit is xterm's
    /// modifier code: 3 Alt, 5 Ctrl. Nil for names the dashboard does not use.
    public static func extendedKey(named name: String) -> Key? {
        let bases: [(String, Key)] = [("kUP", .up), ("kDN", .down), ("kLFT", .left), ("kRIT", .right),
                                      ("kHOM", .home), ("kEND", .end), ("kPRV", .pageUp), ("kNXT", .pageDown)]
        for (prefix, base) in bases where name.hasPrefix(prefix) {
            switch name.dropFirst(prefix.count) {
            case "3": return .alt(base)
            default: return nil
            }
        }
        return nil
    }

    /// Decodes one input. `KEY_MOUSE` decodes to `.unknown`: the backend reads the event with
    /// `getmouse` and calls `mouse(x:y:buttons:)`.
    public func decode(_ input: Input) -> Key {
        switch input {
        case .character(let value): return decodeCharacter(value)
        case .code(let code): return decodeCode(code)
        }
    }

    /// Decodes a burst read without waiting. ESC followed by another input is Alt plus that key;
    /// an escape sequence curses did not know (`ESC [ … final`, `ESC O x`) becomes one key, so its
    /// bytes never arrive as typed characters.
    public func decode(_ inputs: [Input]) -> [Key] {
        var keys: [Key] = []
        var index = 0
        while index < inputs.count {
            if inputs[index] == .character(27), index + 1 < inputs.count {
                if case .character(let introducer) = inputs[index + 1], introducer == 0x5B || introducer == 0x4F,
                   let (key, length) = escapeSequence(inputs[(index + 2)...], introducer: introducer) {
                    keys.append(key)
                    index += 2 + length
                    continue
                }
                let next = decode(inputs[index + 1])
                if next != .escape {
                    keys.append(.alt(next))
                    index += 2
                    continue
                }
            }
            keys.append(decode(inputs[index]))
            index += 1
        }
        return keys
    }

    /// Parses parameters and the final byte after `ESC [` or `ESC O`; nil when incomplete.
    private func escapeSequence(_ rest: ArraySlice<Input>, introducer: UInt32) -> (Key, Int)? {
        var parameters = ""
        var length = 0
        for input in rest {
            guard case .character(let byte) = input, let scalar = Unicode.Scalar(byte) else { return nil }
            length += 1
            switch byte {
            case 0x20...0x3F where introducer == 0x5B:
                parameters.unicodeScalars.append(scalar)
            case 0x40...0x7E:
                return (sequenceKey(parameters: parameters, final: Character(scalar)), length)
            default:
                return nil
            }
        }
        return nil
    }

    private func sequenceKey(parameters: String, final: Character) -> Key {
        let numbers = parameters.split(separator: ";").map { Int($0.filter(\.isNumber)) ?? 0 }
        if parameters.hasPrefix("<"), final == "M" || final == "m", numbers.count == 3 {
            return sgrMouse(code: numbers[0], x: numbers[1] - 1, y: numbers[2] - 1, isPress: final == "M")
        }
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "P", "Q", "R", "S": return .function(Int(final.asciiValue ?? 0x50) - 0x50 + 1)
        case "~":
            let tilde: [Int: Key] = [1: .home, 7: .home, 4: .end, 8: .end, 2: .insert, 3: .delete,
                                     5: .pageUp, 6: .pageDown, 11: .function(1), 12: .function(2),
                                     13: .function(3), 14: .function(4), 15: .function(5), 17: .function(6),
                                     18: .function(7), 19: .function(8), 20: .function(9), 21: .function(10),
                                     23: .function(11), 24: .function(12)]
            return tilde[numbers.first ?? 0] ?? .unknown(27)
        default: return .unknown(27)
        }
    }

    /// SGR (mode 1006) mouse reports: button code, 1-based column and row, `M` press or `m` release.
    private func sgrMouse(code: Int, x: Int, y: Int, isPress: Bool) -> Key {
        let at = Point(x: x, y: y)
        guard code & 32 == 0 else { return .unknown(27) }   // motion
        switch code & ~(4 | 8 | 16) {   // without Shift, Alt and Ctrl
        case 64: return .mouse(MouseEvent(.scrollUp, at: at))
        case 65: return .mouse(MouseEvent(.scrollDown, at: at))
        case 0, 1, 2:
            let button = (code & 3) + 1
            return .mouse(MouseEvent(isPress ? .press(button: button) : .release(button: button), at: at))
        default: return .unknown(27)
        }
    }

    /// Ctrl+I, Ctrl+M/Ctrl+J and Ctrl+H send the same bytes as Tab, Enter and Backspace, so they
    /// decode as those keys and never as `.ctrl`.
    private func decodeCharacter(_ value: UInt32) -> Key {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 0: return .ctrl(" ")
        case 1...26:
            return Unicode.Scalar(value + 96).map { .ctrl(Character($0)) } ?? .unknown(Int(value))
        case 28: return .ctrl("\\")
        case 29: return .ctrl("]")
        case 30: return .ctrl("^")
        case 31: return .ctrl("_")
        case 0x80..<0xA0: return .unknown(Int(value))
        default:
            return Unicode.Scalar(value).map { .char(Character($0)) } ?? .unknown(Int(value))
        }
    }

    private func decodeCode(_ code: Int32) -> Key {
        switch code {
        case codes.up: return .up
        case codes.down: return .down
        case codes.left: return .left
        case codes.right: return .right
        case codes.home: return .home
        case codes.end: return .end
        case codes.pageUp: return .pageUp
        case codes.pageDown: return .pageDown
        case codes.backspace: return .backspace
        case codes.delete: return .delete
        case codes.insert: return .insert
        case codes.enter: return .enter
        case codes.backTab: return .backTab
        case codes.resize: return .resize
        case (codes.function0 + 1)...(codes.function0 + 63): return .function(Int(code - codes.function0))
        default: return .unknown(Int(code))
        }
    }

    /// Decodes a curses mouse event (`MEVENT.x`, `.y`, `.bstate`); nil for motion and unknown buttons.
    public func mouse(x: Int, y: Int, buttons: UInt) -> Key? {
        let at = Point(x: x, y: y)
        let table: [(UInt, MouseEvent.Kind)] = [
            (codes.button4Pressed, .scrollUp), (codes.button5Pressed, .scrollDown),
            (codes.button1DoubleClicked, .doubleClick(button: 1)),
            (codes.button1Clicked, .click(button: 1)), (codes.button1Pressed, .press(button: 1)),
            (codes.button1Released, .release(button: 1)),
            (codes.button2Clicked, .click(button: 2)), (codes.button2Pressed, .press(button: 2)),
            (codes.button3Clicked, .click(button: 3)), (codes.button3Pressed, .press(button: 3)),
        ]
        for (mask, kind) in table where buttons & mask != 0 {
            return .mouse(MouseEvent(kind, at: at))
        }
        return nil
    }
}
