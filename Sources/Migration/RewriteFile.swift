import PythonSource

/// One Python file as the planner sees it: its analysis, where it sits before and
/// after the moves, and helpers to turn byte ranges into proposals.
struct RewriteFile {
    let path: String
    let analysis: SourceAnalysis
    /// Nil when the path names no module; then only absolute imports are rewritten.
    let oldLocation: ModuleLocation?
    let newLocation: ModuleLocation?

    /// `findingDottedNameStrings: false` leaves the strings out of the analysis, for a
    /// file that `RewriteFileFilter` shows cannot need them.
    init(path: String, bytes: [UInt8], layout: RewriteLayout, findingDottedNameStrings: Bool = true) {
        self.path = path
        analysis = SourceAnalysis(PythonTokenizer.tokenize(bytes), findingDottedNameStrings: findingDottedNameStrings)
        oldLocation = layout.oldLocation(ofPath: path)
        newLocation = oldLocation.map(layout.newLocation)
    }

    var bytes: [UInt8] { analysis.source.bytes }

    /// Whether the file itself changes its module name.
    var moves: Bool { oldLocation?.name != newLocation?.name }

    func text(_ range: Range<Int>) -> String { analysis.source.text(in: range) }

    func proposal(_ range: Range<Int>, after: String, kind: ProposalKind, reason: String) -> Proposal {
        Proposal(path: path, line: analysis.source.position(of: range.lowerBound).line, range: range,
                 before: text(range), after: after, kind: kind, reason: reason)
    }

    /// The line ending of the line holding `offset`: CRLF stays CRLF. A last line
    /// without one takes the file's first ending, or LF.
    func lineEnding(after offset: Int) -> String {
        let bytes = self.bytes
        let newline = bytes[offset...].firstIndex(of: 0x0A) ?? bytes.firstIndex(of: 0x0A)
        guard let newline else { return "\n" }
        return newline > 0 && bytes[newline - 1] == 0x0D ? "\r\n" : "\n"
    }

    /// The indentation before `offset` when only blanks precede it on its line; nil
    /// when code does (a statement after `;`).
    func indentation(before offset: Int) -> String? {
        let bytes = self.bytes
        var start = (bytes[..<offset].lastIndex(of: 0x0A)).map { $0 + 1 } ?? 0
        if start == 0 && analysis.source.hasByteOrderMark { start = 3 }
        let prefix = bytes[start..<offset]
        guard prefix.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0C }) else { return nil }
        return String(decoding: prefix, as: UTF8.self)
    }
}
