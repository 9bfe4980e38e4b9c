import ConvergeTestSupport
import Foundation
import Migration
import PythonSource
import Testing

/// Combines the real `__init__.py` files of the machine's Python standard library with
/// each other: nothing crashes, clean results still compile and bind every top-level
/// name either version binds, and combining again changes nothing.
@Suite struct InitCombinerRealCodeTests {
    @Test func standardLibraryInitFilesCombine() throws {
        let stdlib = try Subprocess.run("python3", ["-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"])
            .stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
        let folders = try FileManager.default.contentsOfDirectory(atPath: stdlib).sorted()
        let files = folders.compactMap { FileManager.default.contents(atPath: "\(stdlib)/\($0)/__init__.py").map { [UInt8]($0) } }
        try #require(files.count > 10)
        let combiner = InitCombiner(package: "pkg", moves: ModuleMoves([]))
        let output = try TemporaryFolder()
        var written: [String] = []
        for (index, target) in files.enumerated() {
            let source = files[(index + 1) % files.count]
            let combined = combiner.combine(target: target, source: source)
            guard combined.isClean else { continue }
            let text = String(decoding: combined.bytes, as: UTF8.self)
            for again in [combined.bytes, target, source] {
                #expect(String(decoding: combiner.combine(target: combined.bytes, source: again).bytes, as: UTF8.self) == text)
            }
            written.append(try output.write("target\(index).py", target))
            written.append(try output.write("source\(index).py", source))
            written.append(try output.write("combined\(index).py", combined.bytes))
        }
        try #require(written.count >= 3 * 10)
        let script = """
            import ast, sys
            def names(path):
                tree = ast.parse(open(path, 'rb').read())
                found = set()
                for node in tree.body:
                    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                        found.add(node.name)
                    elif isinstance(node, (ast.Import, ast.ImportFrom)):
                        found.update(a.asname or a.name.split('.')[0] for a in node.names)
                    elif isinstance(node, ast.Assign):
                        found.update(t.id for t in node.targets if isinstance(t, ast.Name))
                return found
            files = sys.argv[1:]
            for target, source, combined in zip(files[0::3], files[1::3], files[2::3]):
                lost = (names(target) | names(source)) - names(combined)
                if lost: print(combined, "lost", sorted(lost))
            """
        let result = try Subprocess.run("python3", ["-c", script] + written)
        #expect(result.status == 0, "\(result.stderrText)")
        #expect(result.stdoutText == "")
    }
}
