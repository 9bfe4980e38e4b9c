import Migration

extension TreeRow {
    /// The rows of the whole tree of `scan`: folders (each before what it holds) and
    /// files in the scan's path order, then the excluded group and its paths.
    ///
    /// The scan is sorted by path in byte order, so everything under one folder is
    /// contiguous: a stack of open folders is all the walk needs.
    /// - Complexity: O(total path length).
    public static func rows(of scan: WorkspaceScan) -> [TreeRow] {
        var rows: [TreeRow] = []
        rows.reserveCapacity(scan.files.count + scan.files.count / 8 + 2)
        var open: [(name: Substring, row: Int)] = []
        var excluded: [Int] = []
        for (index, file) in scan.files.enumerated() {
            if file.fileClass == .excluded {
                excluded.append(index)
                continue
            }
            let parts = file.path.split(separator: "/", omittingEmptySubsequences: true)
            let folders = parts.dropLast()
            var shared = 0
            while shared < open.count, shared < folders.count, open[shared].name == folders[folders.startIndex + shared] {
                shared += 1
            }
            close(&open, downTo: shared, in: &rows)
            for depth in shared..<folders.count {
                let name = folders[folders.startIndex + depth]
                let parent = open.last?.row ?? -1
                open.append((name, rows.count))
                rows.append(TreeRow(kind: .folder, depth: depth, name: String(name), file: -1, parent: parent, end: 0,
                                    classes: [], fileCount: 0))
            }
            let classes = FileClassSet(file.fileClass)
            for folder in open {
                rows[folder.row].classes.formUnion(classes)
                rows[folder.row].fileCount += 1
            }
            rows.append(TreeRow(kind: .file, depth: folders.count, name: String(parts.last ?? ""), file: index,
                                parent: open.last?.row ?? -1, end: rows.count + 1, classes: classes, fileCount: 1))
        }
        close(&open, downTo: 0, in: &rows)
        if !excluded.isEmpty { appendExcluded(excluded, of: scan, to: &rows) }
        return rows
    }

    /// Closes the open folders deeper than `depth`: their rows end here.
    private static func close(_ open: inout [(name: Substring, row: Int)], downTo depth: Int, in rows: inout [TreeRow]) {
        while open.count > depth {
            rows[open.removeLast().row].end = rows.count
        }
    }

    /// The excluded group: one row, then every excluded path by its whole path.
    private static func appendExcluded(_ indices: [Int], of scan: WorkspaceScan, to rows: inout [TreeRow]) {
        let group = rows.count
        rows.append(TreeRow(kind: .excludedGroup, depth: 0, name: "excluded", file: -1, parent: -1,
                            end: group + 1 + indices.count, classes: .excluded, fileCount: indices.count))
        for index in indices {
            rows.append(TreeRow(kind: .file, depth: 1, name: scan.files[index].path, file: index, parent: group,
                                end: rows.count + 1, classes: .excluded, fileCount: 1))
        }
    }
}
