import Migration

/// One row of the file tree: a folder, a scanned file, or the group of excluded paths
/// at the end. Built once per plan (`TreeRow.rows(of:)`); filters, folds and searches
/// only choose which rows show.
public struct TreeRow: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case folder
        case file
        /// The last row, "excluded": excluded paths are listed under it, folded by default.
        case excludedGroup
    }

    public let kind: Kind
    /// How deep the row sits: 0 for the top level.
    public let depth: Int
    /// The last part of the path (a folder's without `/`); an excluded path's whole path.
    public let name: String
    /// `name` as a search compares it (`ListCursor.Needle.lowered`).
    let loweredName: [UInt8]
    /// The index in `plan.scan.files` of a file row; -1 for the others.
    public let file: Int
    /// The row of the folder (or group) it sits in; -1 at the top level.
    public let parent: Int
    /// For a folder or the excluded group: the index after its last row below it; else the next row.
    public internal(set) var end: Int
    /// For a file, its class; for a folder or group, the classes of every file below it.
    public internal(set) var classes: FileClassSet
    /// Files below a folder or group (1 for a file).
    public internal(set) var fileCount: Int

    init(kind: Kind, depth: Int, name: String, file: Int, parent: Int, end: Int, classes: FileClassSet, fileCount: Int) {
        self.kind = kind
        self.parent = parent
        self.depth = depth
        self.name = name
        loweredName = ListCursor.Needle.lowered(name)
        self.file = file
        self.end = end
        self.classes = classes
        self.fileCount = fileCount
    }

    /// Whether rows below this one can be folded away.
    public var isFoldable: Bool { kind != .file }
}

/// A set of file classes as bits: what a folder holds and what a filter lets through,
/// tested in one instruction per row.
public struct FileClassSet: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public init(_ fileClass: FileClass) {
        rawValue = 1 << UInt8(FileClass.allCases.firstIndex(of: fileClass)!)
    }

    /// Every class but `excluded`: what the tree proper shows.
    public static let tree = FileClassSet(FileClass.allCases.filter { $0 != .excluded }.map { FileClassSet($0) })
    public static let excluded = FileClassSet(.excluded)
}
