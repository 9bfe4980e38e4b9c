/// The classification of two trees: every relative path with its class, flags and
/// the hashes of both sides, sorted by path (byte order), and the counts per class.
///
/// An immutable value: the plan is computed from it and the backup step checks its
/// hashes, so nothing may change it after the scan.
public struct WorkspaceScan: Sendable, Hashable {
    public let source: String
    public let target: String
    public let files: [ScannedFile]
    /// Paths per class; every class is present, with 0 when none has it.
    public let counts: [FileClass: Int]
    /// The bytes of both sides of every conflict that is a text file on both sides,
    /// kept from the one read the scan made, for the merge.
    public let conflictTexts: [String: ConflictTexts]

    public init(source: String, target: String, files: [ScannedFile], conflictTexts: [String: ConflictTexts] = [:]) {
        self.source = source
        self.target = target
        self.conflictTexts = conflictTexts
        self.files = files.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
        var counts = Dictionary(uniqueKeysWithValues: FileClass.allCases.map { ($0, 0) })
        for file in files { counts[file.fileClass, default: 0] += 1 }
        self.counts = counts
    }

    /// Walks `source` and `target` (folders, neither inside the other: the caller checks)
    /// and classifies every path under them.
    /// - Throws: `ScanError` naming the first folder or file that could not be read.
    public static func scan(source: String, target: String, rules: ExcludeRules = ExcludeRules()) throws(ScanError) -> WorkspaceScan {
        var scanner = WorkspaceScanner(source: source, target: target, rules: rules)
        try scanner.scan()
        return WorkspaceScan(source: source, target: target, files: scanner.files, conflictTexts: scanner.conflictTexts)
    }

    /// The files with something to do or to know: every class but `same`, and `same` files with a flag.
    public var notable: [ScannedFile] {
        files.filter { $0.fileClass != .same || !$0.flags.isEmpty }
    }
}

/// Both sides of a conflict file, as read by the scan.
public struct ConflictTexts: Sendable, Hashable {
    public let source: [UInt8]
    public let target: [UInt8]

    public init(source: [UInt8], target: [UInt8]) {
        self.source = source
        self.target = target
    }
}
