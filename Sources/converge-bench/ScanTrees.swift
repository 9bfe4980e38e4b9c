import Foundation

/// The project the scan row works on, under `<inputs>/scan-trees/proj/`, made once and
/// reused (a scan only reads):
///
/// - `pkg_old/corpus/` (SOURCE): copies of the packages `ScanPackages` chose, side by side;
/// - `pkg_new/corpus/` (TARGET): the same copy with 5% of its files changed, added or
///   removed (`ScanTreeEdits`, seeded, so every run and machine gets the same trees);
/// - `app/`: a few modules outside the trees that import the old name, so the rewrite
///   planning has references to find and `grep` has lines to print.
///
/// Both packages are named from the project root, so the scan plans the rewrites of
/// `pkg_old.corpus` → `pkg_new.corpus`. `__pycache__` is left out of the copies.
struct ScanTrees {
    static let oldName = "pkg_old.corpus"
    static let newName = "pkg_new.corpus"
    static let appModules = 12
    /// Changes when the way the trees are made changes, so an old cache is made again.
    private static let recipe = "scan-trees 1"

    let folder: String
    let packages: [(name: String, folder: String)]
    var root: String { folder + "/proj" }
    var source: String { "pkg_old/corpus" }
    var target: String { "pkg_new/corpus" }
    private var stamp: String { folder + "/proj.stamp" }
    private var stampText: String { ([Self.recipe] + packages.map(\.folder)).joined(separator: "\n") + "\n" }

    init(inputsFolder: String, packages: [(name: String, folder: String)]) {
        folder = inputsFolder + "/scan-trees"
        self.packages = packages
    }

    /// Makes the project unless a complete one from the same packages and recipe exists
    /// (the stamp is written last, so an interrupted copy is made again). Returns what
    /// the target's edits were.
    func prepare() throws -> ScanTreeEdits.Summary {
        if (try? String(contentsOfFile: stamp, encoding: .utf8)) == stampText,
           let summary = ScanTreeEdits.Summary(stampFile: stamp + ".edits") {
            return summary
        }
        let manager = FileManager.default
        try? manager.removeItem(atPath: stamp)
        try? manager.removeItem(atPath: root)
        for package in ["pkg_old", "pkg_old/corpus", "pkg_new", "app"] {
            try manager.createDirectory(atPath: root + "/" + package, withIntermediateDirectories: true)
            _ = manager.createFile(atPath: "\(root)/\(package)/__init__.py", contents: Data())
        }
        for package in packages {
            try MoveTrees.copyTree(package.folder, to: "\(root)/\(source)/\(package.name)")
        }
        try MoveTrees.removeBytecode(under: root + "/" + source)
        try MoveTrees.copyTree(root + "/" + source, to: root + "/" + target)
        var edits = ScanTreeEdits(target: root + "/" + target)
        let summary = try edits.apply()
        try writeAppModules()
        try summary.write(to: stamp + ".edits")
        try stampText.write(toFile: stamp, atomically: true, encoding: .utf8)
        return summary
    }

    /// `app/view_NN.py`: imports of the old name in the forms a codebase has them.
    private func writeAppModules() throws {
        let names = packages.map(\.name)
        for index in 0..<Self.appModules {
            let package = names[index % names.count]
            let text = """
                \"\"\"A module outside the trees that uses them (made by converge-bench).\"\"\"
                import \(Self.oldName).\(package)
                from \(Self.oldName) import \(package) as pkg_\(index)
                from \(Self.oldName).\(package) import __name__ as name_\(index)


                def describe():
                    return (\(Self.oldName).\(package).__name__, pkg_\(index).__name__, name_\(index))

                """
            try text.write(toFile: "\(root)/app/view_\(String(format: "%02d", index)).py", atomically: false, encoding: .utf8)
        }
    }
}
