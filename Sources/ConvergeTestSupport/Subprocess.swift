import Foundation

/// What a finished child process left behind.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: [UInt8]
    public var stderr: [UInt8]

    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}

/// Runs other programs from tests: the oracles (`diff`, `git`, `patch`) and converge itself.
public enum Subprocess {
    /// Runs `executable` (a path, or a name looked up in PATH) with `arguments` and waits.
    /// The environment gets `LC_ALL=C` and no git configuration, so peers behave the same
    /// on every machine.
    public static func run(
        _ executable: String, _ arguments: [String], stdin: [UInt8] = [], directory: String? = nil,
        environment extra: [String: String] = [:]
    ) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable.contains("/") ? executable : try which(executable))
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both pipes on their own threads so a full pipe never blocks the child.
        nonisolated(unsafe) var out = Data(), err = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { out = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { err = errors.fileHandleForReading.readDataToEndOfFile() }
        input.fileHandleForWriting.write(Data(stdin))
        try? input.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, stdout: [UInt8](out), stderr: [UInt8](err))
    }

    /// The full path of a program found in PATH.
    public static func which(_ name: String) throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
    }

    /// The `converge` binary built beside the test bundle.
    public static var convergeBinary: String {
        let bundle = Bundle.main.bundleURL
        // .build/<triple>/debug/<Package>PackageTests.xctest → .build/<triple>/debug/converge
        var folder = bundle.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.appendingPathComponent("converge").path) {
            folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        }
        return folder.appendingPathComponent("converge").path
    }

    /// Runs the built `converge` with `arguments`.
    public static func converge(_ arguments: [String], stdin: [UInt8] = [], directory: String? = nil,
                                environment: [String: String] = [:]) throws -> ProcessResult {
        try run(convergeBinary, arguments, stdin: stdin, directory: directory, environment: environment)
    }
}
