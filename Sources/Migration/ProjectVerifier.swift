import PythonSource

/// The static checks of step 7 over a project's files, without touching the disk:
/// imports of project modules resolve, `from M import name` finds `name`, no conflict
/// markers are left, no moved module is named by its old name (except where the user
/// kept it), and every Python file tokenizes.
///
/// Each file is tokenized and analysed once, and the module index and every module's
/// namespace are built once, so a check over sympy's 1,500 files reads each only once.
public struct ProjectVerifier: Sendable {
    let files: ProjectFiles
    let options: VerifyOptions
    let index: ProjectModuleIndex
    /// Path → analysis, for every Python file.
    let analyses: [String: SourceAnalysis]
    /// Module → what `from module import …` can take from it (modules with a source only).
    let namespaces: [ModuleName: ModuleNamespace]

    public init(files: ProjectFiles, options: VerifyOptions = VerifyOptions()) {
        self.files = files
        self.options = options
        index = ProjectModuleIndex(files)
        var analyses: [String: SourceAnalysis] = [:]
        for (path, bytes) in files.python { analyses[path] = SourceAnalysis(bytes: bytes) }
        self.analyses = analyses
        var namespaces: [ModuleName: ModuleNamespace] = [:]
        for (path, analysis) in analyses {
            guard let location = RewriteLayout.oldLocation(ofPath: path) else { continue }
            namespaces[location.name, default: ModuleNamespace()].add(analysis)
        }
        self.namespaces = namespaces
    }

    /// Runs every static check.
    public func verify() -> VerifyReport {
        var findings: [VerifyFinding] = []
        var kept: [VerifyFinding] = []
        for path in analyses.keys.sorted() {
            findings += importFindings(path)
            findings += tokenizeFindings(path)
            let (left, allowed) = oldNameFindings(path)
            findings += left
            kept += allowed
        }
        for (path, bytes) in files.python.merging(files.others, uniquingKeysWith: { first, _ in first }) {
            findings += ConflictMarkerFinder.blocks(in: bytes).map {
                VerifyFinding(path: path, line: $0.start, check: .conflictMarkers,
                              message: "conflict markers left (<<<<<<< here, ======= at line \($0.separator), >>>>>>> at line \($0.end))")
            }
        }
        for (path, bytes) in files.others {
            let (left, allowed) = oldNameFindings(inText: bytes, path: path)
            findings += left
            kept += allowed
        }
        return VerifyReport(findings: findings, kept: kept)
    }

    /// The tokenizer's problems in a Python file the options ask to check.
    func tokenizeFindings(_ path: String) -> [VerifyFinding] {
        guard options.writtenFiles?.contains(path) ?? true, let analysis = analyses[path] else { return [] }
        return analysis.problems.map {
            VerifyFinding(path: path, line: $0.line, check: .tokenize, message: "does not tokenize: \($0.message)")
        }
    }
}
