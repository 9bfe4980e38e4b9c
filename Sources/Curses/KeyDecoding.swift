import CCurses
import MergeUI

/// What `get_wch` reads, as a `Key`: a character (with `OK`) or a key code (with
/// `KEY_CODE_YES`). Nil for what the interface has no name for (Ctrl-@, Ctrl-\ …).
enum KeyDecoding {
    /// A character read: Tab, Enter (10 or 13: `nonl` makes it 13), Escape, Backspace
    /// (127, or 8 = Ctrl-H), Ctrl-letters, printable characters of any width.
    static func key(character value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 0x60)!))
        case 0..<32, 0x80..<0xA0: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }

    /// A key code read (arrows, pages, function keys, `KEY_BTAB` …); resize is not a key.
    static func key(code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        default:
            let first = cc_key_f(1)
            if code >= first, code < first + 12 { return .function(Int(code - first) + 1) }
            return nil
        }
    }
}
