/// Walks SOURCE and TARGET side by side and classifies every relative path.
///
/// Both folders are listed together, so each path is looked at once; the walk lists
/// only, and the files it finds are read, compared and hashed by a few threads as it
/// goes (`scan`). A file is read once and hashed (the backup step needs the
/// hashes), and its bytes are compared with the other side's only when the sizes are equal. Excluded paths are neither
/// read nor entered. The folder side of a type clash is entered, so its files show
/// as source-only or target-only and nothing is lost.
struct WorkspaceScanner {
    typealias Entry = WorkspaceListing.Entry

    let source: String
    let target: String
    let rules: ExcludeRules
    private(set) var files: [ScannedFile] = []
    private(set) var conflictTexts: [String: ConflictTexts] = [:]
    /// Where the walk puts each path with a file, link or special file on a side, to be read.
    private var pairs: PairQueue? = nil

    init(source: String, target: String, rules: ExcludeRules) {
        self.source = source
        self.target = target
        self.rules = rules
    }

    /// Scans the folder at `relative` in both trees (`nil` side: the tree has no folder there).
    private mutating func scanFolder(_ relative: String, inSource: Bool, inTarget: Bool) throws(ScanError) {
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
        pairs?.add(WorkspacePair(path: path, source: left, target: right))
    }

    /// Walks both trees and reads the pairs found as it goes (`WorkspacePairs`), adding
    /// them to `files`. Throws the error of the first path, in walk order, that could
    /// not be listed or read.
    mutating func scan() throws(ScanError) {
        let (outcomes, walkError) = WorkspacePairs.compare(source: source, target: target) { queue throws(ScanError) in
            pairs = queue
            try scanFolder("", inSource: true, inTarget: true)
        }
        pairs = nil
        files.reserveCapacity(files.count + outcomes.count)
        // Pairs found before the walk stopped come first in walk order, so their errors win.
        for outcome in outcomes {
            let pair = try outcome.get()
            files.append(pair.file)
            if let texts = pair.texts { conflictTexts[pair.file.path] = texts }
        }
        if let walkError { throw walkError }
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
