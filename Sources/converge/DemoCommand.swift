import ArgumentParser
import Curses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Migration

/// `converge demo`: writes a realistic sample of the seed migration and opens the
/// interface on it (`--no-ui`: says what to run next instead).
///
/// Exit status 0; 2 with one line on standard error when the folder exists and is not
/// empty, or cannot be written, or (without `--no-ui`) there is no usable terminal.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write a sample migration (two copies of a Python package in a git repository) and open the interface on it.",
        discussion: """
            The sample holds backtester_v2/market_regime (the source), \
            backtester_v2/strategies/market_regime (the target), API routes, a config \
            file and docs that import the old path, and a git history whose first \
            commit is the common ancestor, so --base auto finds bases. The interface \
            opens on it with --base auto; --no-ui only writes it and prints what to run next.
            """
    )

    @Option(help: ArgumentHelp("Where to write the sample: a folder that does not exist or is empty (default: a new temporary folder).",
                               valueName: "dir"))
    var dir: String?

    @Flag(help: "Only write the sample and print what to run next and the plan's summary; do not open the interface.")
    var noUI = false

    @Option(help: ArgumentHelp("The interface's theme: a name (default, light, …) or a theme file.", valueName: "name|path"))
    var theme: String?

    func run() throws {
        // The terminal first: without one, nothing is written.
        let (settings, warnings) = InterfaceLaunch.settings(themeOption: theme)
        let terminal = noUI ? nil : try InterfaceLaunch.openTerminal(theme: settings.theme,
                                                                      instead: "use 'converge demo --no-ui' to write the sample without it")
        let folder: String
        do {
            folder = try dir.map(Self.absolute) ?? Self.temporaryFolder()
            try writeSample(into: folder)
        } catch {
            terminal?.close()
            throw error
        }
        let source = folder + "/" + DemoSample.sourcePackage
        let target = folder + "/" + DemoSample.targetPackage
        guard let terminal else { return try printNext(folder: folder, source: source, target: target) }
        try InterfaceLaunch.openMigration(loading: PlanLoading(root: folder, base: "auto"), source: source, target: target,
                                          settings: settings, warnings: warnings, opened: terminal)
        var output = FileSink.standardOutput()
        output.write("Demo sample in \(folder)\n")
        output.flush()
    }

    private func writeSample(into folder: String) throws {
        do {
            try DemoSample.write(into: folder)
        } catch let error as DemoSampleError {
            throw CommandFailure(error.description, exitCode: 2)
        }
    }

    /// `--no-ui`: where the sample is, what to run next, and the plan's summary.
    private func printNext(folder: String, source: String, target: String) throws {
        let lines = [
            "Demo sample written to \(folder)",
            "  source: \(source) (\(DemoSample.sourceFileCount) files)",
            "  target: \(target) (\(DemoSample.targetFileCount) files)",
            "  git history: \(DemoSample.commits.count) commits; the first holds the common ancestor",
            "",
            "Next:",
            "  cd \(Self.quoted(folder))",
            "  converge scan --base auto \(Self.quoted(source)) \(Self.quoted(target))",
            "  converge scan --base auto --json \(Self.quoted(source)) \(Self.quoted(target))",
            "  python3 -m pytest -q",
        ]
        var output = FileSink.standardOutput()
        output.write(lines.joined(separator: "\n") + "\n\n")
        do {
            let bases = try MergeBaseProvider(choice: .auto, source: source, target: target)
            let plan = try PlanReader.read(workspace: .locate(root: folder, source: source, target: target), bases: bases)
            ScanReport.writeSummary(plan, to: &output)
        } catch let error as MergeBaseError {
            throw CommandFailure(error.description)
        } catch let error as ScanError {
            throw CommandFailure(error.description)
        }
        output.flush()
    }

    /// `path` made absolute against the current folder, without trailing slashes.
    static func absolute(_ path: String) -> String {
        var result = path
        if !path.hasPrefix("/") {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let current = getcwd(&buffer, buffer.count).map { String(cString: $0) } ?? "."
            result = path == "." ? current : (current == "/" ? "" : current) + "/" + path
        }
        while result.count > 1 && result.hasSuffix("/") { result.removeLast() }
        return result
    }

    static func temporaryFolder() throws -> String {
        let base = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/converge-demo.XXXXXX").utf8CString)
        guard mkdtemp(&template) != nil else {
            throw CommandFailure("\(base): cannot create a temporary folder", exitCode: 2)
        }
        return template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    /// A path as a shell reads it: single-quoted when it holds anything but safe characters.
    static func quoted(_ path: String) -> String {
        let safe = path.allSatisfy { $0.isLetter || $0.isNumber || "/._-+=,:@".contains($0) }
        return safe ? path : "'" + path.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
