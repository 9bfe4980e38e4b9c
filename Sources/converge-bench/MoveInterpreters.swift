import Foundation

/// The programs the move rows need besides converge, found once.
enum MoveInterpreters {
    /// `env`, which runs each command inside its tree (`env -C DIR`); ProcessRunner has no
    /// working-folder option, and `env` execs the tool, so the measured process is the tool.
    static func env() -> String {
        HostEnvironment.findOnPath("env") ?? "/usr/bin/env"
    }

    /// The interpreter for the import check: the system one first, whose standard library
    /// is the one copied (PythonCorpus prefers it too), so its `lib-dynload` matches.
    static func forImports() -> String {
        access("/usr/bin/python3", X_OK) == 0 ? "/usr/bin/python3" : (HostEnvironment.findOnPath("python3") ?? "python3")
    }

    /// The real executable of the first `python3` that can import libcst, or nil. Asking the
    /// interpreter for `sys.executable` skips shims (pyenv's is a shell script that would be
    /// timed too and needs the user's `HOME`, which the tools do not get).
    static func withLibCST() -> String? {
        let candidates = [HostEnvironment.findOnPath("python3"), "/usr/bin/python3"].compactMap { $0 }
        for candidate in candidates {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: candidate)
            process.arguments = ["-c", "import libcst, sys; print(sys.executable)"]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { continue }
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if process.terminationStatus == 0, path.hasPrefix("/") { return path }
        }
        return nil
    }
}
