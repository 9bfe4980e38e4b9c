import Foundation

/// Makes the scan's TARGET differ from SOURCE the way two copies of a package grow
/// apart: 5% of the files, a third of them changed (a line added at a seeded place), a
/// third removed and a third added (a copy of a neighbour under a new name, with a line
/// of its own). Only `*.py` files are touched, so every change is one a merge would see.
///
/// The choice is seeded (`Xoshiro256`) over the sorted file list, so the same packages
/// give the same trees on every machine.
struct ScanTreeEdits {
    static let share = 0.05

    /// How many files the target's copy started with, and what was done to them.
    struct Summary: Equatable {
        var files = 0
        var changed = 0
        var added = 0
        var removed = 0

        var line: String { "\(files) \(changed) \(added) \(removed)\n" }

        init() {}

        /// The summary saved next to the cache stamp, or nil when there is none.
        init?(stampFile path: String) {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
            let numbers = text.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
            guard numbers.count == 4 else { return nil }
            (files, changed, added, removed) = (numbers[0], numbers[1], numbers[2], numbers[3])
        }

        func write(to path: String) throws {
            try line.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    let target: String
    private var random = Xoshiro256(label: "scan-trees")

    init(target: String) {
        self.target = target
    }

    mutating func apply() throws -> Summary {
        let files = Self.regularFiles(under: target)
        var python = files.filter { $0.hasSuffix(".py") }
        random.shuffle(&python)
        let edits = min(Int((Double(files.count) * Self.share).rounded(.up)), python.count)
        var summary = Summary()
        summary.files = files.count
        summary.changed = edits / 3
        summary.removed = edits / 3
        summary.added = edits - summary.changed - summary.removed
        var picks = python[...]
        for path in picks.prefix(summary.changed) { try change(target + "/" + path) }
        picks = picks.dropFirst(summary.changed)
        for path in picks.prefix(summary.removed) { try FileManager.default.removeItem(atPath: target + "/" + path) }
        picks = picks.dropFirst(summary.removed)
        for path in picks.prefix(summary.added) { try addNeighbour(of: target + "/" + path) }
        return summary
    }

    /// Inserts a comment line at a seeded line boundary.
    private mutating func change(_ path: String) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var starts = [0]
        for index in bytes.indices where bytes[index] == 0x0A && index + 1 < bytes.count { starts.append(index + 1) }
        let at = starts[random.int(in: 0...(starts.count - 1))]
        bytes.insert(contentsOf: Array("# changed in the target (converge-bench)\n".utf8), at: at)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// `name_added.py` next to `path`, its bytes plus a line of its own.
    private func addNeighbour(of path: String) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
        bytes += Array("# added in the target (converge-bench)\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: String(path.dropLast(3)) + "_added.py"))
    }

    /// Relative paths of the regular files under `root`, in byte order.
    static func regularFiles(under root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var paths: [String] = []
        while let path = walker.nextObject() as? String {
            if (walker.fileAttributes?[.type] as? FileAttributeType) == .typeRegular { paths.append(path) }
        }
        return paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
