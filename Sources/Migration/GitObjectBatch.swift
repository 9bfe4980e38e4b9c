/// Many objects read from one `git cat-file --batch`, in the order asked: one process
/// for all of a migration's bases, however many conflict files it has.
///
/// `cat-file` prints objects as stored, with no textconv, filter or end-of-line
/// conversion (`git show` may apply textconv), so a blob comes back byte for byte.
enum GitObjectBatch {
    /// What git holds under one name such as `a1b2c3d:pkg/strategy.py`.
    enum Answer: Equatable, Sendable {
        case blob([UInt8])
        /// Something that is not a file: a tree (a folder there), a commit (a submodule).
        case other(type: String)
        /// Nothing by that name (no such path, revision, or an ambiguous name).
        case missing
    }

    /// The answer for every name, in order. A name must not hold a line break (the batch
    /// reads one name per line); callers keep such paths out.
    static func read(_ names: [String], in tree: GitWorkTree) throws(GitProcess.Failure) -> [Answer] {
        guard !names.isEmpty else { return [] }
        let input = Array(names.map { $0 + "\n" }.joined().utf8)
        let output = try tree.git(["cat-file", "--batch"], input: input)
        guard output.status == 0 else {
            throw GitProcess.Failure(description: "cat-file --batch: \(output.errorLine.isEmpty ? "failed" : output.errorLine)")
        }
        var reader = Reader(bytes: output.stdout)
        var answers: [Answer] = []
        answers.reserveCapacity(names.count)
        for _ in names {
            guard let answer = reader.next() else {
                throw GitProcess.Failure(description: "cat-file --batch: its output ended early")
            }
            answers.append(answer)
        }
        return answers
    }

    /// Walks the batch output: `OID TYPE SIZE\n` then SIZE bytes and `\n`, or
    /// `NAME missing\n` (also `ambiguous`), where NAME may hold spaces.
    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func next() -> Answer? {
            guard offset < bytes.count, let newline = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            let header = String(decoding: bytes[offset..<newline], as: UTF8.self)
            offset = newline + 1
            let words = header.split(separator: " ", omittingEmptySubsequences: false)
            guard words.count == 3, let size = Int(words[2]) else { return .missing }
            guard size <= bytes.count - offset else { return nil }
            let content = Array(bytes[offset..<offset + size])
            offset += size + 1
            return words[1] == "blob" ? .blob(content) : .other(type: String(words[1]))
        }
    }
}
