import Foundation

/// Where things are on this machine: the tools, the converge binary, the cache folder, and
/// the clean environment the tools run in.
enum HostEnvironment {
    /// The first executable called `name` on `PATH`.
    static func findOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// This program's own path, resolved through /proc/self/exe (argv[0] may be relative or a
    /// symlink such as `.build/release`).
    static func ownExecutable() -> String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        let argument = CommandLine.arguments[0]
        if argument.contains("/") { return absolute(argument) }
        return findOnPath(argument) ?? argument
    }

    /// `converge` from the same build folder as this program.
    /// The first `figures` figures of `/proc/loadavg`, or `unknown`: the timings of a
    /// shared machine mean little without it.
    static func loadAverage(figures: Int) -> String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
        let parts = text.split(separator: " ").prefix(figures)
        return parts.isEmpty ? "unknown" : parts.joined(separator: " ")
    }

    static func defaultConverge() -> String {
        (ownExecutable() as NSString).deletingLastPathComponent + "/converge"
    }

    /// `.build/bench-inputs` of the package this program was built in (found from its own path,
    /// so the cache does not depend on the current folder), else under the current folder.
    static func defaultInputsFolder() -> String {
        let parts = ownExecutable().split(separator: "/", omittingEmptySubsequences: false)
        if let build = parts.lastIndex(of: ".build") {
            return parts[...build].joined(separator: "/") + "/bench-inputs"
        }
        return absolute(".build/bench-inputs")
    }

    /// `path` made absolute against the current folder (tools run with another current folder).
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return FileManager.default.currentDirectoryPath + "/" + path
    }

    /// The environment every tool gets: `LC_ALL=C`, and for git no system or user
    /// configuration (an empty `HOME`), as PEERS.md measured.
    static func toolEnvironment(emptyHome: String) -> [String] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return [
            "PATH=\(path)", "HOME=\(emptyHome)", "XDG_CONFIG_HOME=\(emptyHome)", "LC_ALL=C",
            "GIT_CONFIG_NOSYSTEM=1", "GIT_CEILING_DIRECTORIES=\(emptyHome)",
        ]
    }

    /// A new empty folder under the temporary directory.
    static func makeTemporaryFolder() throws -> String {
        var template = Array((NSTemporaryDirectory() + "/converge-bench.XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else { throw BenchError("cannot create a temporary folder") }
        return String(cString: created)
    }
}
