import PythonSource

/// What `converge verify` checks beyond the project's own consistency: the old names
/// of moved modules, the references to them the user chose to keep, and which files
/// the apply step wrote.
public struct VerifyOptions: Sendable {
    /// The old names of moved modules: any import or dotted string still naming one
    /// (or a module inside one) is reported.
    public var oldModules: [ModuleName]
    /// `path:line` of old-name references left on purpose (rejected proposals): listed
    /// in the report, not counted as failures.
    public var keptOldNames: Set<String>
    /// The Python files whose tokenizing is checked; nil checks every one. The apply
    /// step passes the files it wrote, so a file the user never touched is not blamed.
    public var writtenFiles: Set<String>?

    public init(oldModules: [ModuleName] = [], keptOldNames: Set<String> = [], writtenFiles: Set<String>? = nil) {
        self.oldModules = oldModules
        self.keptOldNames = keptOldNames
        self.writtenFiles = writtenFiles
    }
}
