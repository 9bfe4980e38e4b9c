/// What a Python file is for, judged by its name: the moved-module check looks only at
/// ordinary modules, because the others are not imported for their definitions.
enum PythonModuleRole: Sendable {
    /// A package's `__init__.py`: it belongs to its folder, never moved on its own.
    case packageInit
    /// `__main__.py`: run, not imported.
    case main
    /// `test_*.py`, `*_test.py`, `conftest.py`: found by pytest by name, so a test module
    /// of the source is its own thing even when the target has tests of the same names.
    case test
    case ordinary

    /// The role of the file at `path` (relative, `/`-separated).
    init(path: String) {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        let stem = file.hasSuffix(".pyi") ? file.dropLast(4) : file.hasSuffix(".py") ? file.dropLast(3) : Substring(file)
        switch stem {
        case "__init__": self = .packageInit
        case "__main__": self = .main
        case "conftest": self = .test
        default: self = stem.hasPrefix("test_") || stem.hasSuffix("_test") ? .test : .ordinary
        }
    }
}
