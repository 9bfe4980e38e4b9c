/// The exclude patterns of a scan, in order: the defaults, then a `.convergeignore`,
/// then `--exclude` globs, so that later ones win (a `!` line can re-include what a
/// default excluded), as in a gitignore file.
///
/// Patterns count from the roots of SOURCE and TARGET: `/build` excludes `build` at
/// the top of either tree.
public struct ExcludeRules: Sendable, Hashable {
    public let patterns: [ExcludePattern]

    /// Caches, version control and editor leftovers: never part of a package.
    public static let defaultLines = ["__pycache__/", "*.pyc", "*.pyo", ".git/", ".DS_Store", "*~", "*.swp"]

    public init(patterns: [ExcludePattern]) {
        self.patterns = patterns
    }

    /// The defaults, then the lines of an ignore file's text, then the globs given on the command line.
    public init(ignoreFile: String = "", globs: [String] = [], defaults: Bool = true) {
        let lines = (defaults ? Self.defaultLines : [])
            + ignoreFile.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + globs
        self.init(patterns: lines.compactMap(ExcludePattern.init))
    }

    /// Whether `path` is excluded: the last pattern that matches decides.
    public func excludes(_ path: String, isFolder: Bool) -> Bool {
        guard !patterns.isEmpty else { return false }
        // Patterns without a `/` (all the defaults) look at the last name only.
        let names = patterns.contains(where: \.isAnchored)
            ? ExcludePattern.names(of: path) : ExcludePattern.lastName(of: path).map { [$0] } ?? []
        for pattern in patterns.reversed() where pattern.matches(names: names, isFolder: isFolder) {
            return !pattern.isNegated
        }
        return false
    }
}
