import Migration
import Testing

/// `converge.toml`: every setting read, and every mistake reported as `path:line: what`.
@Suite struct ProjectConfigTests {
    @Test func readsEverySetting() throws {
        let config = try ProjectConfig.parse("""
            # the migration's rules
            layout = ["comprehensive_*.py=comprehensive_modules", "enhanced_*.py=enhanced_modules"]
            exclude = ["*.log", "build/"]
            base = "auto"
            kinds = ["code", "docs"]
            """, path: "converge.toml")
        #expect(config.layout.map(\.description) == ["comprehensive_*.py=comprehensive_modules/", "enhanced_*.py=enhanced_modules/"])
        #expect(config.excludes == ["*.log", "build/"])
        #expect(config.base == "auto" && config.baseRevision == nil)
        #expect(config.kinds == [.code, .docs])
        #expect(try ProjectConfig.parse("", path: "converge.toml") == ProjectConfig())
    }

    @Test(arguments: [
        ("layout = [\"a.py=b\"\n", "converge.toml:1: "),
        ("base = \"auto\"\nlayout = \"x\"\n", "converge.toml:2: layout must be an array of strings"),
        ("layout = [\"nofolder\"]\n", "converge.toml:1: nofolder: a layout rule is GLOB=FOLDER"),
        ("\n\nlayuot = []\n", "converge.toml:3: unknown setting layuot"),
        ("kinds = [\"flag\"]\n", "converge.toml:1: flag: kinds are code, code-string, config and docs"),
        ("base = \"auto\"\nbase-rev = \"v1\"\n", "converge.toml:2: give base or base-rev, not both"),
        ("exclude = [1]\n", "converge.toml:1: exclude must be an array of strings"),
    ]) func mistakesNameTheLine(text: String, message: String) {
        do {
            _ = try ProjectConfig.parse(text, path: "converge.toml")
            Issue.record("\(text) was accepted")
        } catch {
            #expect(error.description.hasPrefix(message), "\(error.description)")
            #expect(!error.description.contains("\n"))
        }
    }
}
