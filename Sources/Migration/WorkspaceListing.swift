#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The entries of one folder, seen with `lstat` (`fstatat` without following), so a symbolic link is a link and is
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
        let folderDescriptor = dirfd(directory)
        while let entry = readdir(directory) {
            var info = stat()
            // By name within the open folder: the kernel resolves one component, not the whole path.
            let found = withUnsafeBytes(of: entry.pointee.d_name) { raw -> (name: String, error: Int32)? in
                let name = raw.prefix { $0 != 0 }
                if name.elementsEqual([0x2E]) || name.elementsEqual([0x2E, 0x2E]) { return nil }
                let statted = fstatat(folderDescriptor, raw.baseAddress!.assumingMemoryBound(to: CChar.self), &info,
                                      AT_SYMLINK_NOFOLLOW) == 0
                return (String(decoding: name, as: UTF8.self), statted ? 0 : errno)
            }
            guard let found else { continue }
            guard found.error == 0 else { throw ScanError(path: "\(folder)/\(found.name)", code: found.error) }
            result[found.name] = Entry(kind: kind(info.st_mode), size: Int(info.st_size), mode: UInt32(info.st_mode) & 0o7777)
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
