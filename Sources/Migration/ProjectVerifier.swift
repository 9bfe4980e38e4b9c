import DiffCore
import PythonSource

/// The static checks of step 7 over a project's files, without touching the disk:
/// imports of project modules resolve, `from M import name` finds `name`, no conflict
/// markers are left, no moved module is named by its old name (except where the user
/// kept it), and every Python file tokenizes.
///
/// Each file is tokenized and analysed once, and the module index and every module's
/// namespace are built once, so a check over sympy's 1,500 files reads each only once;
/// the analyses and the per-file checks are split over two threads when `concurrency`
/// allows.
public struct ProjectVerifier: Sendable {
    let files: ProjectFiles
    let options: VerifyOptions
    let index: ProjectModuleIndex
    /// Path → analysis, for every Python file.
    let analyses: [String: SourceAnalysis]
    /// Module → what `from module import …` can take from it (modules with a source only).
    let namespaces: [ModuleName: ModuleNamespace]
    let concurrency: Concurrency

    public init(files: ProjectFiles, options: VerifyOptions = VerifyOptions(), concurrency: Concurrency = .sequential) {
        self.files = files
        self.options = options
        self.concurrency = concurrency
        index = ProjectModuleIndex(files)
        let paths = Array(files.python.keys)
        let analysed = concurrency.map(paths) { path in
            let analysis = SourceAnalysis(PythonTokenizer.tokenize(files.python[path]!),
                                          findingDottedNameStrings: !options.oldModules.isEmpty)
            var namespace = ModuleNamespace()
            namespace.add(analysis, isStub: path.hasSuffix(".pyi"))
            return (analysis, namespace)
        }
        var analyses: [String: SourceAnalysis] = [:]
        var namespaces: [ModuleName: ModuleNamespace] = [:]
        for (path, (analysis, namespace)) in zip(paths, analysed) {
            analyses[path] = analysis
            guard let location = index.location(ofPath: path) else { continue }
            namespaces[location.name, default: ModuleNamespace()].add(namespace)
            if location.isPackage { namespaces[location.name.appending("__init__"), default: ModuleNamespace()].add(namespace) }
        }
        self.analyses = analyses
        self.namespaces = namespaces
    }

    /// Runs every static check.
    public func verify() -> VerifyReport {
        let paths = analyses.keys.sorted()
        let perFile = concurrency.map(paths) { path in
            let (left, kept) = oldNameFindings(path)
            let markers = options.writtenFiles?.contains(path) ?? true ? markerFindings(path, files.python[path]!) : []
            return (importFindings(path) + tokenizeFindings(path) + left + markers, kept)
        }
        var findings = perFile.flatMap(\.0)
        var kept = perFile.flatMap(\.1)
        for (path, bytes) in files.others {
            let (left, allowed) = options.oldModules.isEmpty ? ([], []) : oldNameFindings(inText: bytes, path: path)
            findings += left + (options.writtenFiles?.contains(path) ?? true ? markerFindings(path, bytes) : [])
            kept += allowed
        }
        return VerifyReport(findings: findings, kept: kept)
    }

    /// The conflict blocks left in one file.
    func markerFindings(_ path: String, _ bytes: [UInt8]) -> [VerifyFinding] {
        ConflictMarkerFinder.blocks(in: bytes).map {
            VerifyFinding(path: path, line: $0.start, check: .conflictMarkers,
                          message: "conflict markers left (<<<<<<< here, ======= at line \($0.separator), >>>>>>> at line \($0.end))")
        }
    }

    /// The tokenizer's problems in a Python file the options ask to check.
    func tokenizeFindings(_ path: String) -> [VerifyFinding] {
        guard options.writtenFiles?.contains(path) ?? true, let analysis = analyses[path] else { return [] }
        return analysis.problems.map {
            VerifyFinding(path: path, line: $0.line, check: .tokenize, message: "does not tokenize: \($0.message)")
        }
    }
}
