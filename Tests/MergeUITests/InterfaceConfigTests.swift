import MergeUI
import Migration
import Testing

/// `config.toml` and the one entry point that reads all the interface's settings.
@Suite struct InterfaceConfigTests {
    static let folder = "/home/u/.config/converge"

    @Test func readsEverySetting() throws {
        let config = try InterfaceConfig.parse(text: "theme = \"light\"\nauto-advance = false\n", path: "config.toml")
        #expect(config == InterfaceConfig(theme: "light", autoAdvance: false))
        #expect(try InterfaceConfig.parse(text: "# nothing\n", path: "config.toml") == InterfaceConfig())
    }

    @Test(arguments: [
        ("theme = 3\n", "config.toml:1: theme must be a theme's name or a path, as a string"),
        ("theme = \"light\"\nauto-advance = \"yes\"\n", "config.toml:2: auto-advance must be true or false"),
        ("\nautoadvance = true\n", "config.toml:2: unknown setting \"autoadvance\" (known: theme, auto-advance)"),
        ("[theme]\nname = \"light\"\n", "config.toml:1: theme must be a theme's name or a path, as a string"),
    ]) func aMistakeNamesTheLine(text: String, message: String) {
        do {
            _ = try InterfaceConfig.parse(text: text, path: "config.toml")
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func theConfigFolderFollowsXDG() {
        #expect(InterfaceSettings.configFolder(environment: ["XDG_CONFIG_HOME": "/x/", "HOME": "/h"]) == "/x/converge")
        #expect(InterfaceSettings.configFolder(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]) == "/h/.config/converge")
        #expect(InterfaceSettings.configFolder(environment: ["XDG_CONFIG_HOME": "", "HOME": "/h/"]) == "/h/.config/converge")
        #expect(InterfaceSettings.configFolder(environment: [:]) == nil)
    }

    /// Settings read with `files` from the config folder of HOME=/home/u.
    func load(_ files: [String: String], theme: String? = nil) -> (settings: InterfaceSettings, warnings: [String]) {
        InterfaceSettings.load(environment: ["HOME": "/home/u"], themeOption: theme, files: .memory(files))
    }

    @Test func withoutFilesEverythingIsTheDefault() {
        let (settings, warnings) = load([:])
        #expect(warnings == [])
        #expect(settings.theme == .builtIn)
        #expect(settings.keyMap.keys == KeyMap.defaults.keys)
        #expect(settings.autoAdvance)
        let nowhere = InterfaceSettings.load(environment: [:], themeOption: nil, files: .memory([:]))
        #expect(nowhere.warnings == [] && nowhere.settings.theme == .builtIn)
    }

    @Test func readsTheConfigTheKeysAndTheUsersTheme() {
        let (settings, warnings) = load([
            "\(Self.folder)/config.toml": "theme = \"mine\"\nauto-advance = false\n",
            "\(Self.folder)/keys.toml": "[keys]\nundo = \"U\"\n",
            "\(Self.folder)/themes/mine.toml": "[ui.text]\nbold = true\n",
        ])
        #expect(warnings == [])
        #expect(settings.theme == Theme(name: "mine", styles: [.text: TextStyle(bold: true)]))
        #expect(settings.keyMap.keys(for: .undo) == [.character("U")])
        #expect(settings.keyMap.keys(for: .redo) == [.control("r")])
        #expect(!settings.autoAdvance)
    }

    @Test func theThemeOptionWinsOverTheConfig() {
        let files = ["\(Self.folder)/config.toml": "theme = \"light\"\n"]
        #expect(load(files).settings.theme.name == "light")
        #expect(load(files, theme: "monochrome").settings.theme.name == "monochrome")
        #expect(load([:], theme: "solarized-dark").settings.theme.name == "solarized-dark")
    }

    @Test func aThemePathInTheConfigIsTakenFromTheFolderOrHome() {
        let theme = "[ui.dim]\ndim = true\n"
        let relative = load(["\(Self.folder)/config.toml": "theme = \"mine/x.toml\"\n", "\(Self.folder)/mine/x.toml": theme])
        #expect(relative.warnings == [] && relative.settings.theme.name == "x")
        let home = load(["\(Self.folder)/config.toml": "theme = \"~/t/y.toml\"\n", "/home/u/t/y.toml": theme])
        #expect(home.warnings == [] && home.settings.theme.name == "y")
    }

    @Test func eachBrokenFileFallsBackAloneWithAWarning() {
        let (settings, warnings) = load([
            "\(Self.folder)/config.toml": "theme = \"light\"\nauto-advance = 1\n",
            "\(Self.folder)/keys.toml": "[keys]\nundo = \"U\"\nredo = \"U\"\n",
        ], theme: "nope")
        #expect(warnings == [
            "\(Self.folder)/config.toml:2: auto-advance must be true or false; using the default settings",
            "\(Self.folder)/keys.toml:3: U is bound to both undo and redo on the Tree screen; using the default keys",
            "unknown theme \"nope\" (shipped: default, high-contrast, light, monochrome, solarized-dark"
                + " or \(Self.folder)/themes/nope.toml); using the default theme",
        ])
        #expect(settings.theme == .builtIn)
        #expect(settings.keyMap.keys == KeyMap.defaults.keys)
        #expect(settings.autoAdvance)
    }

    @Test func theDiskReaderTellsMissingFromUnreadable() {
        #expect(InterfaceConfigFiles.disk.read("/nonexistent/converge/config.toml") == .missing)
        #expect(InterfaceConfigFiles.disk.read("/etc/hostname/x") == .missing)
        if case .unreadable = InterfaceConfigFiles.disk.read("/") {} else { Issue.record("a folder read as a file") }
    }
}
