import ConvergeTestSupport
import Foundation
import Migration
import PythonSource
import Testing

/// Combines the `__init__.py` of small generated packages and asks python3 whether the
/// result still imports and exports the union of both versions' `__all__`.
@Suite struct InitCombinerPythonTests {
    static let modules = ["alpha", "beta", "gamma", "delta", "epsilon"]

    /// One generated version of an `__init__.py`: its text and the names its `__all__` lists.
    struct Version {
        var text: String
        var exported: Set<String>
    }

    @Test func combinedPackagesImportAndExportTheUnion() throws {
        let folder = try TemporaryFolder()
        var random = SeededRandom(seed: 3)
        var expected: [String] = []
        for index in 0..<12 {
            let package = "pkg\(index)"
            try FileManager.default.createDirectory(atPath: folder.file(package), withIntermediateDirectories: true)
            for module in Self.modules {
                try folder.write("\(package)/\(module).py", "\(module.uppercased()) = 1\n_\(module) = 2\n")
            }
            let target = version(package, using: &random, crlf: index % 3 == 0)
            let source = version(package, using: &random, crlf: false)
            let combiner = InitCombiner(package: ModuleName(package), moves: ModuleMoves([
                ModuleMove(old: ModuleName("old_\(package)"), new: ModuleName(package)),
            ]))
            let combined = combiner.combine(target: Array(target.text.utf8), source: Array(source.text.utf8))
            #expect(combined.isClean)
            try folder.write("\(package)/__init__.py", combined.bytes)
            for other in [combined.bytes, Array(target.text.utf8), Array(source.text.utf8)] {
                #expect(combiner.combine(target: combined.bytes, source: other).bytes == combined.bytes)
            }
            expected.append(package + " " + target.exported.union(source.exported).sorted().joined(separator: ","))
        }
        let script = """
            import importlib
            for i in range(12):
                p = importlib.import_module(f"pkg{i}")
                exec(f"from pkg{i} import *", {})
                print(p.__name__, ",".join(sorted(p.__all__)))
            """
        let result = try Subprocess.run("python3", ["-c", script], directory: folder.path)
        #expect(result.status == 0, "\(result.stderrText)")
        #expect(result.stdoutText.split(separator: "\n").map(String.init) == expected)
    }

    /// A version importing a random subset of the modules' names, in a random order and
    /// spelling (relative, absolute, old absolute name), with a random `__all__` form.
    private func version(_ package: String, using random: inout SeededRandom, crlf: Bool) -> Version {
        let chosen = Self.modules.filter { _ in Bool.random(using: &random) }.shuffled(using: &random)
        var lines: [String] = []
        for module in chosen {
            let spelling = [".\(module)", "\(package).\(module)", "old_\(package).\(module)"].randomElement(using: &random)!
            lines.append("from \(spelling) import \(module.uppercased())")
        }
        let names = chosen.map { "\"\($0.uppercased())\"" }
        switch Int.random(in: 0..<4, using: &random) {
        case 0: lines.append("__all__ = [\(names.joined(separator: ", "))]")
        case 1: lines.append("__all__ = (\(names.map { $0 + "," }.joined()))")
        case 2: lines.append("__all__ = [\n" + names.map { "    \($0),\n" }.joined() + "]")
        default:
            lines.append("__all__ = []")
            lines += names.map { "__all__.append(\($0))" }
        }
        let ending = crlf ? "\r\n" : "\n"
        let text = lines.joined(separator: "\n").replacingOccurrences(of: "\n", with: ending) + ending
        return Version(text: text, exported: Set(chosen.map { $0.uppercased() }))
    }
}
