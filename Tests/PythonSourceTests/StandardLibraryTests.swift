import ConvergeTestSupport
import Foundation
import PythonSource
import Testing

/// Real code: every `.py` file of the machine's Python standard library must tokenize
/// back to its exact bytes, and for a sample the import statements found must match
/// Python's own `ast`.
@Suite struct StandardLibraryTests {
    static let library: String? = {
        let asked = try? Subprocess.run(
            "python3", ["-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"])
        let path = asked.flatMap { $0.status == 0 ? $0.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines) : nil }
        for candidate in [path, "/usr/lib/python3.11"].compactMap({ $0 })
        where FileManager.default.fileExists(atPath: candidate) {
            return candidate
        }
        return nil
    }()

    /// The library's Python files in a stable order, third-party packages left out.
    static let files: [String] = {
        guard let library, let walker = FileManager.default.enumerator(atPath: library) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasPrefix("site-packages") || relative.hasPrefix("dist-packages") {
                walker.skipDescendants()
            } else if relative.hasSuffix(".py") {
                found.append(library + "/" + relative)
            }
        }
        return found.sorted()
    }()

    @Test(.enabled(if: library != nil)) func everyFileRoundTrips() async throws {
        let files = Self.files
        #expect(files.count > 500)
        let failures = await withTaskGroup(of: [String].self) { group in
            for part in 0..<2 {
                group.addTask {
                    var failed: [String] = []
                    for index in stride(from: part, to: files.count, by: 2) {
                        guard let data = FileManager.default.contents(atPath: files[index]) else { continue }
                        let bytes = [UInt8](data)
                        let source = PythonTokenizer.tokenize(bytes)
                        if !TokenAssertions.coversEveryByte(source) { failed.append(files[index]) }
                    }
                    return failed
                }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    /// Prints, for each file path read from standard input, the imports Python's `ast`
    /// finds, in source order, as `line:from ..module` or `line:import a.b,c`.
    static let astScript = """
        import ast, sys
        def plain_names(target):
            if isinstance(target, ast.Name):
                return [target.id]
            if isinstance(target, (ast.Tuple, ast.List)):
                parts = [plain_names(element) for element in target.elts]
                return [] if [] in parts else sum(parts, [])
            return []
        for path in sys.stdin.read().split("\\n"):
            if not path:
                continue
            try:
                with open(path, "rb") as handle:
                    tree = ast.parse(handle.read())
            except (SyntaxError, ValueError):
                print(path + "\\tSKIP")
                continue
            found = []
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    found.append((node.lineno, node.col_offset, "import " + ",".join(a.name for a in node.names)))
                elif isinstance(node, ast.ImportFrom):
                    found.append((node.lineno, node.col_offset, "from " + "." * node.level + (node.module or "")))
            defined = []
            for node in tree.body:
                first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    defined.append("%s@%d-%d" % (node.name, first, node.end_lineno))
                elif isinstance(node, ast.Assign):
                    for target in node.targets:
                        defined += ["%s=%d" % (name, node.lineno) for name in plain_names(target)]
                elif isinstance(node, ast.AnnAssign) and node.value and isinstance(node.target, ast.Name):
                    defined.append("%s=%d" % (node.target.id, node.lineno))
            print(path + "\\t" + "|".join("%d:%s" % (line, text) for line, _, text in sorted(found))
                  + "\\t" + "|".join(defined))
        """

    /// The same listing from `SourceAnalysis`.
    static func listing(_ analysis: SourceAnalysis) -> String {
        analysis.imports.map { statement in
            let text = statement.kind == .from
                ? "from " + statement.fromText
                : "import " + statement.names.map(\.name.text).joined(separator: ",")
            return "\(statement.line):\(text)"
        }.joined(separator: "|")
    }

    /// Top-level definitions as the script lists them: `name@first-last` for functions
    /// and classes, `name=line` for assigned names.
    static func definitions(_ analysis: SourceAnalysis) -> String {
        analysis.definitions.compactMap { definition in
            switch definition.kind {
            case .function, .asyncFunction, .class:
                definition.isConditional ? nil : "\(definition.name)@\(definition.lines.lowerBound)-\(definition.lines.upperBound)"
            case .assignment:
                definition.isConditional ? nil : "\(definition.name)=\(definition.lines.lowerBound)"
            case .import:
                nil
            }
        }.joined(separator: "|")
    }

    @Test(.enabled(if: library != nil)) func importsMatchPythonsAST() throws {
        let sample = stride(from: 0, to: Self.files.count, by: max(1, Self.files.count / 200)).map { Self.files[$0] }
        let result = try Subprocess.run("python3", ["-c", Self.astScript], stdin: Array(sample.joined(separator: "\n").utf8))
        #expect(result.status == 0, "\(result.stderrText)")
        var compared = 0, statements = 0
        for row in result.stdoutText.split(separator: "\n") {
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3,
                  let data = FileManager.default.contents(atPath: String(fields[0])) else { continue }
            let analysis = SourceAnalysis(bytes: [UInt8](data))
            #expect(Self.listing(analysis) == String(fields[1]), "\(fields[0])")
            #expect(Self.definitions(analysis) == String(fields[2]), "\(fields[0])")
            #expect(analysis.problems.isEmpty, "\(fields[0]): \(analysis.problems.prefix(3))")
            compared += 1
            statements += analysis.imports.count
        }
        #expect(compared > 150)
        #expect(statements > 1_000)
    }
}
