import ConvergeTestSupport
import DiffCore
import Testing

/// Lines are compared as bytes, terminators included: every difference is found and
/// shown, and applying the diff gives back the exact bytes, whatever the encoding.
@Suite struct ByteFidelityTests {
    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var old: [UInt8]
        var new: [UInt8]
        /// The expected changes as `(old, new)` line ranges.
        var changes: [Lines]

        init(_ description: String, _ old: [UInt8], _ new: [UInt8], _ changes: [Lines]) {
            self.description = description
            self.old = old
            self.new = new
            self.changes = changes
        }

        init(_ description: String, _ old: String, _ new: String, _ changes: [Lines]) {
            self.init(description, Array(old.utf8), Array(new.utf8), changes)
        }
    }

    /// A change as plain line ranges: `old` replaced by `new`.
    struct Lines: Sendable, Equatable {
        var old: Range<Int>
        var new: Range<Int>
        init(_ old: Range<Int>, _ new: Range<Int>) { self.old = old; self.new = new }
    }

    static let megabyteLine: [UInt8] = (0..<1_000_000).map { UInt8(0x41 + $0 % 26) }
    static var megabyteLineChanged: [UInt8] {
        var line = megabyteLine
        line[500_001] = UInt8(ascii: "#")
        return line
    }

    static let cases: [Case] = [
        Case("CRLF and LF line otherwise equal", "a\r\nb\r\nc\r\n", "a\r\nb\nc\r\n", [Lines(1..<2, 1..<2)]),
        Case("CRLF text, one line changed", "a\r\nb\r\nc\r\n", "a\r\nB\r\nc\r\n", [Lines(1..<2, 1..<2)]),
        Case("mixed endings", "a\nb\r\nc\rd\n", "a\r\nb\r\nc\rd\n", [Lines(0..<1, 0..<1)]),
        Case("lone CR inside a line", "x\ry\nz\n", "x\rY\nz\n", [Lines(0..<1, 0..<1)]),
        Case("final newline added", "a\nb", "a\nb\n", [Lines(1..<2, 1..<2)]),
        Case("final newline removed", "a\nb\n", "a\nb", [Lines(1..<2, 1..<2)]),
        Case("final CRLF becomes LF", "a\nb\r\n", "a\nb\n", [Lines(1..<2, 1..<2)]),
        Case("final CR without LF", "a\nb\r", "a\nb\r\n", [Lines(1..<2, 1..<2)]),
        Case("both empty", "", "", []),
        Case("empty old", "", "a\nb", [Lines(0..<0, 0..<2)]),
        Case("empty new", "a\nb\n", "", [Lines(0..<2, 0..<0)]),
        Case("a lone newline", "\n", "", [Lines(0..<1, 0..<0)]),
        Case("a blank line added", "\n\n", "\n\n\n", [Lines(2..<2, 2..<3)]),
        Case("UTF-8 BOM added", "a\nb\n", "\u{FEFF}a\nb\n", [Lines(0..<1, 0..<1)]),
        Case("Latin-1 against UTF-8", [0x63, 0x61, 0x66, 0xE9, 0x0A, 0x78, 0x0A], Array("café\nx\n".utf8),
             [Lines(0..<1, 0..<1)]),
        Case("invalid UTF-8", [0xFF, 0xFE, 0x0A, 0x80, 0x0A, 0xC0, 0xAF, 0x0A],
             [0xFF, 0xFE, 0x0A, 0x81, 0x0A, 0xC0, 0xAF, 0x0A], [Lines(1..<2, 1..<2)]),
        Case("bytes differing only after a NUL", "k\na\0b\n", "k\na\0c\n", [Lines(1..<2, 1..<2)]),
        Case("NUL lines", "\0\n\0\0\n", "\0\0\n\0\0\n", [Lines(0..<1, 0..<1)]),
        Case("1 MB line, one byte changed", megabyteLine + [0x0A], megabyteLineChanged + [0x0A],
             [Lines(0..<1, 0..<1)]),
        Case("1 MB line kept, next line changed", megabyteLine + Array("\nx".utf8), megabyteLine + Array("\ny".utf8),
             [Lines(1..<2, 1..<2)]),
    ]

    @Test(arguments: cases, [false, true])
    func findsExactlyTheChangedLines(item: Case, minimal: Bool) throws {
        let options = DiffOptions(minimal: minimal)
        let changes = try Diff.changes(from: LineText(item.old), to: LineText(item.new), options: options)
        #expect(changes.map { Lines($0.old, $0.new) } == item.changes)
        let backward = try Diff.changes(from: LineText(item.new), to: LineText(item.old), options: options)
        #expect(backward.map { Lines($0.new, $0.old) } == item.changes)
    }

    @Test(arguments: cases)
    func applyingGivesBackTheExactBytes(item: Case) throws {
        for (old, new) in [(item.old, item.new), (item.new, item.old)] {
            let changes = try Diff.changes(from: LineText(old), to: LineText(new))
            #expect(TextLines.difference(try DiffApply.apply(changes.map { ($0.old, $0.new) }, old: old, new: new), new) == nil)
            #expect(TextLines.difference(try DiffPatch.apply(unified(old, new), to: old), new) == nil,
                    "the unified diff, read back strictly")
        }
    }

    @Test(arguments: cases)
    func lineSplittingKeepsEveryByte(item: Case) throws {
        for bytes in [item.old, item.new] {
            let text = try LineText(bytes)
            let lines = (0..<text.count).map { Array(text.line($0)) }
            #expect(lines == TextLines.split(bytes).map(Array.init))
            #expect(TextLines.join(lines) == bytes)
            #expect(text.hasFinalNewline == (bytes.last.map { $0 == 0x0A } ?? true))
        }
    }

    @Test func aMissingFinalNewlineIsShown() throws {
        let output = String(decoding: try unified(Array("a\nb".utf8), Array("a\nb\n".utf8)), as: UTF8.self)
        #expect(output == "--- file.txt\n+++ file.txt\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n")
    }

    @Test func carriageReturnsAreWrittenAsTheyAre() throws {
        let output = try unified(Array("a\r\nb\r\n".utf8), Array("a\r\nb\n".utf8))
        #expect(output == Array("--- file.txt\n+++ file.txt\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+b\n".utf8))
    }

    /// Lines hash eight bytes at a time, with a partial last word and a special case at
    /// the very end of the text: a change in any byte of a line of any short length must
    /// be seen, in the middle of a text and as its unterminated last line.
    @Test(arguments: 1...24)
    func aChangeInAnyByteOfAShortLineIsFound(length: Int) throws {
        let line = (0..<length).map { UInt8(0x61 + $0 % 26) }
        for position in 0..<length {
            var changed = line
            changed[position] ^= 0x20
            for suffix in [Array("\nlast\n".utf8), []] {
                let old = Array("first\n".utf8) + line + suffix, new = Array("first\n".utf8) + changed + suffix
                let changes = try Diff.changes(from: LineText(old), to: LineText(new))
                #expect(changes.map { Lines($0.old, $0.new) } == [Lines(1..<2, 1..<2)],
                        "length \(length), byte \(position), terminated: \(!suffix.isEmpty)")
            }
        }
    }

    @Test func gitApplyGivesBackTheExactBytes() throws {
        try checkApplied(by: .gitApply)
    }

    @Test(.enabled(if: PatchTool.patch.isInstalled, "GNU patch is not installed: CI must install it"))
    func patchGivesBackTheExactBytes() throws {
        try checkApplied(by: .patch)
    }

    private func checkApplied(by tool: PatchTool) throws {
        let pairs = Self.cases.filter { $0.old != $0.new }.flatMap { [($0, $0.old, $0.new), ($0, $0.new, $0.old)] }
        let outcomes = try tool.apply(pairs.map { try PatchTool.Case(old: $0.1, diff: unified($0.1, $0.2)) })
        for ((item, _, new), outcome) in zip(pairs, outcomes) {
            #expect(outcome.status == 0, "\(tool) on \(item): \(outcome.log)")
            #expect(TextLines.difference(outcome.result, new) == nil, "\(tool) on \(item)")
        }
    }

    private func unified(_ old: [UInt8], _ new: [UInt8]) throws -> [UInt8] {
        let oldText = try LineText(old), newText = try LineText(new)
        var sink = ByteBuffer()
        UnifiedDiff(oldLabel: "file.txt", newLabel: "file.txt")
            .write(old: oldText, new: newText, changes: try Diff.changes(from: oldText, to: newText), to: &sink)
        return sink.bytes
    }
}
