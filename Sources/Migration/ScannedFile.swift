/// One relative path of a scan: its class, flags, and what each side holds.
///
/// A side that has no entry at the path has `nil` size, mode and hash. The hashes are
/// kept for the backup step, so it can check that nothing changed since the scan.
public struct ScannedFile: Sendable, Hashable {
    /// Relative to SOURCE and TARGET, with `/`; a folder (excluded, or the folder side of a type clash) has no trailing `/`.
    public let path: String
    public let fileClass: FileClass
    public let flags: FileClassFlags
    public let source: ScannedSide?
    public let target: ScannedSide?

    public init(path: String, fileClass: FileClass, flags: FileClassFlags, source: ScannedSide?, target: ScannedSide?) {
        self.path = path
        self.fileClass = fileClass
        self.flags = flags
        self.source = source
        self.target = target
    }
}
