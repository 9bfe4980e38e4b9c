#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The project root for commands that work on what an apply left (`rollback`,
/// `apply --resume`) and have no SOURCE to find it from: `--root`, else the nearest
/// folder upwards from the current one that holds `.converge/`, else the current folder.
enum ConvergeRoot {
    static func find(_ given: String?) -> String {
        if let given { return given }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard let current = getcwd(&buffer, buffer.count).map({ String(cString: $0) }) else { return "." }
        var folder = current
        while true {
            var info = stat()
            if stat(folder + (folder == "/" ? "" : "/") + ".converge", &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                return folder
            }
            guard let slash = folder.lastIndex(of: "/"), folder != "/" else { return current }
            folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
        }
    }
}
