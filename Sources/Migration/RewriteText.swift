import PythonSource

/// Finds fully qualified mentions of moved modules in text that is not Python code:
/// config files, docs, comments and strings. Both the dotted form
/// (`backtester_v2.market_regime.cli:main`) and the slash form
/// (`backtester_v2/market_regime/`, `…/detector.py`) count, each with a boundary on
/// both sides, so `my_backtester_v2.market_regime` and a bare `market_regime` key
/// are never touched.
struct RewriteText {
    let moves: ModuleMoves
    /// The first parts of the moves' old names as bytes, when all are ASCII: a run whose
    /// first part is ASCII and none of these cannot be a mention, so it is passed over
    /// without building its text (most words of a file). Nil compares every run in full.
    private let firstParts: [[UInt8]]?

    init(moves: ModuleMoves) {
        self.moves = moves
        let parts = moves.moves.map { Array(($0.old.parts.first ?? "").utf8) }
        // An empty old name would contain every run.
        firstParts = parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 < 0x80 } } ? parts : nil
    }

    /// One mention: the bytes of the moved prefix and what it becomes.
    struct Mention {
        var range: Range<Int>
        var after: String
        var move: ModuleMove
        /// The whole dotted name the mention is part of (`pkg.mod.attr`).
        var name: ModuleName
    }

    /// Every mention in `bytes[range]`, in order.
    func mentions(in bytes: [UInt8], range: Range<Int>) -> [Mention] {
        var result: [Mention] = []
        var offset = range.lowerBound
        while offset < range.upperBound {
            guard Self.isNameStart(bytes[offset]), offset == range.lowerBound || !Self.isNameByte(bytes[offset - 1]) else {
                offset += 1
                continue
            }
            var end = offset
            while end < range.upperBound && (Self.isNameByte(bytes[end]) || bytes[end] == 0x2F) { end += 1 }
            if let mention = mayStartMention(bytes, run: offset..<end) ? mention(in: bytes, run: offset..<end) : nil {
                result.append(mention)
                offset = mention.range.upperBound
            } else {
                // `/app/backtester_v2/market_regime/`: a slash path may start at any segment.
                offset = bytes[offset..<end].firstIndex(of: 0x2F).map { $0 + 1 } ?? end
            }
        }
        return result
    }

    /// False when `run` surely starts no mention: its first part (up to the first `.` or
    /// `/`) is ASCII and differs from every move's first old part. ASCII text equals
    /// another ASCII text only byte for byte, so this never rejects what `mention` finds.
    private func mayStartMention(_ bytes: [UInt8], run: Range<Int>) -> Bool {
        guard let firstParts else { return true }
        var end = run.lowerBound
        while end < run.upperBound && bytes[end] != 0x2E && bytes[end] != 0x2F {
            if bytes[end] >= 0x80 { return true }
            end += 1
        }
        let count = end - run.lowerBound
        return firstParts.contains { part in
            part.count == count && part.indices.allSatisfy { part[$0] == bytes[run.lowerBound + $0] }
        }
    }

    /// The mention at the start of `run` (name bytes, dots and slashes), if a move covers it.
    private func mention(in bytes: [UInt8], run: Range<Int>) -> Mention? {
        let text = String(decoding: bytes[run], as: UTF8.self)
        let slash = text.contains("/")
        var pieces = text.split(separator: slash ? "/" : ".", omittingEmptySubsequences: false).map(String.init)
        if slash, let last = pieces.last, last.hasSuffix(".py") || last.hasSuffix(".pyi") {
            pieces[pieces.count - 1] = String(last.prefix { $0 != "." })
        }
        if slash { pieces = Array(pieces.prefix { !$0.contains(".") && !$0.isEmpty }) }
        let parts = Array(pieces.prefix(while: Self.isIdentifier))
        guard parts.count >= 2, let move = moves.move(containingParts: parts), move.old != move.new else { return nil }
        let separator = slash ? "/" : "."
        let length = move.old.parts.joined(separator: separator).utf8.count
        return Mention(range: run.lowerBound..<(run.lowerBound + length),
                       after: move.new.parts.joined(separator: separator), move: move, name: ModuleName(parts: parts))
    }

    static func isIdentifier(_ part: String) -> Bool {
        guard let first = part.utf8.first, isNameStart(first) else { return false }
        return part.utf8.allSatisfy { isNameStart($0) || $0 >= 0x30 && $0 <= 0x39 }
    }

    static func isNameStart(_ byte: UInt8) -> Bool {
        byte == 0x5F || (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x80
    }

    /// Letters, digits, `_`, non-ASCII and `.`: bytes that continue a dotted name.
    static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || byte >= 0x30 && byte <= 0x39 || byte == 0x2E
    }
}
