#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real disk, through POSIX calls: what the apply and rollback steps use outside tests.
public struct PosixFileSystem: MigrationFileSystem {
    public init() {}

    public func status(_ path: String) -> FileStatus? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let kind: FileStatus.Kind
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .folder
        case S_IFLNK: kind = .symlink
        default: kind = .other
        }
        return FileStatus(kind: kind, size: Int(info.st_size), mode: UInt32(info.st_mode & 0o7777))
    }

    public func read(_ path: String) throws(FileSystemFailure) -> [UInt8] {
        do {
            return try FileBytes.read(path)
        } catch {
            throw FileSystemFailure(path: path, code: error.code, action: "read")
        }
    }

    public func writeAtomically(_ path: String, _ bytes: [UInt8], mode: UInt32, durable: Bool) throws(FileSystemFailure) {
        func failure(_ code: Int32) -> FileSystemFailure { FileSystemFailure(path: path, code: code, action: "write") }
        let folder = DiskPath.parent(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var template = Array("\(folder)/.\(name).converge-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { throw failure(errno) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var error: Int32 = 0
        if !bytes.withUnsafeBytes({ FileDescriptorWriter.writeAll(fd, $0) }) { error = errno == 0 ? EIO : errno }
        if error == 0 && fchmod(fd, mode_t(mode)) != 0 { error = errno }
        if error == 0 && durable && fsync(fd) != 0 { error = errno }
        if close(fd) != 0 && error == 0 { error = errno }
        if error == 0 && systemRename(temporary, path) != 0 { error = errno }
        guard error == 0 else {
            unlink(temporary)
            throw failure(error)
        }
        if durable { Self.syncFolder(folder) }
    }

    public func append(_ path: String, _ bytes: [UInt8], durable: Bool) throws(FileSystemFailure) {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileSystemFailure(path: path, code: errno, action: "write") }
        var error: Int32 = 0
        if !bytes.withUnsafeBytes({ FileDescriptorWriter.writeAll(fd, $0) }) { error = errno == 0 ? EIO : errno }
        if error == 0 && durable && fsync(fd) != 0 { error = errno }
        if close(fd) != 0 && error == 0 { error = errno }
        guard error == 0 else { throw FileSystemFailure(path: path, code: error, action: "write") }
    }

    /// `sync(2)`, which on Linux returns once everything is written: Swift's Glibc does not
    /// declare `syncfs(2)`, and a batch of writes waits once either way.
    public func flush(_ path: String) throws(FileSystemFailure) {
        sync()
    }

    public func makeFolder(_ path: String) throws(FileSystemFailure) {
        guard mkdir(path, 0o755) != 0 else {
            Self.syncFolder(DiskPath.parent(of: path))
            return
        }
        let code = errno
        if code == EEXIST, status(path)?.kind == .folder { return }
        throw FileSystemFailure(path: path, code: code, action: "make folder")
    }

    public func removeFile(_ path: String) throws(FileSystemFailure) {
        guard unlink(path) != 0 else {
            Self.syncFolder(DiskPath.parent(of: path))
            return
        }
        if errno == ENOENT { return }
        throw FileSystemFailure(path: path, code: errno, action: "remove")
    }

    public func removeEmptyFolder(_ path: String) -> Bool {
        guard rmdir(path) == 0 else { return false }
        Self.syncFolder(DiskPath.parent(of: path))
        return true
    }

    public func rename(_ from: String, to: String) throws(FileSystemFailure) {
        guard systemRename(from, to) == 0 else { throw FileSystemFailure(path: from, code: errno, action: "move") }
        Self.syncFolder(DiskPath.parent(of: to))
        Self.syncFolder(DiskPath.parent(of: from))
    }

    public func list(_ path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public func createExclusively(_ path: String, _ bytes: [UInt8]) throws(FileSystemFailure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileSystemFailure(path: path, code: errno, action: "create") }
        _ = bytes.withUnsafeBytes { FileDescriptorWriter.writeAll(fd, $0) }
        _ = fsync(fd)
        close(fd)
    }

    public func isWritableFolder(_ path: String) -> Bool {
        // Root may write anywhere; a folder whose owner took away every write bit is
        // still treated as a "do not touch", as `chmod a-w` means to a user.
        guard let found = status(path), found.kind == .folder, found.mode & 0o222 != 0 else { return false }
        return access(path, W_OK) == 0
    }

    /// Flushes a folder's entries to disk (best effort: some file systems refuse `fsync` on a folder).
    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}

/// `rename(2)`, named apart from `PosixFileSystem.rename`.
private func systemRename(_ from: String, _ to: String) -> Int32 {
    rename(from, to)
}
