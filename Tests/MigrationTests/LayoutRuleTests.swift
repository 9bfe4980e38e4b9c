import Migration
import PythonSource
import Testing

/// `--layout GLOB=FOLDER`: what parses, and the one-line errors for what does not.
@Suite struct LayoutRuleTests {
    @Test func parsesGlobAndFolder() throws {
        let rule = try LayoutRule(parsing: "comprehensive_*.py=comprehensive_modules/")
        #expect(rule.glob == "comprehensive_*.py")
        #expect(rule.folder == "comprehensive_modules")
        #expect(try LayoutRule(parsing: "/x_*.py=a/b").folder == "a/b")
        #expect(try LayoutRule(parsing: "legacy_*/=old").description == "legacy_*/=old/")
    }

    static let badRules: [(text: String, message: String)] = [
        ("comprehensive_*.py", "comprehensive_*.py: a layout rule is GLOB=FOLDER (--layout)"),
        ("=modules/", "=modules/: the glob before '=' is empty; a layout rule is GLOB=FOLDER"),
        ("*.py=", "*.py=: the folder after '=' is empty; a layout rule is GLOB=FOLDER"),
        ("*.py=/", "*.py=/: the folder '/' is absolute; it must be relative to the package root"),
        ("*.py=/tmp/x", "*.py=/tmp/x: the folder '/tmp/x' is absolute; it must be relative to the package root"),
        ("*.py=../up", "*.py=../up: the folder '../up' has a '..' part; it must stay inside the package"),
        ("*.py=a//b", "*.py=a//b: the folder 'a//b' has an empty part; it must stay inside the package"),
        ("*.py=./a", "*.py=./a: the folder './a' has a '.' part; it must stay inside the package"),
        ("../*.py=a", "../*.py=a: the glob '../*.py' has a '..' part; globs name paths inside the package"),
        ("a//*.py=a", "a//*.py=a: the glob 'a//*.py' has an empty part; globs name paths inside the package"),
        ("*.py=my-modules", "*.py=my-modules: the folder name 'my-modules' is not a Python identifier, so no import could reach modules moved there"),
        ("*.py=class", "*.py=class: the folder name 'class' is not a Python identifier, so no import could reach modules moved there"),
    ]

    @Test(arguments: badRules) func rejectsWithOneLine(text: String, message: String) {
        #expect(throws: LayoutRuleError.self) { try LayoutRule(parsing: text) }
        do {
            _ = try LayoutRule(parsing: text)
        } catch {
            #expect(error.description == message)
            #expect(!error.description.contains("\n"))
        }
    }
}

/// Rules from the `[layout]` table of `converge.toml`, which gives glob and folder apart.
@Suite struct LayoutRuleConfigTests {
    @Test func globAndFolderApart() throws {
        let rule = try LayoutRule(glob: "enhanced_*.py", folder: "enhanced_modules/")
        #expect(rule == (try LayoutRule(parsing: "enhanced_*.py=enhanced_modules/")))
        #expect(throws: LayoutRuleError(text: "a.py=../x", reason: "the folder '../x' has a '..' part; it must stay inside the package")) {
            try LayoutRule(glob: "a.py", folder: "../x")
        }
    }
}
