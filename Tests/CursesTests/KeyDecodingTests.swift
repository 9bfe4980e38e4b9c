import CCurses
@testable import Curses
import MergeUI
import Testing

/// What `get_wch` reads, as the key map's keys.
@Suite struct KeyDecodingTests {
    @Test func charactersBecomeKeys() {
        let cases: [(UInt32, Key?)] = [
            (9, .tab), (10, .enter), (13, .enter), (27, .escape), (127, .backspace), (8, .backspace),
            (3, .control("c")), (18, .control("r")), (1, .control("a")), (26, .control("z")),
            (0x20, .character(" ")), (0x71, .character("q")), (0x3F, .character("?")), (0x6F22, .character("漢")),
            (0xE9, .character("é")), (0, nil), (28, nil), (0x85, nil),
        ]
        for (value, key) in cases {
            #expect(KeyDecoding.key(character: value) == key, "\(value)")
        }
    }

    @Test func keyCodesBecomeKeys() {
        let cases: [(Int32, Key?)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
            (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_ENTER, .enter),
            (cc_key_f(1), .function(1)), (cc_key_f(12), .function(12)), (cc_key_f(13), nil), (KEY_MOUSE, nil),
        ]
        for (code, key) in cases {
            #expect(KeyDecoding.key(code: code) == key, "\(code)")
        }
    }

    @Test func controlCQuits() {
        #expect(KeyMap.defaults.command(for: .control("c"), on: .tree) == .quit)
        #expect(KeyMap.defaults.command(for: .control("c"), on: .merge) == .quit)
    }
}
