/// The whole line a proposal edits, as the file has it, so the interface can show the
/// line before and after the rewrite (the proposal alone holds only the bytes it
/// replaces, and the interface reads no files).
public struct ProposalLine: Hashable, Sendable {
    /// The line where the proposal's range starts, without its terminator.
    public let text: String
    /// Where the range starts in the line, in bytes of its UTF-8.
    public let column: Int

    public init(text: String, column: Int) {
        self.text = text
        self.column = column
    }

    /// The line of `proposal` in `bytes` (the file as the planner read it); nil when
    /// the range is outside them.
    public init?(of proposal: Proposal, in bytes: [UInt8]) {
        let start = proposal.range.lowerBound
        guard start <= bytes.count else { return nil }
        var lineStart = start
        while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        var lineEnd = start
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        text = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        column = start - lineStart
    }

    /// The line with the proposal written into it. A rewrite that reaches past the end of
    /// the line (a parenthesised import) shows up to the end of its own first line.
    public func rewritten(by proposal: Proposal) -> String {
        let utf8 = Array(text.utf8)
        let head = utf8[..<min(column, utf8.count)]
        let replacedEnd = column + proposal.range.count
        let tail = replacedEnd <= utf8.count ? utf8[replacedEnd...] : []
        var after = proposal.after
        if replacedEnd > utf8.count, let firstBreak = after.firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            after = String(after[..<firstBreak])
        }
        return String(decoding: head, as: UTF8.self) + after + String(decoding: tail, as: UTF8.self)
    }
}
