#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Migration

/// How the interface's settings files (`config.toml`, `keys.toml`, themes) are read:
/// the one place where settings touch the disk, passed in so that tests read from a
/// dictionary instead.
public struct InterfaceConfigFiles: Sendable {
    /// What reading one file gave.
    public enum Content: Hashable, Sendable {
        /// No file there: not a mistake (every settings file is optional).
        case missing
        case text(String)
        /// The file is there but cannot be read; the system's reason.
        case unreadable(String)
    }

    public let read: @Sendable (String) -> Content

    public init(read: @escaping @Sendable (String) -> Content) {
        self.read = read
    }

    /// Files on disk, read whole with `read(2)` (MergeUI does without Foundation).
    public static let disk = InterfaceConfigFiles { path in
        do throws(FileBytes.Failure) {
            return .text(String(decoding: try FileBytes.read(path), as: UTF8.self))
        } catch {
            if error.code == ENOENT || error.code == ENOTDIR { return .missing }
            return .unreadable(String(cString: strerror(error.code)))
        }
    }

    /// Files held in memory, by path; any other path is missing.
    public static func memory(_ files: [String: String]) -> InterfaceConfigFiles {
        InterfaceConfigFiles { path in files[path].map(Content.text) ?? .missing }
    }
}
