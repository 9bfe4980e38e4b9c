extension ConvergeFolder {
    /// Removes the temporary files an atomic write leaves when it is killed between
    /// making its temporary file and renaming it (`.NAME.converge-XXXXXX`), in the
    /// folders of `paths` (root-relative): after a crash, `resume` and `rollback` leave
    /// no trace of them.
    func removeTemporaries(near paths: some Sequence<String>) {
        let folders = Set(paths.map { RootPath.parent(of: $0) })
        for relative in folders {
            let folder = absolute(relative)
            for name in fileSystem.list(folder) where Self.isTemporary(name) {
                try? fileSystem.removeFile("\(folder)/\(name)")
            }
        }
    }

    static func isTemporary(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.count > 17, name.dropLast(6).hasSuffix(".converge-") else { return false }
        return name.suffix(6).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
}
