import Foundation

/// What every benchmark run needs around the tools it times: a scratch folder (removed
/// at the end, and on Ctrl-C), an empty HOME so git reads no configuration, a file that
/// collects the tools' standard error, the process runner that uses them, and the path
/// of the converge binary under test.
final class BenchWorkspace {
    let folder: String
    let runner: ProcessRunner
    let converge: String

    init(options: BenchOptions) throws {
        folder = try HostEnvironment.makeTemporaryFolder()
        InterruptHandler.install(scratchFolder: folder)
        let errorFile = open(folder + "/stderr", O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard errorFile >= 0 else { throw BenchError("cannot create a scratch file in \(folder)") }
        try FileManager.default.createDirectory(atPath: folder + "/home", withIntermediateDirectories: false)
        runner = ProcessRunner(environment: HostEnvironment.toolEnvironment(emptyHome: folder + "/home"), errorFile: errorFile)
        converge = options.convergeBinary
    }

    /// The empty HOME given to every tool.
    var home: String { folder + "/home" }

    deinit {
        close(runner.errorFile)
        try? FileManager.default.removeItem(atPath: folder)
    }
}
