import Foundation

/// The generated files of one scenario at one size, with their line and byte counts.
struct InputSet {
    let scenario: Scenario
    let size: InputSize?
    /// Paths in `Scenario.fileRoles` order.
    let paths: [String]
    let lineCounts: [Int]
    let byteCounts: [Int]

    /// The label used in tables: the size, or the line counts when the input has no size.
    var sizeLabel: String {
        size?.description ?? lineCounts.map(String.init).joined(separator: "/")
    }
}

/// Generates the inputs into a cache folder and reuses them while their recipe stamp matches.
///
/// Generating the 1M inputs takes a few seconds each; benchmarking is run again and again
/// while converge is tuned, so the files are kept. A `.stamp` file, written only after all
/// of a scenario's files are complete, records the recipe version (and the Python library
/// used); change `recipeVersion` whenever a generator changes its output.
final class InputCache {
    static let recipeVersion = "converge-bench-inputs 4"

    let folder: String
    private let pythonRootOverride: String?
    private var pythonRoot: String?
    /// The Python library the python inputs came from, once one was needed.
    var pythonRootUsed: String? { pythonRoot }
    private var corpus: PythonCorpus?

    init(folder: String, pythonRoot: String?) throws {
        self.folder = folder
        pythonRootOverride = pythonRoot
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// The files of `scenario` at `size` (ignored for trap-tiny), generated if missing or stale.
    func inputs(_ scenario: Scenario, _ size: InputSize) throws -> InputSet {
        let name = scenario.isSized ? "\(scenario.rawValue)-\(size)" : scenario.rawValue
        let paths = scenario.fileRoles.map { "\(folder)/\(name).\($0)" }
        let stampPath = "\(folder)/\(name).stamp"
        let recipe = try recipeLine(for: scenario)
        if let cached = readStamp(stampPath, recipe: recipe, paths: paths) {
            return InputSet(scenario: scenario, size: scenario.isSized ? size : nil, paths: paths,
                            lineCounts: cached.map(\.lines), byteCounts: cached.map(\.bytes))
        }
        let started = Date()
        let writers = try paths.map { try InputFileWriter(path: $0) }
        try generate(scenario, lines: size.lines, writers)
        for writer in writers { try writer.finish() }
        let stamp = ([recipe] + writers.map { "file \($0.lineCount) \($0.byteCount)" }).joined(separator: "\n") + "\n"
        try stamp.write(toFile: stampPath, atomically: true, encoding: .utf8)
        let counts = writers.map { "\($0.lineCount) lines" }.joined(separator: " / ")
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        Console.note("generated \(name): \(counts) in \(seconds) s")
        return InputSet(scenario: scenario, size: scenario.isSized ? size : nil, paths: paths,
                        lineCounts: writers.map(\.lineCount), byteCounts: writers.map(\.byteCount))
    }

    private func generate(_ scenario: Scenario, lines: Int, _ files: [InputFileWriter]) throws {
        switch scenario {
        case .scatter1: try SyntheticScenarios.writeScatter(lines: lines, a: files[0], b: files[1])
        case .block10: try SyntheticScenarios.writeBlocks(lines: lines, a: files[0], b: files[1])
        case .different, .disjoint:
            try SyntheticScenarios.writeUnrelated(lines: lines, disjoint: scenario == .disjoint, a: files[0], b: files[1])
        case .trapTiny: try TrapTiny.write(a: files[0], b: files[1])
        case .python: try PythonScenarios(corpus: loadCorpus()).writePair(lines: lines, a: files[0], b: files[1])
        case .mergeClean, .mergeConflict:
            try PythonScenarios(corpus: loadCorpus()).writeTriple(
                lines: lines, conflicts: scenario == .mergeConflict, base: files[0], ours: files[1], theirs: files[2])
        }
    }

    /// The first stamp line: the recipe version, plus the Python library for python inputs,
    /// so that switching interpreters regenerates them.
    private func recipeLine(for scenario: Scenario) throws -> String {
        guard scenario.needsPython else { return Self.recipeVersion }
        return "\(Self.recipeVersion) python=\(try resolvedPythonRoot())"
    }

    private func resolvedPythonRoot() throws -> String {
        if let root = pythonRoot { return root }
        let root = try pythonRootOverride ?? PythonCorpus.locateStandardLibrary()
        pythonRoot = root
        return root
    }

    /// Frees the Python corpus (11 MB) once all inputs exist: memory we hold when a tool
    /// starts raises the floor of its measured peak RSS.
    func releaseCorpus() {
        corpus = nil
    }

    private func loadCorpus() throws -> PythonCorpus {
        if let corpus { return corpus }
        let loaded = try PythonCorpus(root: resolvedPythonRoot())
        Console.note("python corpus: \(loaded.fileCount) files, \(loaded.lineCount) lines from \(loaded.root)")
        corpus = loaded
        return loaded
    }

    /// The recorded (lines, bytes) per file if the stamp matches and every file still has its
    /// recorded size; nil means "generate again".
    private func readStamp(_ path: String, recipe: String, paths: [String]) -> [(lines: Int, bytes: Int)]? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.count == paths.count + 1, lines[0] == recipe else { return nil }
        var counts: [(lines: Int, bytes: Int)] = []
        for (line, file) in zip(lines.dropFirst(), paths) {
            let fields = line.split(separator: " ")
            guard fields.count == 3, let lineCount = Int(fields[1]), let byteCount = Int(fields[2]),
                  let attributes = try? FileManager.default.attributesOfItem(atPath: file),
                  (attributes[.size] as? NSNumber)?.intValue == byteCount else { return nil }
            counts.append((lineCount, byteCount))
        }
        return counts
    }
}
