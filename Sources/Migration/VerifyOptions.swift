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
    /// The files whose own text is checked (tokenizing, conflict markers); nil checks
    /// every one. After an apply these are the files it wrote: a file it never touched
    /// cannot have got markers or a syntax error from it, so such a problem is old and
    /// not the migration's. Imports, names and old names are checked everywhere, since
    /// moving modules can break a file the apply did not write.
    public var writtenFiles: Set<String>?

    public init(oldModules: [ModuleName] = [], keptOldNames: Set<String> = [], writtenFiles: Set<String>? = nil) {
        self.oldModules = oldModules
        self.keptOldNames = keptOldNames
        self.writtenFiles = writtenFiles
    }
}
