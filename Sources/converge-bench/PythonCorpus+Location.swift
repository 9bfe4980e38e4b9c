import Foundation

extension PythonCorpus {
    /// Finds the standard library folder: the system interpreter `/usr/bin/python3` first
    /// (PEERS.md used Debian's system Python; a `python3` earlier on `PATH`, such as a pyenv
    /// shim, may carry its 460k-line test suite and shift every python row), then `python3`
    /// on `PATH`.
    static func locateStandardLibrary() throws -> String {
        let query = "import sysconfig;print(sysconfig.get_paths()['stdlib'])"
        for interpreter in ["/usr/bin/python3", "python3"] {
            if let path = try? runPython(interpreter, query), !path.isEmpty,
               FileManager.default.fileExists(atPath: path) {
                return path
            }
        }
        throw BenchError("cannot find the Python standard library: no working python3 (use --python-stdlib DIR)")
    }

    private static func runPython(_ interpreter: String, _ code: String) throws -> String {
        let process = Process()
        if interpreter.hasPrefix("/") {
            process.executableURL = URL(fileURLWithPath: interpreter)
            process.arguments = ["-c", code]
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [interpreter, "-c", code]
        }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("\(interpreter) failed") }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
