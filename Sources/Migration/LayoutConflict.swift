/// A layout rule that cannot be carried out as written: the plan reports it instead of
/// overwriting a file. A plan with conflicts must not be applied; the user changes the
/// rules.
public enum LayoutConflict: Hashable, Sendable, CustomStringConvertible {
    /// Two or more paths would land on the same destination (`a/x.py` and `b/x.py`
    /// under `**/x.py=c/`).
    case sameDestination(destination: String, from: [String])
    /// A path would land on a file that stays where it is.
    case destinationExists(destination: String, from: String)
    /// After the moves a module and a package share a name (`utils.py` beside `utils/`):
    /// Python imports the package, so the module can no longer be imported.
    case moduleBesidePackage(module: String, package: String)
    /// After the moves two paths differ only in case (`Comprehensive_Greeks.py` and
    /// `comprehensive_greeks.py`): on a case-insensitive file system (macOS, Windows)
    /// one overwrites the other (spec case 37).
    case caseClash(paths: [String])

    public var description: String {
        switch self {
        case let .sameDestination(destination, from):
            "\(destination): layout rules move \(from.joined(separator: " and ")) here; change a rule so each path gets its own place"
        case let .destinationExists(destination, from):
            "\(destination): already exists, so a layout rule cannot move \(from) here; change the rule or rename one of them"
        case let .moduleBesidePackage(module, package):
            "\(module): after the layout rules the folder \(package)/ sits beside it, and Python would import the folder instead; change the rule's folder"
        case let .caseClash(paths):
            "\(paths[0]): after the layout rules \(paths.joined(separator: " and ")) differ only in case, and one would overwrite the other on a case-insensitive file system; rename one"
        }
    }
}
