import PythonSource

/// One layout rule, `GLOB=FOLDER`: every path of the package that the glob matches moves
/// into the folder (`comprehensive_*.py=comprehensive_modules/`).
///
/// The glob matches paths relative to the package root (the merged target tree), with
/// the glob syntax of `.convergeignore` (`*`, `?`, `[a-z]`, `**`). A glob without `/`
/// matches a name at the top of the package only, not in subfolders: rules are about
/// the package's top-level modules, and a rule that reached into subpackages would also
/// match what an earlier run already moved into FOLDER. Write `**/GLOB` to reach every
/// depth, or `sub/GLOB` for one subfolder. A glob that ends in `/` matches folders only;
/// a glob that matches a folder moves the whole folder, which keeps its name
/// (`legacy_*/=old/` moves `legacy_io/a.py` to `old/legacy_io/a.py`).
public struct LayoutRule: Hashable, Sendable, CustomStringConvertible {
    /// The glob as written, without the leading `/` that the rule implies anyway.
    public let glob: String
    /// The destination folder relative to the package root, without a trailing `/`.
    public let folder: String
    /// The glob's `/`-separated parts; `**` is a part of its own.
    let globParts: [[UInt8]]
    let foldersOnly: Bool
    let folderParts: [String]

    /// Parses `GLOB=FOLDER` (`--layout`), split at the first `=`.
    public init(parsing text: String) throws(LayoutRuleError) {
        guard let equals = text.firstIndex(of: "=") else {
            throw LayoutRuleError(text: text, reason: "a layout rule is GLOB=FOLDER (--layout)")
        }
        try self.init(glob: String(text[..<equals]), folder: String(text[text.index(after: equals)...]))
    }

    /// A rule from its two halves, as a `[layout]` table of `converge.toml` gives them
    /// (`"comprehensive_*.py" = "comprehensive_modules/"`).
    ///
    /// The folder must stay inside the package (no absolute path, no `.` or `..`, no
    /// empty part) and each of its names must be a Python identifier, because modules
    /// moved there must still be importable. A leading `/` on the glob is allowed and
    /// changes nothing: globs always start at the package root.
    public init(glob: String, folder: String) throws(LayoutRuleError) {
        func failure(_ reason: String) -> LayoutRuleError { LayoutRuleError(text: "\(glob)=\(folder)", reason: reason) }
        var glob = Substring(glob)
        var folder = Substring(folder)
        while glob.hasPrefix("/") { glob.removeFirst() }
        guard !glob.isEmpty else { throw failure("the glob before '=' is empty; a layout rule is GLOB=FOLDER") }
        guard !folder.hasPrefix("/") else {
            throw failure("the folder '\(folder)' is absolute; it must be relative to the package root")
        }
        foldersOnly = glob.hasSuffix("/")
        while glob.hasSuffix("/") { glob.removeLast() }
        while folder.hasSuffix("/") { folder.removeLast() }
        guard !folder.isEmpty else { throw failure("the folder after '=' is empty; a layout rule is GLOB=FOLDER") }
        let globNames = glob.split(separator: "/", omittingEmptySubsequences: false)
        if let bad = globNames.first(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            throw failure("the glob '\(glob)' has \(bad.isEmpty ? "an empty part" : "a '\(bad)' part"); globs name paths inside the package")
        }
        let folderNames = folder.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for name in folderNames {
            if name.isEmpty || name == "." || name == ".." {
                throw failure("the folder '\(folder)' has \(name.isEmpty ? "an empty part" : "a '\(name)' part"); it must stay inside the package")
            }
            guard (try? ModuleLocation.moduleName(ofRelativePath: name + ".py")) != nil else {
                throw failure("the folder name '\(name)' is not a Python identifier, so no import could reach modules moved there")
            }
        }
        self.glob = String(glob)
        self.folder = String(folder)
        globParts = globNames.map { Array($0.utf8) }
        folderParts = folderNames
    }

    public var description: String { "\(glob)\(foldersOnly ? "/" : "")=\(folder)/" }

    /// How many leading names of `names` (a path split at `/`) the rule moves: the whole
    /// path for a file it matches, fewer for a folder; nil when it moves nothing.
    ///
    /// Never the destination folder or one of its parents (a folder cannot move into
    /// itself), and never an `__init__` file on its own: it belongs to its folder.
    func matchedCount(of names: [String]) -> Int? {
        let bytes = names.map { Array($0.utf8) }
        for count in bytes.indices.map({ $0 + 1 }) {
            let isFile = count == names.count
            if isFile && (foldersOnly || names[count - 1] == "__init__.py" || names[count - 1] == "__init__.pyi") { continue }
            if count <= folderParts.count && folderParts.starts(with: names.prefix(count)) { continue }
            if ExcludePattern.match(globParts[...], bytes.prefix(count)) { return count }
        }
        return nil
    }

    /// Where the path made of `names` goes when the rule moves its first `count` names.
    func destination(of names: [String], matchedCount count: Int) -> [String] {
        folderParts + names[(count - 1)...]
    }
}
