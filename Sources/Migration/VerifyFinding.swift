/// One thing `converge verify` found wrong: where, which check, and what, in the
/// `path:line: what` form every failure is reported in.
public struct VerifyFinding: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The checks of step 7, static and dynamic, named as the JSON report names them.
    public enum Check: String, Sendable, CaseIterable {
        /// An import of a project module that names no file or package.
        case unresolvedImport = "unresolved-import"
        /// `from M import name` where M neither defines, imports nor lists `name`.
        case missingName = "missing-name"
        /// A `<<<<<<<` … `=======` … `>>>>>>>` block left in a file.
        case conflictMarkers = "conflict-markers"
        /// A moved module still named by its old name.
        case oldName = "old-name"
        /// A Python file the tokenizer cannot read cleanly.
        case tokenize
        /// `python3 -m compileall` rejected a file.
        case compile
        /// A module raised (or hung) when imported.
        case importFailure = "import"
        /// `pytest` reported a failure.
        case pytest
    }

    /// The file relative to the root (or as the tool printed it); empty when the
    /// failure belongs to no file.
    public var path: String
    /// The line (from 1); 0 when unknown.
    public var line: Int
    public var check: Check
    public var message: String

    public init(path: String, line: Int, check: Check, message: String) {
        self.path = path
        self.line = line
        self.check = check
        self.message = message
    }

    /// `path:line: message`.
    public var description: String { "\(path):\(line): \(message)" }

    /// By path, line, then check: the order of a report.
    public static func < (left: VerifyFinding, right: VerifyFinding) -> Bool {
        (left.path, left.line, left.check.rawValue, left.message) < (right.path, right.line, right.check.rawValue, right.message)
    }
}
