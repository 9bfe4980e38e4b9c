import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Migration

/// `converge demo`: writes a realistic sample of the seed migration and says what to run next.
///
/// Exit status 0; 2 with one line on standard error when the folder exists and is not
/// empty, or cannot be written.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write a sample migration (two copies of a Python package in a git repository) to try converge on.",
        discussion: """
            The sample holds backtester_v2/market_regime (the source), \
            backtester_v2/strategies/market_regime (the target), API routes, a config \
            file and docs that import the old path, and a git history whose first \
            commit is the common ancestor, so --base auto finds bases.
            """
    )

    @Option(help: ArgumentHelp("Where to write the sample: a folder that does not exist or is empty (default: a new temporary folder).",
                               valueName: "dir"))
    var dir: String?

    @Flag(help: "Only write the sample and print what to run next; do not open the interface.")
    var noUI = false

    func run() throws {
        let folder = try dir.map(Self.absolute) ?? Self.temporaryFolder()
        do {
            try DemoSample.write(into: folder)
        } catch let error as DemoSampleError {
            throw CommandFailure(error.description, exitCode: 2)
        }
        let source = folder + "/" + DemoSample.sourcePackage
        let target = folder + "/" + DemoSample.targetPackage
        var lines = [
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
        if !noUI {
            lines.append("")
            lines.append("The interface is not available yet: use the commands above.")
        }
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
