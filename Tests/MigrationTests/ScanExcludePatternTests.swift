import Migration
import Testing

/// The gitignore subset of `.convergeignore` and `--exclude`, one row per rule of
/// gitignore(5) that converge implements.
@Suite struct ScanExcludePatternTests {
    struct Row: Sendable, CustomStringConvertible {
        var pattern: String
        var path: String
        var isFolder = false
        var matches: Bool
        var description: String { "\(pattern) ~ \(path)\(isFolder ? "/" : "")" }
    }

    static let rows: [Row] = [
        Row(pattern: "*.pyc", path: "a.pyc", matches: true),
        Row(pattern: "*.pyc", path: "deep/er/a.pyc", matches: true),
        Row(pattern: "*.pyc", path: "a.pyc.txt", matches: false),
        Row(pattern: "?.py", path: "x/a.py", matches: true),
        Row(pattern: "?.py", path: "ab.py", matches: false),
        Row(pattern: "*~", path: "notes.txt~", matches: true),
        Row(pattern: "[ab].py", path: "b.py", matches: true),
        Row(pattern: "[ab].py", path: "c.py", matches: false),
        Row(pattern: "[!ab].py", path: "c.py", matches: true),
        Row(pattern: "[a-c]x", path: "bx", matches: true),
        Row(pattern: "build/", path: "build", isFolder: true, matches: true),
        Row(pattern: "build/", path: "build", isFolder: false, matches: false),
        Row(pattern: "build/", path: "src/build", isFolder: true, matches: true),
        Row(pattern: "/build", path: "build", matches: true),
        Row(pattern: "/build", path: "src/build", matches: false),
        Row(pattern: "docs/*.md", path: "docs/a.md", matches: true),
        Row(pattern: "docs/*.md", path: "docs/sub/a.md", matches: false),
        Row(pattern: "docs/*.md", path: "x/docs/a.md", matches: false),
        Row(pattern: "**/cache", path: "cache", isFolder: true, matches: true),
        Row(pattern: "**/cache", path: "a/b/cache", isFolder: true, matches: true),
        Row(pattern: "a/**/b", path: "a/b", matches: true),
        Row(pattern: "a/**/b", path: "a/x/y/b", matches: true),
        Row(pattern: "a/**/b", path: "a/x/c", matches: false),
        Row(pattern: "a/**", path: "a/x/y", matches: true),
        Row(pattern: "a/**", path: "a", isFolder: true, matches: false),
        Row(pattern: "*", path: "any/thing", matches: true),
        Row(pattern: "a*b", path: "a/b", matches: false),
        Row(pattern: "\\#x", path: "#x", matches: true),
    ]

    @Test(arguments: rows) func patternMatchesLikeGit(_ row: Row) throws {
        let pattern = try #require(ExcludePattern(row.pattern))
        #expect(pattern.matches(row.path, isFolder: row.isFolder) == row.matches)
    }

    @Test func blankLinesAndCommentsAreNoPatterns() {
        #expect(ExcludePattern("") == nil)
        #expect(ExcludePattern("   ") == nil)
        #expect(ExcludePattern("# a comment") == nil)
    }

    @Test func defaultsExcludeCachesAndEditorLeftovers() {
        let rules = ExcludeRules()
        #expect(rules.excludes("pkg/__pycache__", isFolder: true))
        #expect(!rules.excludes("pkg/__pycache__", isFolder: false))
        #expect(rules.excludes(".git", isFolder: true))
        for path in ["a.pyc", "b/c.pyo", ".DS_Store", "x.py~", ".x.py.swp"] {
            #expect(rules.excludes(path, isFolder: false), "\(path)")
        }
        #expect(!rules.excludes("pkg/module.py", isFolder: false))
    }

    @Test func laterPatternsWinAndNegationReincludes() {
        let rules = ExcludeRules(ignoreFile: "# generated\n*.log\n!keep.log\n", globs: ["!*.pyc", "data/"])
        #expect(rules.excludes("a/run.log", isFolder: false))
        #expect(!rules.excludes("a/keep.log", isFolder: false))
        #expect(!rules.excludes("m.pyc", isFolder: false))
        #expect(rules.excludes("data", isFolder: true))
        #expect(!ExcludeRules(globs: ["!keep.log"]).excludes("x.py", isFolder: false))
    }
}
