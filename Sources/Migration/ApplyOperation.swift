/// One step of an apply, with a path relative to the project root. Each one is
/// idempotent (a write of known bytes, a folder made if missing, a file removed if
/// there), so an apply killed half way is finished by doing again what is not done.
public struct ApplyOperation: Hashable, Sendable, CustomStringConvertible {
    public enum Action: Hashable, Sendable {
        case makeFolder
        /// The file's new bytes and permission bits.
        case write(bytes: [UInt8], mode: UInt32)
        /// Removes a file a layout rule moved away (its bytes are written at the new place first).
        case remove
    }

    /// Why the operation is there, in the words `--dry-run` prints.
    public enum Reason: String, Hashable, Sendable, Codable {
        case mkdir
        case copy
        case mergeWrite = "merge-write"
        case rewrite
        case newInit = "new __init__.py"
        case move = "move by layout rule"
        case remove
    }

    public let path: String
    public let action: Action
    public let reason: Reason
    /// For a copy or a move: where the bytes come from (root-relative).
    public let origin: String?

    public init(path: String, action: Action, reason: Reason, origin: String? = nil) {
        self.path = path
        self.action = action
        self.reason = reason
        self.origin = origin
    }

    /// `copy a/x.py → b/x.py`, `rewrite server/app.py (3 rewrites)` style line for `--dry-run`.
    public var description: String {
        if let origin, origin != path { return "\(reason.rawValue) \(origin) → \(path)" }
        return "\(reason.rawValue) \(path)"
    }
}
