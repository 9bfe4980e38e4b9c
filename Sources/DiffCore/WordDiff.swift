/// One difference inside a changed line pair: the bytes `old` of the old line are
/// replaced by the bytes `new` of the new line. One range may be empty (a pure
/// insertion or deletion), never both.
///
/// Offsets are relative to the start of each line as given to `WordDiff`.
public struct WordChange: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Bytes of the old line that are replaced (deleted).
    public var old: Range<Int>
    /// Bytes of the new line that replace them (inserted).
    public var new: Range<Int>

    public init(old: Range<Int>, new: Range<Int>) {
        self.old = old
        self.new = new
    }

    public var description: String { "\(old.lowerBound)..<\(old.upperBound) → \(new.lowerBound)..<\(new.upperBound)" }
}

/// Word-level changes between two versions of a line, for highlighting what changed
/// inside a changed line pair (as `git diff --word-diff` or KDiff3's in-line colours).
///
/// Each line is split into tokens (`WordTokenizer`: identifiers and numbers, whitespace
/// runs, single punctuation bytes, whole UTF-8 characters, single invalid bytes), the
/// tokens are interned to ids and compared with the same Myers search as lines, in
/// minimal mode (lines are short, and a minimal script highlights the least).
///
/// Two choices make the result read better than the raw token script:
/// - Changes separated only by whitespace are joined into one, as git's word diff
///   shows `int x` → `long y` as one replacement rather than two with an untouched
///   space between. Any other gap, even one punctuation byte, keeps changes apart.
/// - The line terminator (`\n` or `\r\n`) is compared on its own and is part of a
///   change only when it differs (`\r\n` against `\n`, or a missing final newline);
///   such a change covers the whole terminator, and merges with a change that ends
///   the line body.
///
/// Guarantees: changes come in increasing order on both sides, within bounds, with at
/// least one unchanged byte between two changes; copying the unchanged bytes of the old
/// line and each change's bytes of the new line gives the new line byte for byte; a
/// change never starts or ends inside a token. Equal lines give no changes.
public enum WordDiff {
    /// The word changes that turn line `old` into line `new`; offsets are relative to
    /// each slice's start.
    /// - Complexity: O((N+M)·D) in tokens, where D is the number of changed tokens.
    public static func changes(old: ArraySlice<UInt8>, new: ArraySlice<UInt8>) -> [WordChange] {
        if old.elementsEqual(new) { return [] }
        let oldBody = old.count - terminatorLength(old)
        let newBody = new.count - terminatorLength(new)
        var changes = joinedAcrossWhitespace(
            bodyChanges(old: old.prefix(oldBody), new: new.prefix(newBody)),
            old: old)
        if !old[(old.startIndex + oldBody)...].elementsEqual(new[(new.startIndex + newBody)...]) {
            // A change that ends the body ends it on both sides (the bytes after it are
            // unchanged), so it can take the terminator in.
            let touching = changes.last.map { $0.old.upperBound == oldBody } ?? false
            let start = touching ? changes.removeLast() : WordChange(old: oldBody..<oldBody, new: newBody..<newBody)
            changes.append(WordChange(old: start.old.lowerBound..<old.count, new: start.new.lowerBound..<new.count))
        }
        return changes
    }

    /// The word changes between two whole lines given as arrays.
    public static func changes(old: [UInt8], new: [UInt8]) -> [WordChange] {
        changes(old: old[...], new: new[...])
    }

    /// The word changes between line `oldLine` of `old` and line `newLine` of `new`;
    /// offsets are relative to the start of each line, not of the text.
    public static func changes(old: LineText, line oldLine: Int, new: LineText, line newLine: Int) -> [WordChange] {
        let oldBytes = old.line(oldLine), newBytes = new.line(newLine)
        return changes(old: ArraySlice(oldBytes), new: ArraySlice(newBytes))
    }

    /// The length of the terminator that ends `line`: 2 for `\r\n`, 1 for `\n`, else 0.
    static func terminatorLength(_ line: ArraySlice<UInt8>) -> Int {
        guard line.last == 0x0A else { return 0 }
        return line.count >= 2 && line[line.endIndex - 2] == 0x0D ? 2 : 1
    }

    /// The token changes between two line bodies, as byte ranges, unjoined.
    private static func bodyChanges(old: ArraySlice<UInt8>, new: ArraySlice<UInt8>) -> [WordChange] {
        let oldTokens = WordTokenizer.tokens(of: old)
        let newTokens = WordTokenizer.tokens(of: new)
        var interner = TokenInterner()
        let oldIDs = interner.ids(of: oldTokens, in: old)
        let newIDs = interner.ids(of: newTokens, in: new)
        let changes = Diff.changes(
            old: oldIDs, new: newIDs, classCount: interner.count, options: DiffOptions(minimal: true))
        return changes.map { change in
            WordChange(
                old: byteRange(of: change.old, in: oldTokens, length: old.count),
                new: byteRange(of: change.new, in: newTokens, length: new.count))
        }
    }

    /// The bytes covered by the tokens `range` of `tokens`; an empty range of tokens
    /// gives an empty range of bytes where the next token starts.
    private static func byteRange(of range: Range<Int>, in tokens: [Range<Int>], length: Int) -> Range<Int> {
        let start = range.lowerBound < tokens.count ? tokens[range.lowerBound].lowerBound : length
        let end = range.isEmpty ? start : tokens[range.upperBound - 1].upperBound
        return start..<end
    }

    /// `changes` with every two neighbours whose gap is only whitespace joined into one.
    /// The gap is unchanged, so it is the same bytes in `old` and in the new line.
    private static func joinedAcrossWhitespace(_ changes: [WordChange], old: ArraySlice<UInt8>) -> [WordChange] {
        var joined: [WordChange] = []
        joined.reserveCapacity(changes.count)
        for change in changes {
            if let last = joined.last {
                let gap = old[(old.startIndex + last.old.upperBound)..<(old.startIndex + change.old.lowerBound)]
                if gap.allSatisfy(WordTokenizer.isSpaceByte) {
                    joined[joined.count - 1] = WordChange(
                        old: last.old.lowerBound..<change.old.upperBound,
                        new: last.new.lowerBound..<change.new.upperBound)
                    continue
                }
            }
            joined.append(change)
        }
        return joined
    }
}

/// Gives equal tokens equal ids, so the line diff's search can compare tokens.
///
/// A dictionary is enough here: a line has tens of tokens, not the millions of lines
/// `InternedTexts` is built for.
private struct TokenInterner {
    private var table: [ArraySlice<UInt8>: Int32] = [:]
    /// The number of distinct tokens; ids run from 0 to `count - 1`.
    var count: Int { table.count }

    /// The id of each token `tokens` (byte ranges relative to `line`'s start).
    mutating func ids(of tokens: [Range<Int>], in line: ArraySlice<UInt8>) -> [Int32] {
        tokens.map { token in
            let bytes = line[(line.startIndex + token.lowerBound)..<(line.startIndex + token.upperBound)]
            if let id = table[bytes] { return id }
            let id = Int32(table.count)
            table[bytes] = id
            return id
        }
    }
}
