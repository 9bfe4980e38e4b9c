import Foundation

/// The project the apply row migrates, under `<inputs>/apply-10k/`: `pristine`, made once
/// from a fixed recipe (no randomness, so every machine gets the same tree), and `work`,
/// a fresh `cp -a` copy of it for every timed run (an apply changes the tree).
///
/// - `pkg/legacy/` (SOURCE): 100 subpackages of 99 small modules each, plus their
///   `__init__.py` files and the top one: 10,001 Python files. Each module imports its neighbour
///   relatively; in the subpackages TARGET lacks every tenth also imports the next
///   subpackage's module by absolute name, so the migration has rewrites to plan and place.
/// - `pkg/strategies/legacy/` (TARGET): the first 30 subpackages, already migrated,
///   with every tenth module's value changed:
///   conflicts that `--resolve target` decides.
/// - `app/`: modules outside both trees importing the old name.
struct ApplyTrees {
    static let subpackages = 100
    static let modulesPerSubpackage = 99
    static let targetSubpackages = 30
    static let appModules = 10
    static let source = "pkg/legacy"
    static let target = "pkg/strategies/legacy"
    /// Changes when the recipe changes, so an old cache is made again.
    private static let recipe = "apply-10k 2\n"

    let folder: String
    var pristine: String { folder + "/pristine" }
    var work: String { folder + "/work" }
    private var stamp: String { folder + "/pristine.stamp" }

    init(inputsFolder: String) {
        folder = inputsFolder + "/apply-10k"
    }

    /// Makes `pristine` unless a complete one of this recipe exists (the stamp is written last).
    func prepare() throws {
        if (try? String(contentsOfFile: stamp, encoding: .utf8)) == Self.recipe { return }
        try? FileManager.default.removeItem(atPath: stamp)
        try? FileManager.default.removeItem(atPath: pristine)
        var files: [String: String] = ["pkg/__init__.py": "", "pkg/strategies/__init__.py": "", "app/__init__.py": ""]
        files["\(Self.source)/__init__.py"] = "from .sub000.mod000 import VALUE_000_000\n"
        files["\(Self.target)/__init__.py"] = "from .sub000.mod000 import VALUE_000_000\n"
        for sub in 0..<Self.subpackages {
            let name = "sub" + Self.digits(sub, 3)
            files["\(Self.source)/\(name)/__init__.py"] = "\"\"\"Subpackage \(name).\"\"\"\n"
            if sub < Self.targetSubpackages { files["\(Self.target)/\(name)/__init__.py"] = "\"\"\"Subpackage \(name).\"\"\"\n" }
            for module in 0..<Self.modulesPerSubpackage {
                let path = "\(name)/mod" + Self.digits(module, 3) + ".py"
                files["\(Self.source)/\(path)"] = Self.module(sub: sub, module: module, package: "pkg.legacy", changed: false)
                if sub < Self.targetSubpackages {
                    files["\(Self.target)/\(path)"] = Self.module(sub: sub, module: module, package: "pkg.strategies.legacy",
                                                                 changed: module % 10 == 5)
                }
            }
        }
        for index in 0..<Self.appModules {
            let sub = Self.digits(index * 7 % Self.subpackages, 3)
            files["app/view" + Self.digits(index, 2) + ".py"] = "from pkg.legacy.sub\(sub) import mod001\nimport pkg.legacy.sub\(sub).mod002\n\n"
                + "def show():\n    return mod001.VALUE_\(sub)_001 + pkg.legacy.sub\(sub).mod002.VALUE_\(sub)_002\n"
        }
        for (path, text) in files {
            let full = pristine + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: false, encoding: .utf8)
        }
        try Self.recipe.write(toFile: stamp, atomically: true, encoding: .utf8)
    }

    /// The number of files in SOURCE, for the report.
    static var sourceFiles: Int { 1 + subpackages * (modulesPerSubpackage + 1) }

    /// A fresh `work` copy of `pristine` (not timed); returns its path.
    func freshWork() throws -> String {
        try MoveTrees.copyTree(pristine, to: work)
        return work
    }

    func removeWork() {
        try? FileManager.default.removeItem(atPath: work)
    }

    /// One module, its names unique to it (modules defining the same names would be taken
    /// for moved copies of each other): a relative import of its neighbour, in every tenth
    /// of the subpackages TARGET lacks an absolute import of the next subpackage's module
    /// (spelled from `package`), a value and a function.
    private static func module(sub: Int, module: Int, package: String, changed: Bool) -> String {
        let tag = "\(digits(sub, 3))_\(digits(module, 3))"
        var text = "\"\"\"Module sub\(digits(sub, 3)).mod\(digits(module, 3)) of the synthetic package.\"\"\"\n"
        if module > 0 { text += "from .mod\(digits(module - 1, 3)) import VALUE_\(digits(sub, 3))_\(digits(module - 1, 3)) as PREVIOUS\n" }
        if module % 10 == 3 && sub >= targetSubpackages {
            text += "from \(package).sub\(digits((sub + 1) % subpackages, 3)) import mod\(digits(module, 3)) as neighbour\n"
        }
        text += "\nVALUE_\(tag) = \(sub * 1000 + module)\(changed ? " + 1" : "")\n\n\n"
        text += "def function_\(tag)(x):\n    \"\"\"Adds this module's value.\"\"\"\n    return x + VALUE_\(tag)\n"
        return text
    }

    private static func digits(_ value: Int, _ count: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, count - text.count)) + text
    }
}
