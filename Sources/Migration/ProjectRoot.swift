/// The folder module names count from when the user gives no `--root`.
///
/// In a git work tree that is its top level, where a Python project keeps its code and
/// configuration. Outside git it is the folder that holds SOURCE's outermost package:
/// `backtester_v2/market_regime` inside the package `backtester_v2` gives the folder
/// holding `backtester_v2`, so `backtester_v2.market_regime` is the module name.
public enum ProjectRoot {
    /// The real path of the project root for `source`: the git top level holding it, else
    /// the parent of the topmost folder in the unbroken run of packages (folders with
    /// `__init__.py`) from `source` upwards. A `source` that is no package itself counts
    /// as a top-level one (its parent is the root). A path that does not exist is used as given.
    public static func find(source: String) -> String {
        if let tree = GitWorkTree.containing(source) { return tree.top }
        let start = DiskPath.real(source) ?? source
        var outermost = start
        var folder = start
        while DiskPath.kind(of: folder + "/__init__.py") == .file {
            outermost = folder
            let parent = DiskPath.parent(of: folder)
            if parent == folder { break }
            folder = parent
        }
        return DiskPath.parent(of: outermost)
    }
}
