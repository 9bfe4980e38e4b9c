#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few system calls the demo sample needs, without Foundation (the `converge`
/// binary is static and links only the standard library): folders, files, and git run
/// in the sample's folder, isolated from the user's and the system's git configuration,
/// with fixed dates so the history is the same on every run.
enum DemoFiles {
    /// The names in a folder, without `.` and `..`; nil when it cannot be read.
    static func entries(_ path: String) -> [String]? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Creates `path` and every missing parent.
    static func makeFolders(_ path: String) throws {
        switch DiskPath.kind(of: path) {
        case .folder: return
        case .file: throw DemoSampleError("\(path): not a folder")
        case .nothing: break
        }
        let parent = DiskPath.parent(of: path)
        if parent != path && parent != "." { try makeFolders(parent) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw DemoSampleError("\(path): cannot create the folder")
        }
    }

    static func write(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw DemoSampleError("\(path): cannot write") }
        defer { close(fd) }
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw DemoSampleError("\(path): cannot write") }
            offset += n
        }
    }

    /// Runs `git ARGUMENTS` in `folder` with the user's configuration left out and both
    /// dates fixed; throws with git's first line of errors when it fails.
    static func git(_ arguments: [String], in folder: String, date: String = "2025-01-06T09:00:00+00:00") throws {
        let environment = [
            "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date,
        ]
        let output: GitProcess.Output
        do {
            output = try GitProcess.run(["-C", folder] + arguments, environment: environment)
        } catch {
            throw DemoSampleError(error.description)
        }
        guard output.status == 0 else {
            let line = output.errorLine
            throw DemoSampleError("git \(arguments.first ?? ""): \(line.isEmpty ? "failed" : line)")
        }
    }
}
