#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A realistic, deterministic sample of the seed migration, for `converge demo`.
///
/// `backtester_v2/market_regime` (the source, 61 files) and
/// `backtester_v2/strategies/market_regime` (the target, 21 files) in a git repository
/// of four commits: the first holds the common ancestor of the conflicting files at the
/// source path, the second adds the target's copy of them, the third and fourth change
/// the source and the target apart. Every Python file imports and runs, and the tests
/// pass under pytest before the migration.
public enum DemoSample {
    public static let sourcePackage = "backtester_v2/market_regime"
    public static let targetPackage = "backtester_v2/strategies/market_regime"

    /// Package-relative paths present in both packages with different contents.
    public static var conflictFiles: [String] { DemoSampleConflicts.files.keys.sorted() }

    /// Package-relative paths the target's copy took unchanged from the ancestor.
    public static let sharedFiles = ["constants.py", "tests/__init__.py", "utils.py"]

    /// One commit of the sample's history: root-relative path → contents.
    public struct Commit: Sendable, Equatable {
        public var message: String
        public var date: String
        public var files: [String: String]
    }

    /// The history, oldest first. Dates are fixed, so the commit ids are the same on every run.
    public static var commits: [Commit] {
        let source = DemoSampleModules.sourceFiles
        var first = DemoSampleProject.projectFiles
        for (path, text) in source { first["\(sourcePackage)/\(path)"] = text }
        for (path, versions) in DemoSampleConflicts.files { first["\(sourcePackage)/\(path)"] = versions.ancestor }

        var second = ["backtester_v2/strategies/__init__.py": DemoSampleProject.strategiesInit]
        for (path, versions) in DemoSampleConflicts.files { second["\(targetPackage)/\(path)"] = versions.ancestor }
        for path in sharedFiles { second["\(targetPackage)/\(path)"] = source[path] }

        var third: [String: String] = [:]
        for (path, versions) in DemoSampleConflicts.files { third["\(sourcePackage)/\(path)"] = versions.source }

        var fourth: [String: String] = [:]
        for (path, versions) in DemoSampleConflicts.files { fourth["\(targetPackage)/\(path)"] = versions.target }
        for (path, text) in DemoSampleProject.targetOnlyFiles { fourth["\(targetPackage)/\(path)"] = text }

        return [
            Commit(message: "Add market_regime package", date: "2025-01-06T09:00:00+00:00", files: first),
            Commit(message: "Copy market_regime into strategies for the UI integration",
                   date: "2025-02-03T09:00:00+00:00", files: second),
            Commit(message: "market_regime: volatility regime, config validation, more exports",
                   date: "2025-03-03T09:00:00+00:00", files: third),
            Commit(message: "strategies/market_regime: UI bridge, progress and form fields",
                   date: "2025-03-10T09:00:00+00:00", files: fourth),
        ]
    }

    /// How many files each package holds in the final tree.
    public static var sourceFileCount: Int { files.keys.filter { $0.hasPrefix(sourcePackage + "/") }.count }
    public static var targetFileCount: Int { files.keys.filter { $0.hasPrefix(targetPackage + "/") }.count }

    /// The final tree: root-relative path → contents.
    public static var files: [String: String] {
        var result: [String: String] = [:]
        for commit in commits { result.merge(commit.files) { _, new in new } }
        return result
    }

    /// Writes the sample into `folder` (created if missing; it must be empty) and commits
    /// its history with git. Throws `DemoSampleError` for a folder that is not empty or
    /// cannot be written, and when git fails.
    public static func write(into folder: String) throws {
        switch DiskPath.kind(of: folder) {
        case .file:
            throw DemoSampleError("\(folder): not a folder")
        case .folder:
            guard let entries = DemoFiles.entries(folder) else { throw DemoSampleError("\(folder): cannot read the folder") }
            guard entries.isEmpty else { throw DemoSampleError("\(folder): folder is not empty") }
        case .nothing:
            try DemoFiles.makeFolders(folder)
        }
        guard access(folder, W_OK) == 0 else { throw DemoSampleError("\(folder): cannot write here") }

        let git = { (arguments: [String], date: String) in try DemoFiles.git(arguments, in: folder, date: date) }
        let start = commits[0].date
        try git(["init", "-q", "-b", "main"], start)
        try git(["config", "user.name", "Converge Demo"], start)
        try git(["config", "user.email", "demo@converge.invalid"], start)
        try git(["config", "commit.gpgsign", "false"], start)
        for commit in commits {
            for (path, text) in commit.files.sorted(by: { $0.key < $1.key }) {
                let full = folder + "/" + path
                try DemoFiles.makeFolders(DiskPath.parent(of: full))
                try DemoFiles.write(text, to: full)
            }
            try git(["add", "-A"], commit.date)
            try git(["commit", "-q", "-m", commit.message], commit.date)
        }
    }
}

/// Why the demo sample could not be written: one line.
public struct DemoSampleError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
