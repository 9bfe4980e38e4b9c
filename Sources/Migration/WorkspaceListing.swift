#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The entries of one folder, seen with `lstat`, so a symbolic link is a link and is
/// never followed out of the tree; and the bytes of one entry, read once.
enum WorkspaceListing {
    struct Entry {
        var kind: ScannedSide.Kind
        var size: Int
        var mode: UInt32
    }

    /// Name → entry for every entry of `folder` but `.` and `..`.
    static func entries(of folder: String) throws(ScanError) -> [String: Entry] {
        guard let directory = opendir(folder) else { throw ScanError(path: folder, code: errno) }
        defer { closedir(directory) }
        var result: [String: Entry] = [:]
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != "." && name != ".." else { continue }
            var info = stat()
            guard lstat("\(folder)/\(name)", &info) == 0 else { throw ScanError(path: "\(folder)/\(name)", code: errno) }
            result[name] = Entry(kind: kind(info.st_mode), size: Int(info.st_size), mode: UInt32(info.st_mode) & 0o7777)
        }
        return result
    }

    static func kind(_ mode: mode_t) -> ScannedSide.Kind {
        switch mode & S_IFMT {
        case S_IFREG: .file
        case S_IFDIR: .folder
        case S_IFLNK: .symlink
        default: .other
        }
    }

    /// The bytes of a file, or the target text of a symbolic link (not followed).
    static func bytes(of path: String, kind: ScannedSide.Kind, size: Int) throws(ScanError) -> [UInt8] {
        if kind == .symlink {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = readlink(path, &buffer, buffer.count)
            guard count >= 0 else { throw ScanError(path: path, code: errno) }
            return Array(buffer[..<count])
        }
        do {
            return try FileBytes.read(path, sizeHint: size)
        } catch {
            throw ScanError(path: path, code: error.code)
        }
    }
}
