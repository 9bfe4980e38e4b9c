import DiffCore
import PythonSource

/// Plans every rewrite a set of moves needs across a project: its Python files, and
/// its config and docs.
///
/// Pure: it takes file contents, not paths to read (`ProjectFiles` reads them), and
/// returns proposals; nothing is written. Each import is resolved to an absolute
/// module in the old layout, mapped through the moves, and written back in its own
/// style from the file's new place, so running the planner again on its result
/// proposes nothing.
///
/// Files are analysed one at a time (on two threads when `concurrency` allows) and
/// each analysis is dropped once its proposals are made; files that cannot name a
/// moved module are not analysed at all (`RewriteFileFilter`).
public struct RewritePlanner: Sendable {
    public let moves: ModuleMoves
    /// The kinds to propose; others are not looked for.
    public let kinds: Set<ProposalKind>
    private let layout: RewriteLayout
    private let files: [String: [UInt8]]
    private let otherFiles: [String: [UInt8]]
    private let concurrency: Concurrency
    private let collectsDoctests: Bool
    /// Whether rewritten relative imports stay relative: the user's choice plus the
    /// project's ruff TID252 ban.
    private let style: RewriteImportStyle

    /// `files`: path relative to the project root → bytes, Python files only (`.py`,
    /// `.pyi`); `otherFiles`: the project's text files that are not Python (config, docs).
    /// `absoluteImports`: accept the optional group that writes escaping relative
    /// imports as absolute ones (spec case 31), instead of keeping their style.
    public init(files: [String: [UInt8]], otherFiles: [String: [UInt8]] = [:], moves: ModuleMoves,
                kinds: Set<ProposalKind> = [.code, .codeString, .config, .flag], absoluteImports: Bool = false,
                concurrency: Concurrency = .sequential) {
        self.otherFiles = otherFiles
        self.concurrency = concurrency
        style = RewriteImportStyle(acceptsAbsolute: absoluteImports, ban: RewriteRuffConfig.ban(in: otherFiles))
        collectsDoctests = Self.collectsDoctests(otherFiles)
        self.moves = moves
        self.kinds = kinds
        let layout = RewriteLayout(paths: files.keys, moves: moves)
        self.layout = layout
        self.files = files
    }

    /// Whether the project's test configuration collects doctests, which makes the
    /// `>>>` lines of docstrings code.
    private static func collectsDoctests(_ otherFiles: [String: [UInt8]]) -> Bool {
        ["pytest.ini", "pyproject.toml", "setup.cfg", "tox.ini"].contains { name in
            otherFiles[name].map { ByteSearch.contains(Array("--doctest-modules".utf8), in: $0) } ?? false
        }
    }

    /// Where each file lives after the moves: the layout the proposals assume.
    public var layoutAfterMoves: RewriteLayout { layout }

    /// Every proposal, by path, then by position in the file.
    public func proposals() -> [Proposal] {
        let strings = RewriteStrings(layout: layout, modules: RewriteModuleDefinitions(files: files, layout: layout))
        let filter = RewriteFileFilter(layout: layout)
        let paths = files.keys.sorted()
        let planned = paths.filter { filter.mayNeedRewrites(path: $0, bytes: files[$0]!) }
        let python = concurrency.map(planned) { path in
            let bytes = files[path]!
            let file = RewriteFile(path: path, bytes: bytes, layout: layout,
                                   findingDottedNameStrings: filter.needsDottedNameStrings(bytes: bytes))
            return (path, proposals(in: file, strings: strings).sorted { $0.range.lowerBound < $1.range.lowerBound })
        }
        let other = RewriteOtherFiles(text: RewriteText(moves: moves), globs: RewriteGlobs(layout: layout, paths: paths))
        let others = concurrency.map(otherFiles.keys.sorted()) { path in
            (path, other.proposals(path: path, bytes: otherFiles[path]!).filter { kinds.contains($0.kind) }
                .sorted { $0.range.lowerBound < $1.range.lowerBound })
        }
        return (python + others).sorted { $0.0 < $1.0 }.flatMap(\.1)
    }

    /// The line each proposal edits, from the files as this planner read them.
    public func lines(of proposals: [Proposal]) -> [ProposalKey: ProposalLine] {
        var result: [ProposalKey: ProposalLine] = [:]
        for proposal in proposals {
            guard let bytes = files[proposal.path] ?? otherFiles[proposal.path],
                  let line = ProposalLine(of: proposal, in: bytes) else { continue }
            result[proposal.key] = line
        }
        return result
    }

    private func proposals(in file: RewriteFile, strings: RewriteStrings) -> [Proposal] {
        var result = kinds.contains(.code) ? codeProposals(in: file, strings: strings) : []
        result += strings.proposals(in: file) + RewriteRelativeStrings(moves: moves).proposals(in: file)
            + RewriteLazyImports(moves: moves).proposals(in: file)
        if kinds.contains(.flag) {
            result += RewriteExportLists(layout: layout).proposals(in: file) + RewriteFileReferences().proposals(in: file)
                + RewriteTaskNames().proposals(in: file) + RewriteDynamicExports(moves: moves).proposals(in: file)
                + RewriteStubTrees(layout: layout).proposals(in: file) + RewriteSecondNames(layout: layout).proposals(in: file)
                + RewritePersistedNames(moves: moves).proposals(in: file)
        }
        result += RewritePythonText(text: RewriteText(moves: moves), strings: strings, collectsDoctests: collectsDoctests)
            .proposals(in: file)
        return RewriteLineLength(file: file).annotate(result.filter { kinds.contains($0.kind) })
    }

    /// Import statements and the dotted uses they make possible; duplicates the
    /// rewrite would create are removed instead.
    private func codeProposals(in file: RewriteFile, strings: RewriteStrings) -> [Proposal] {
        var result: [Proposal] = []
        var roots = Set<String>(), kept = Set<String>(), imported: [ModuleName] = []
        // A statement that could be read only in part is left for the user to fix.
        for statement in file.analysis.imports where statement.problem == nil {
            switch statement.kind {
            case .import:
                let planned = RewriteImportStatement(file: file, moves: moves).proposals(for: statement)
                result += planned.proposals
                kept.formUnion(planned.keptBindings)
                roots.formUnion(statement.names.filter { $0.alias == nil }.map { $0.name.parts[0].text })
                imported += statement.names.map(\.name.moduleName)
            case .from:
                result += RewriteFromImport(file: file, layout: layout, modules: strings.modules, style: style).proposals(for: statement)
            }
        }
        result += RewriteDottedUses(file: file, moves: moves).proposals(roots: roots.subtracting(kept), imported: imported)
        return RewriteDuplicates(file: file).resolve(result)
    }
}
