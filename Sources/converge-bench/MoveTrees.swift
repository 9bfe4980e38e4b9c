import Foundation

/// The trees the move rows work on, under `<inputs>/move-stdlib/`: `pristine`, a copy of the
/// Python standard library made once and reused (it is only read), and `work`, a fresh copy
/// of it for every run that writes (a move changes the tree, so no run may see another's).
///
/// `__pycache__` folders are left out of the copy: bytecode is not source, and grep would
/// otherwise count its binary matches. Copying is not timed.
struct MoveTrees {
    let folder: String
    let source: String
    var pristine: String { folder + "/pristine" }
    var work: String { folder + "/work" }
    private var stamp: String { folder + "/pristine.stamp" }

    init(inputsFolder: String, source: String) {
        folder = inputsFolder + "/move-stdlib"
        self.source = source
    }

    /// Copies the library into `pristine` unless a complete copy of the same source exists
    /// (the stamp is written last, so an interrupted copy is made again).
    func preparePristine() throws {
        if (try? String(contentsOfFile: stamp, encoding: .utf8)) == source + "\n" { return }
        try? FileManager.default.removeItem(atPath: stamp)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Self.copyTree(source, to: pristine)
        try Self.removeBytecode(under: pristine)
        try (source + "\n").write(toFile: stamp, atomically: true, encoding: .utf8)
    }

    /// A fresh `work` copy of `pristine`; returns its path.
    func freshWork() throws -> String {
        try Self.copyTree(pristine, to: work)
        return work
    }

    func removeWork() {
        try? FileManager.default.removeItem(atPath: work)
    }

    /// `cp -a`: keeps modes, times and symlinks (lib-dynload, config) as they were.
    static func copyTree(_ from: String, to destination: String) throws {
        try? FileManager.default.removeItem(atPath: destination)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: HostEnvironment.findOnPath("cp") ?? "/bin/cp")
        process.arguments = ["-a", from, destination]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("cp -a \(from) \(destination) failed") }
    }

    /// Removes every `__pycache__` folder under `root`.
    static func removeBytecode(under root: String) throws {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return }
        var caches: [String] = []
        while let path = walker.nextObject() as? String {
            guard (path as NSString).lastPathComponent == "__pycache__" else { continue }
            caches.append(path)
            walker.skipDescendants()
        }
        for path in caches { try FileManager.default.removeItem(atPath: root + "/" + path) }
    }

    /// Lays out LibCST's result the way `converge move` lays out its own: RenameCommand only
    /// rewrites references, so the package folder is moved here (untimed) and each new parent
    /// gets an empty `__init__.py`, as converge creates them; otherwise nothing could import.
    static func moveFiles(in tree: String, old: String, new: String) throws {
        let manager = FileManager.default
        let oldPath = tree + "/" + old.replacingOccurrences(of: ".", with: "/")
        let newPath = tree + "/" + new.replacingOccurrences(of: ".", with: "/")
        let isPackage = manager.fileExists(atPath: oldPath)
        var parents = new.split(separator: ".").dropLast().map(String.init)
        var parent = tree
        while !parents.isEmpty {
            parent += "/" + parents.removeFirst()
            try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
            if !manager.fileExists(atPath: parent + "/__init__.py") {
                _ = manager.createFile(atPath: parent + "/__init__.py", contents: Data())
            }
        }
        try manager.moveItem(atPath: isPackage ? oldPath : oldPath + ".py", toPath: isPackage ? newPath : newPath + ".py")
    }
}
