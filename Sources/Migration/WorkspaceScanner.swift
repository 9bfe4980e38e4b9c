import DiffCore

/// Walks SOURCE and TARGET side by side and classifies every relative path.
///
/// Both folders are listed together, so each path is looked at once; a file is read
/// once and hashed (the backup step needs the hashes), and its bytes are compared
/// with the other side's only when the sizes are equal. Excluded paths are neither
/// read nor entered. The folder side of a type clash is entered, so its files show
/// as source-only or target-only and nothing is lost.
struct WorkspaceScanner {
    typealias Entry = WorkspaceListing.Entry

    let source: String
    let target: String
    let rules: ExcludeRules
    private(set) var files: [ScannedFile] = []
    private(set) var conflictTexts: [String: ConflictTexts] = [:]

    init(source: String, target: String, rules: ExcludeRules) {
        self.source = source
        self.target = target
        self.rules = rules
    }

    /// Scans the folder at `relative` in both trees (`nil` side: the tree has no folder there).
    mutating func scanFolder(_ relative: String, inSource: Bool, inTarget: Bool) throws(ScanError) {
        let left = inSource ? try WorkspaceListing.entries(of: join(source, relative)) : [:]
        let right = inTarget ? try WorkspaceListing.entries(of: join(target, relative)) : [:]
        for name in Set(left.keys).union(right.keys).sorted() {
            let path = relative.isEmpty ? name : "\(relative)/\(name)"
            try scanPath(path, left[name], right[name])
        }
    }

    private mutating func scanPath(_ path: String, _ left: Entry?, _ right: Entry?) throws(ScanError) {
        let isFolder = left?.kind == .folder || right?.kind == .folder
        if rules.excludes(path, isFolder: isFolder) {
            files.append(ScannedFile(path: path, fileClass: .excluded, flags: .excluded,
                                     source: left.map(side), target: right.map(side)))
            return
        }
        let leftFolder = left?.kind == .folder, rightFolder = right?.kind == .folder
        if leftFolder || rightFolder {
            if let left, let right, !(leftFolder && rightFolder) {
                let flags: FileClassFlags = left.kind == .symlink || right.kind == .symlink ? [.typeClash, .symlink] : .typeClash
                files.append(ScannedFile(path: path, fileClass: .conflict, flags: flags,
                                         source: try read(source, path, left), target: try read(target, path, right)))
            }
            try scanFolder(path, inSource: leftFolder, inTarget: rightFolder)
            return
        }
        files.append(try compare(path, left, right))
    }

    /// Classifies a path that is a file, link or special file on each side that has it.
    private mutating func compare(_ path: String, _ left: Entry?, _ right: Entry?) throws(ScanError) -> ScannedFile {
        var flags: FileClassFlags = []
        if left?.kind == .symlink || right?.kind == .symlink { flags.insert(.symlink) }
        var leftBytes: [UInt8]? = nil, rightBytes: [UInt8]? = nil
        var leftSide: ScannedSide? = nil, rightSide: ScannedSide? = nil
        if let left { (leftSide, leftBytes) = try readSide(source, path, left) }
        if let right { (rightSide, rightBytes) = try readSide(target, path, right) }
        if [leftBytes, rightBytes].contains(where: { $0.map { LineText.looksBinary($0) } ?? false }) { flags.insert(.binary) }
        let fileClass: FileClass
        switch (left, right) {
        case (nil, _): fileClass = .targetOnly
        case (_, nil): fileClass = .sourceOnly
        case let (left?, right?):
            let sameKind = left.kind == right.kind && left.kind != .other
            let sameBytes = sameKind && left.size == right.size && leftBytes == rightBytes
            fileClass = sameBytes ? .same : .conflict
            if left.kind == .file && right.kind == .file && left.mode != right.mode { flags.insert(.modeDiffers) }
            if fileClass == .conflict, left.kind == .file, right.kind == .file, !flags.contains(.binary),
               let leftBytes, let rightBytes {
                conflictTexts[path] = ConflictTexts(source: leftBytes, target: rightBytes)
            }
        }
        return ScannedFile(path: path, fileClass: fileClass, flags: flags, source: leftSide, target: rightSide)
    }

    /// One side of a path, read when it is a file or a link.
    private func readSide(_ root: String, _ path: String, _ entry: Entry) throws(ScanError) -> (ScannedSide, [UInt8]?) {
        guard entry.kind == .file || entry.kind == .symlink else { return (side(entry), nil) }
        let bytes = try WorkspaceListing.bytes(of: join(root, path), kind: entry.kind, size: entry.size)
        return (ScannedSide(kind: entry.kind, size: entry.size, mode: entry.mode, hash: ContentHash(of: bytes)), bytes)
    }

    private func read(_ root: String, _ path: String, _ entry: Entry) throws(ScanError) -> ScannedSide {
        try readSide(root, path, entry).0
    }

    private func side(_ entry: Entry) -> ScannedSide {
        ScannedSide(kind: entry.kind, size: entry.size, mode: entry.mode)
    }

    private func join(_ root: String, _ relative: String) -> String {
        relative.isEmpty ? root : "\(root)/\(relative)"
    }

}
