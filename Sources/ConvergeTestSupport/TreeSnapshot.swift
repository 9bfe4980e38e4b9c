import Foundation

/// Every file and folder under a folder with its permission bits and its bytes'
/// digest, to tell whether a tree came back byte for byte (after a rollback) or
/// stayed untouched (after a refused apply). `.git/` and `.converge/` are left out.
public struct TreeSnapshot: Equatable, Sendable, CustomStringConvertible {
    public struct Entry: Equatable, Sendable {
        public var mode: UInt16
        /// The file's bytes (nil for a folder), or a link's target text.
        public var bytes: [UInt8]?
    }

    public var entries: [String: Entry]

    public init(_ root: String, leaving left: Set<String> = [".git", ".converge"]) throws {
        entries = [:]
        try walk(root, "", left)
    }

    private mutating func walk(_ root: String, _ relative: String, _ left: Set<String>) throws {
        let folder = relative.isEmpty ? root : "\(root)/\(relative)"
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where !left.contains(name) {
            let path = relative.isEmpty ? name : "\(relative)/\(name)"
            var info = stat()
            guard lstat("\(root)/\(path)", &info) == 0 else { continue }
            let mode = UInt16(info.st_mode & 0o7777)
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                entries[path + "/"] = Entry(mode: mode, bytes: nil)
                try walk(root, path, [])
            case S_IFLNK:
                entries[path] = Entry(mode: mode, bytes: Array(try FileManager.default.destinationOfSymbolicLink(atPath: "\(root)/\(path)").utf8))
            default:
                entries[path] = Entry(mode: mode, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(root)/\(path)"))))
            }
        }
    }

    /// The paths that differ between two snapshots, for a readable failure.
    public func differences(from other: TreeSnapshot) -> [String] {
        Set(entries.keys).union(other.entries.keys).sorted().filter { entries[$0] != other.entries[$0] }
    }

    public var description: String { "\(entries.count) entries" }
}
