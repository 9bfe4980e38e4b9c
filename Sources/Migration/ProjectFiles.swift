import DiffCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Python files under a project root, read from disk: what the pure
/// `RewritePlanner` plans over.
///
/// Folders that are never code are skipped (`.git`, `.converge`, `__pycache__`,
/// virtual environments, tool caches; `.github` is read, it holds CI files); symbolic links to folders are
/// not followed, so a link cannot make the walk loop.
public struct ProjectFiles: Sendable {
    public let root: String
    /// Path relative to `root` (with `/`) → bytes.
    public internal(set) var python: [String: [UInt8]]
    /// The other text files (config, docs), same keys; binary files (a NUL byte in
    /// the first 8000, git's rule) and files over `largestOtherFile` are left out.
    public internal(set) var others: [String: [UInt8]]
    /// Compiled extension modules (`.so`, `.pyd`), by path: modules an import may name
    /// though they have no source.
    public internal(set) var extensionModules: [String] = []

    static let largestOtherFile = 4 << 20

    static let skippedFolders: Set<String> = [
        "__pycache__", "node_modules", "venv", "site-packages", ".git", ".hg", ".svn", ".converge", ".venv", ".tox",
        ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".idea", ".eggs",
    ]

    public init(root: String, python: [String: [UInt8]], others: [String: [UInt8]] = [:]) {
        self.root = root
        self.python = python
        self.others = others
    }

    /// Reads every `.py` and `.pyi` file under `root`, and every other text file, but
    /// those under the root-relative folders in `skipping` (SOURCE after an apply: the
    /// old copy that the clean-up step removes, so the project is checked without it).
    public static func read(root: String, skipping: Set<String> = []) throws(ProjectFilesError) -> ProjectFiles {
        var files = ProjectFiles(root: root, python: [:])
        try walk(root: root, relative: "", skipping: skipping, into: &files)
        return files
    }

    private static func walk(root: String, relative: String, skipping: Set<String>,
                             into files: inout ProjectFiles) throws(ProjectFilesError) {
        let folder = relative.isEmpty ? root : "\(root)/\(relative)"
        guard let directory = opendir(folder) else { throw ProjectFilesError(path: folder, code: errno) }
        var entries: [(name: String, isFolder: Bool, size: Int)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != "." && name != ".." else { continue }
            var info = stat()
            guard lstat("\(folder)/\(name)", &info) == 0 else { continue }
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR || type == S_IFREG { entries.append((name, type == S_IFDIR, Int(info.st_size))) }
        }
        closedir(directory)
        for entry in entries.sorted(by: { $0.name < $1.name }) {
            let path = relative.isEmpty ? entry.name : "\(relative)/\(entry.name)"
            if entry.isFolder {
                guard !skippedFolders.contains(entry.name), !skipping.contains(path) else { continue }
                try walk(root: root, relative: path, skipping: skipping, into: &files)
            } else if entry.name.hasSuffix(".py") || entry.name.hasSuffix(".pyi") {
                files.python[path] = try readFile("\(root)/\(path)")
            } else if entry.name.hasSuffix(".so") || entry.name.hasSuffix(".pyd") {
                files.extensionModules.append(path)
            } else if !entry.name.hasSuffix(".pyc"), entry.size <= largestOtherFile, let bytes = try? readFile("\(root)/\(path)"),
                      !LineText.looksBinary(bytes) {
                files.others[path] = bytes
            }
        }
    }

    /// The whole file at `path`.
    static func readFile(_ path: String) throws(ProjectFilesError) -> [UInt8] {
        do {
            return try FileBytes.read(path)
        } catch {
            throw ProjectFilesError(path: path, code: error.code)
        }
    }
}
