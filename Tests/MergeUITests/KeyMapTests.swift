import MergeUI
import Testing

/// One command table feeds the key map; overrides replace only what they name.
@Suite struct KeyMapTests {
    @Test func defaultsFollowTheIssueKeyList() {
        let map = KeyMap.defaults
        #expect(map.command(for: .character("t"), on: .merge) == .takeTarget)
        #expect(map.command(for: .control("r"), on: .merge) == .redo)
        #expect(map.command(for: .character(" "), on: .imports) == .toggleProposal)
        #expect(map.command(for: .character("3"), on: .tree) == .showMerge)
        #expect(map.command(for: .tab, on: .apply) == .nextScreen)
        #expect(map.command(for: .character("a"), on: .tree) == nil)
    }

    @Test func theDefaultTableHasNoClashes() throws {
        _ = try KeyMap(overrides: [:])
    }

    @Test func anOverrideThatClashesIsRefusedWithBothNames() {
        #expect(throws: KeyMapError(message: "t is bound to both take-target and take-source on the Tree screen")) {
            try KeyMap(overrides: [.takeSource: [.character("t")]])
        }
    }

    @Test func keyNamesRoundTrip() {
        for name in ["j", "<c-r>", "<esc>", "<pgdown>", "<space>", "<f5>", "<backtab>", "?"] {
            #expect(Key(name: name)?.description == name)
        }
        #expect(Key(name: "<nope>") == nil)
    }
}
