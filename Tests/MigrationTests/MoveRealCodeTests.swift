import ConvergeTestSupport
import Foundation
import Migration
import PythonSource
import Testing

/// A real package moved with the built `converge move`: the standard library's
/// `email` (absolute imports of itself, `import email.x` with dotted uses, relative
/// imports, a subpackage) is copied into a temporary root, moved under a new parent
/// package, and every module must then import from the new place without anything
/// loading under the old name.
@Suite struct MoveRealCodeTests {
    static let packages = ["email", "json"]

    @Test(arguments: packages)
    func standardLibraryPackageImportsFromItsNewPlace(_ package: String) throws {
        let python = try Subprocess.run("python3", ["-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"])
        let stdlib = python.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
        let root = try TemporaryFolder("converge-real")
        let copy = try Subprocess.run("cp", ["-R", "\(stdlib)/\(package)", root.file(package)])
        #expect(copy.status == 0)
        let move = try Subprocess.converge(["move", "--root", root.path, package, "vendored.\(package)"])
        #expect(move.status == 0, "\(move.stderrText)")
        #expect(!FileManager.default.fileExists(atPath: root.file(package)))
        let check = try Subprocess.run("python3", ["-I", "-c", Self.importEverything(package)], directory: root.path)
        #expect(check.status == 0, "\(check.stderrText)")
        #expect(check.stdoutText.hasPrefix("imported "), "\(check.stdoutText)")
        let files = try ProjectFiles.read(root: root.path)
        let again = RewritePlanner(files: files.python, otherFiles: files.others,
                                   moves: ModuleMoves([ModuleMove(old: ModuleName(package), new: ModuleName("vendored.\(package)"))]))
            .proposals().filter(\.isAcceptedByDefault)
        #expect(again.isEmpty, "a second run proposes \(again.prefix(5).map { "\($0.path):\($0.line) \($0.before) → \($0.after)" })")
    }

    /// Python that imports every module under `vendored.<package>` (the root first on
    /// `sys.path`, isolated from the user's site) and fails when any module was loaded
    /// under the old name.
    static func importEverything(_ package: String) -> String {
        """
        import importlib, os, pkgutil, sys
        sys.path.insert(0, os.getcwd())
        import vendored.\(package) as moved
        names = [m.name for m in pkgutil.walk_packages(moved.__path__, "vendored.\(package).")]
        for name in names:
            if name.endswith("__main__"): continue
            importlib.import_module(name)
        old = [n for n in sys.modules if n == "\(package)" or n.startswith("\(package).")]
        assert not old, "imported under the old name: %s" % old
        outside = [n for n in names if not sys.modules[n].__file__.startswith(os.getcwd())]
        assert not outside, outside
        print("imported", len(names) + 1)
        """
    }
}
