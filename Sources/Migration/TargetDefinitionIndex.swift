import DiffCore
import PythonSource

/// Which target modules define which names, built once so that finding the home of a
/// source module's definitions costs one look-up per name, not one comparison per pair
/// of modules (target trees have thousands of files).
///
/// Only ordinary modules and package `__init__.py` files can be a home; test modules and
/// `__main__.py` are left out, and so are files whose path names no module.
public struct TargetDefinitionIndex: Sendable {
    struct Module: Sendable {
        /// Relative to the target package folder.
        let path: String
        /// Relative to the target package (`regime_detection`, `detectors` for `detectors/__init__.py`).
        let name: ModuleName
        let defined: Set<String>
        let bound: Set<String>
    }

    private(set) var modules: [Module] = []
    /// Public name → the modules (indices into `modules`) that define it, not by an import.
    private(set) var modulesDefining: [String: [Int]] = [:]

    public init() {}

    /// Indexes every `.py` file of `files` (relative path → bytes), analysing them on two
    /// threads when `concurrency` allows; the index is the same either way.
    public init(files: [String: [UInt8]], concurrency: Concurrency = .sequential) {
        let paths = files.keys.sorted()
        for module in concurrency.map(paths, { Self.module(path: $0, bytes: files[$0]!) }) {
            if let module { append(module) }
        }
    }

    /// Adds one target file; anything that is not a Python module is ignored, so a
    /// caller may hand in every file it reads. Add files in path order for results that
    /// do not depend on the order of a listing.
    public mutating func add(path: String, bytes: [UInt8]) {
        if let module = Self.module(path: path, bytes: bytes) { append(module) }
    }

    /// The entry for one file, or nil when it cannot be a home. Dotted-name strings are
    /// not looked for: definitions never need them, and they are a fifth of the analysis.
    private static func module(path: String, bytes: [UInt8]) -> Module? {
        guard path.hasSuffix(".py"), PythonModuleRole(path: path) != .test, PythonModuleRole(path: path) != .main,
              let (name, _) = try? ModuleLocation.moduleName(ofRelativePath: path) else { return nil }
        let analysis = SourceAnalysis(PythonTokenizer.tokenize(bytes), findingDottedNameStrings: false)
        let definitions = ModuleDefinitions(analysis)
        return Module(path: path, name: name, defined: definitions.defined, bound: definitions.bound)
    }

    private mutating func append(_ module: Module) {
        let index = modules.count
        modules.append(module)
        for defined in module.defined { modulesDefining[defined, default: []].append(index) }
    }

    /// How many target modules the index holds.
    public var count: Int { modules.count }
}
