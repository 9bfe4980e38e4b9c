import Foundation

/// The real code behind the `python`, `merge-clean` and `merge-conflict` inputs: the
/// system Python standard library's `*.py` files (no `site-packages`/`dist-packages`),
/// in sorted path order, held as one byte buffer with line offsets.
///
/// Real code has the line-frequency profile (many blank lines, `"""`, `return`, `else:`)
/// that synthetic lines only imitate; PEERS.md's timings were taken on Debian's
/// `/usr/lib/python3.11` (304k lines).
struct PythonCorpus {
    let root: String
    let fileCount: Int
    /// All files, each ending in a newline.
    private let bytes: [UInt8]
    /// Start offset of every line, plus one final entry = `bytes.count`.
    private let lineStarts: [Int32]
    /// The range of line numbers of each file, in sorted path order.
    private let fileLines: [Range<Int32>]

    var lineCount: Int { lineStarts.count - 1 }
    var byteCount: Int { bytes.count }

    /// Loads every valid UTF-8 `*.py` file under `root` (files that are not UTF-8 are skipped:
    /// a tool that rejects them would fail for a reason that is not the benchmark's).
    init(root: String) throws {
        let paths = try PythonCorpus.sourcePaths(under: root)
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        var files: [Range<Int32>] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: root + "/" + path), !data.isEmpty,
                  String(data: data, encoding: .utf8) != nil else { continue }
            let first = Int32(starts.count)
            var lineStart = bytes.count
            bytes.append(contentsOf: data)
            if bytes.last != 0x0A { bytes.append(0x0A) }
            for index in lineStart..<bytes.count where bytes[index] == 0x0A {
                starts.append(Int32(lineStart))
                lineStart = index + 1
            }
            files.append(first..<Int32(starts.count))
        }
        guard !starts.isEmpty, bytes.count < Int32.max else {
            throw BenchError("no usable *.py files under \(root) (use --python-stdlib DIR)")
        }
        starts.append(Int32(bytes.count))
        self.root = root
        self.fileCount = files.count
        self.bytes = bytes
        self.lineStarts = starts
        self.fileLines = files
    }

    /// Calls `body` with the bytes of line `index`, without its newline.
    func withLine<R>(_ index: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let start = Int(lineStarts[Int(index)])
        let end = Int(lineStarts[Int(index) + 1]) - 1
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The base text of `lines` lines, as corpus line numbers: the files concatenated,
    /// repeated in a new shuffled file order each pass, cut at exactly `lines`.
    ///
    /// The order does not depend on `lines`, so the 10k base is a prefix of the 100k base.
    /// 4 bytes per line keeps the 1M base at 4 MB instead of a million strings.
    func baseLines(_ lines: Int) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(lines)
        var pass = 0
        while result.count < lines {
            var order = Array(fileLines.indices)
            var random = Xoshiro256(label: "python-base-order", pass)
            random.shuffle(&order)
            for file in order where result.count < lines {
                let range = fileLines[file]
                result.append(contentsOf: range.prefix(lines - result.count))
            }
            pass += 1
        }
        return result
    }

    /// Relative paths of the `*.py` files under `root`, sorted by bytes, skipping installed
    /// third-party packages.
    private static func sourcePaths(under root: String) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else {
            throw BenchError("cannot read the Python standard library folder \(root)")
        }
        var paths: [String] = []
        while let path = walker.nextObject() as? String {
            let name = (path as NSString).lastPathComponent
            if name == "site-packages" || name == "dist-packages" || name == "__pycache__" {
                walker.skipDescendants()
            } else if name.hasSuffix(".py") {
                paths.append(path)
            }
        }
        return paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
