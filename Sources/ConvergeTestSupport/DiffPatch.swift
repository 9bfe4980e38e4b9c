/// Applies a unified diff to the old text, strictly: unlike `patch` it allows no fuzz
/// and no offset, so every hunk header number, every context line and every deleted
/// line must be exactly right, byte for byte.
///
/// Works on any bytes (NUL, invalid UTF-8, CR), so it can check outputs that `patch`
/// and `git apply` would refuse or silently repair.
public enum DiffPatch {
    /// What is wrong with the diff, with the line of the diff where it was found.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The result of applying `diff` (two header lines and its hunks) to `old`. An empty
    /// diff leaves `old` as it is.
    public static func apply(_ diff: [UInt8], to old: [UInt8]) throws -> [UInt8] {
        var reader = Reader(patch: TextLines.split(diff), old: TextLines.split(old))
        return try reader.run()
    }

    private struct Reader {
        let patch: [ArraySlice<UInt8>]
        let old: [ArraySlice<UInt8>]
        var cursor = 0          // next line of the patch
        var oldLine = 0         // next line of the old text
        var output: [[UInt8]] = []

        init(patch: [ArraySlice<UInt8>], old: [ArraySlice<UInt8>]) {
            self.patch = patch
            self.old = old
        }

        mutating func run() throws -> [UInt8] {
            guard !patch.isEmpty else { return TextLines.join(old) }
            guard patch.count >= 2, patch[0].starts(with: Array("--- ".utf8)),
                  patch[1].starts(with: Array("+++ ".utf8)) else {
                throw fail("expected the header lines `--- OLD` and `+++ NEW`")
            }
            cursor = 2
            guard cursor < patch.count else { throw fail("no hunk after the header") }
            while cursor < patch.count { try hunk() }
            output.append(contentsOf: old[oldLine...].map(Array.init))
            return TextLines.join(output)
        }

        func fail(_ message: String) -> Failure {
            Failure(description: "diff line \(cursor + 1): \(message)")
        }

        /// Reads `@@ -a,b +c,d @@` and the `b` old and `d` new lines after it.
        mutating func hunk() throws {
            let header = String(decoding: patch[cursor], as: UTF8.self)
            let parts = header.split(separator: " ")
            guard parts.count == 4, parts[0] == "@@", parts[3] == "@@\n",
                  let (oldStart, oldCount) = Self.range(parts[1], sign: "-"),
                  let (newStart, newCount) = Self.range(parts[2], sign: "+") else {
                throw fail("malformed hunk header \(TextLines.escaped(patch[cursor]))")
            }
            let at = oldCount == 0 ? oldStart : oldStart - 1
            guard at >= oldLine, at <= old.count else {
                throw fail("hunk starts at old line \(at + 1), out of order or past the end")
            }
            output.append(contentsOf: old[oldLine..<at].map(Array.init))
            oldLine = at
            guard output.count == (newCount == 0 ? newStart : newStart - 1) else {
                throw fail("new start \(newStart) does not match the \(output.count) lines written before it")
            }
            cursor += 1
            var oldLeft = oldCount, newLeft = newCount
            while oldLeft > 0 || newLeft > 0 {
                guard cursor < patch.count, let kind = patch[cursor].first else {
                    throw fail("hunk ends early: \(oldLeft) old and \(newLeft) new lines missing")
                }
                let line = bodyLine()
                switch kind {
                case UInt8(ascii: " "), UInt8(ascii: "-"):
                    guard oldLine < old.count, old[oldLine].elementsEqual(line) else {
                        let actual = TextLines.escaped(old[safe: oldLine])
                        throw fail("old line \(oldLine + 1) is \(actual), the diff says \(TextLines.escaped(line))")
                    }
                    oldLine += 1
                    oldLeft -= 1
                    if kind == UInt8(ascii: " ") { output.append(line); newLeft -= 1 }
                case UInt8(ascii: "+"):
                    output.append(line)
                    newLeft -= 1
                default:
                    throw fail("a hunk line must start with space, - or +")
                }
                guard oldLeft >= 0, newLeft >= 0 else { throw fail("more lines than the hunk header counts") }
            }
        }

        /// The line at the cursor without its prefix; a `\ No newline at end of file`
        /// after it takes away the `\n`. Moves the cursor past both.
        mutating func bodyLine() -> [UInt8] {
            var line = Array(patch[cursor].dropFirst())
            cursor += 1
            if cursor < patch.count, patch[cursor].first == UInt8(ascii: "\\") {
                if line.last == 0x0A { line.removeLast() }
                cursor += 1
            }
            return line
        }

        /// `-a,b` or `-a` (count 1).
        static func range(_ text: Substring, sign: Character) -> (Int, Int)? {
            guard text.first == sign else { return nil }
            let numbers = text.dropFirst().split(separator: ",", omittingEmptySubsequences: false)
            guard numbers.count <= 2, let start = Int(numbers[0]) else { return nil }
            guard numbers.count == 2 else { return (start, 1) }
            guard let count = Int(numbers[1]) else { return nil }
            return (start, count)
        }
    }
}

extension Array<ArraySlice<UInt8>> {
    fileprivate subscript(safe index: Int) -> ArraySlice<UInt8> {
        indices.contains(index) ? self[index] : []
    }
}
