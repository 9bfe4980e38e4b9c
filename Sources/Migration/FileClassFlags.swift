/// What else a scan noticed about a path, on top of its class.
public struct FileClassFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// A NUL byte in the first 8000 bytes of either side (git's rule): never merged as text.
    public static let binary = FileClassFlags(rawValue: 1 << 0)
    /// Either side is a symbolic link; its target text is what was compared, it was not followed.
    public static let symlink = FileClassFlags(rawValue: 1 << 1)
    /// Matched an exclude pattern (the default ones, `.convergeignore` or `--exclude`).
    public static let excluded = FileClassFlags(rawValue: 1 << 2)
    /// A file in one tree, a folder in the other.
    public static let typeClash = FileClassFlags(rawValue: 1 << 3)
    /// Both are files and their permission bits differ.
    public static let modeDiffers = FileClassFlags(rawValue: 1 << 4)

    /// Every flag with the name the report uses, in report order.
    public static let named: [(flag: FileClassFlags, name: String)] = [
        (.binary, "binary"), (.symlink, "symlink"), (.excluded, "excluded"),
        (.typeClash, "type-clash"), (.modeDiffers, "mode-differs"),
    ]

    /// The names of the flags that are set, in report order.
    public var names: [String] { Self.named.filter { contains($0.flag) }.map(\.name) }
}
