import MergeUI
import Migration
import Testing

/// `keys.toml`: partial overrides that replace only what they name, and every mistake
/// reported as `keys.toml:line: what`.
@Suite struct KeyMapFileTests {
    func parse(_ text: String) throws(TOMLDocumentError) -> KeyMap {
        try KeyMap.parse(text: text, path: "keys.toml")
    }

    @Test func overridesReplaceOnlyWhatTheyName() throws {
        let map = try parse("""
            # my keys
            [keys]
            take-target = "y"
            redo = ["<c-r>", "U"]
            help = []
            """)
        var expected = KeyMap.defaults.keys
        expected[.takeTarget] = [.character("y")]
        expected[.redo] = [.control("r"), .character("U")]
        expected[.help] = []
        #expect(map.keys == expected)
        #expect(map.command(for: .character("y"), on: .merge) == .takeTarget)
        #expect(map.command(for: .character("t"), on: .merge) == nil)
        #expect(map.command(for: .character("s"), on: .merge) == .takeSource)
    }

    @Test func anEmptyFileIsTheDefaults() throws {
        #expect(try parse("").keys == KeyMap.defaults.keys)
        #expect(try parse("[keys]\n").keys == KeyMap.defaults.keys)
    }

    @Test(arguments: [
        ("[keys]\nquit = \"Q\"\ntak-target = \"t\"\n", "keys.toml:3: unknown command \"tak-target\""),
        ("[keys]\nredo = \"<c-?>\"\n", "keys.toml:2: \"<c-?>\" is not a key name (such as j, <c-r>, <esc>, <pgdown>, <space>, <f5>)"),
        ("[keys]\nredo = [\"U\", \"two words\"]\n", "keys.toml:2: \"two words\" is not a key name (such as j, <c-r>, <esc>, <pgdown>, <space>, <f5>)"),
        ("[keys]\nredo = 5\n", "keys.toml:2: redo must be a key name or an array of key names"),
        ("[keys]\nredo = [5]\n", "keys.toml:2: redo must be a key name or an array of key names"),
        ("quit = \"Q\"\n", "keys.toml:1: unknown setting \"quit\" (keys.toml holds one table, [keys])"),
        ("keys = \"q\"\n", "keys.toml:1: keys must be a table: [keys]"),
        ("[keys]\nquit = \"Q\"\ntake-source = \"t\"\n", "keys.toml:3: t is bound to both take-target and take-source on the Tree screen"),
        // The clash is reported at the override that made it, not at the command table's order.
        ("[keys]\ntake-target = \"Q\"\n\nquit = \"Q\"\n", "keys.toml:4: Q is bound to both quit and take-target on the Tree screen"),
    ]) func aMistakeNamesTheLine(text: String, message: String) {
        #expect(throws: TOMLDocumentError.self) { try parse(text) }
        do {
            _ = try parse(text)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func badTOMLNamesTheLine() {
        do {
            _ = try parse("[keys]\nquit = \"Q\n")
            Issue.record("accepted")
        } catch {
            #expect(error.path == "keys.toml" && error.line == 2, "\(error)")
        }
    }
}
