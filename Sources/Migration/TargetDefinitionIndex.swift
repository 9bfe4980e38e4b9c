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

    /// Indexes every `.py` file of `files` (relative path → bytes).
    public init(files: [String: [UInt8]]) {
        for path in files.keys.sorted() { add(path: path, bytes: files[path]!) }
    }

    /// Adds one target file; anything that is not a Python module is ignored, so a
    /// caller may hand in every file it reads. Add files in path order for results that
    /// do not depend on the order of a listing.
    public mutating func add(path: String, bytes: [UInt8]) {
        guard path.hasSuffix(".py"), PythonModuleRole(path: path) != .test, PythonModuleRole(path: path) != .main,
              let (name, _) = try? ModuleLocation.moduleName(ofRelativePath: path) else { return }
        let definitions = ModuleDefinitions(SourceAnalysis(bytes: bytes))
        let index = modules.count
        modules.append(Module(path: path, name: name, defined: definitions.defined, bound: definitions.bound))
        for defined in definitions.defined { modulesDefining[defined, default: []].append(index) }
    }

    /// How many target modules the index holds.
    public var count: Int { modules.count }
}
