/// Where each physical line of a source file starts, so that any byte offset can be
/// named as line:column.
///
/// A line ends at LF, CRLF or a lone CR, the three endings Python's tokenizer accepts
/// (it reads source with universal newlines). A file that ends with a line end has an
/// empty last line, so `count` is always the number of line ends plus one.
public struct SourceLines: Sendable, Equatable {
    /// The byte offset where each line starts, in increasing order; the first is 0.
    public let starts: [Int]
    /// The size of the whole source in bytes.
    public let byteCount: Int

    public init(_ bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { SourceLines($0) }
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var starts = [0]
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A {
                starts.append(index)
            } else if byte == 0x0D {
                if index < count && bytes[index] == 0x0A { index += 1 }
                starts.append(index)
            }
        }
        self.starts = starts
        byteCount = count
    }

    /// The number of lines, counting an empty last line after a final line end.
    public var count: Int { starts.count }

    /// The line (from 1) that holds the byte at `offset`; an offset at the very end
    /// belongs to the last line.
    /// - Complexity: O(log lines).
    public func line(containing offset: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The line and byte column (both from 1) of `offset`.
    public func position(of offset: Int) -> SourcePosition {
        let line = line(containing: offset)
        return SourcePosition(line: line, column: offset - starts[line - 1] + 1)
    }

    /// The bytes of `line` (from 1), its line end included.
    public func range(ofLine line: Int) -> Range<Int> {
        let end = line < starts.count ? starts[line] : byteCount
        return starts[line - 1]..<end
    }
}
