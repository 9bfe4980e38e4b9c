/// Writes a merge result as `git merge-file` does, byte for byte: clean regions as
/// their lines, conflicts with markers in the result's style (or resolved by its favor).
///
/// Two details keep the output a valid text whatever the inputs:
/// - a conflict side whose last line has no terminator gets one before the next
///   marker (otherwise the marker would join that line);
/// - markers, and those added terminators, end in CRLF when the lines around the
///   conflict do (git's `is_cr_needed`), so a CRLF file stays CRLF.
public struct MergeOutput {
    public let result: MergeResult

    public init(_ result: MergeResult) {
        self.result = result
    }

    /// Writes the merged text to `sink`, streaming: nothing is built in memory
    /// beyond one marker line.
    public func write<Sink: ByteSink>(to sink: inout Sink) {
        var trimmers = [result.base, result.target, result.source].map { CacheTrimmer($0.bytes) }
        for region in result.regions {
            let (base, target, source) = region.ranges
            trimmers[0].passed(result.base.start(ofLine: base.lowerBound))
            trimmers[1].passed(result.target.start(ofLine: target.lowerBound))
            trimmers[2].passed(result.source.start(ofLine: source.lowerBound))
            switch region {
            case .unchanged(_, let lines, _), .target(_, let lines, _), .bothSame(_, let lines, _):
                Self.write(result.target, lines, to: &sink)
            case .source(_, _, let lines):
                Self.write(result.source, lines, to: &sink)
            case .conflict(let base, let target, let source):
                writeConflict(base: base, target: target, source: source, to: &sink)
            }
        }
    }

    private func writeConflict<Sink: ByteSink>(
        base: Range<Int>, target: Range<Int>, source: Range<Int>, to sink: inout Sink
    ) {
        let options = result.options
        let lineEnd = LineEnd.forConflict(result, target: target.lowerBound, source: source.lowerBound)
        switch options.favor {
        case .target?:
            Self.write(result.target, target, to: &sink)
        case .source?:
            Self.write(result.source, source, to: &sink)
        case .union?:
            Self.write(result.target, target, terminatedWith: lineEnd, to: &sink)
            Self.write(result.source, source, to: &sink)
        case nil:
            let size = options.effectiveMarkerSize
            Self.writeMarker(0x3C, size, options.labels.target, lineEnd, to: &sink)  // <
            Self.write(result.target, target, terminatedWith: lineEnd, to: &sink)
            if options.style != .merge {
                Self.writeMarker(0x7C, size, options.labels.base, lineEnd, to: &sink)  // |
                Self.write(result.base, base, terminatedWith: lineEnd, to: &sink)
            }
            Self.writeMarker(0x3D, size, nil, lineEnd, to: &sink)  // =
            Self.write(result.source, source, terminatedWith: lineEnd, to: &sink)
            Self.writeMarker(0x3E, size, options.labels.source, lineEnd, to: &sink)  // >
        }
    }

    /// Writes `lines` of `text` as they are; with `terminatedWith`, adds that line end
    /// when the last line has none.
    static func write<Sink: ByteSink>(
        _ text: LineText, _ lines: Range<Int>, terminatedWith lineEnd: LineEnd? = nil, to sink: inout Sink
    ) {
        guard !lines.isEmpty else { return }
        let bytes = text.byteRange(ofLines: lines)
        text.bytes.withUnsafeBytes { raw in
            sink.write(UnsafeRawBufferPointer(rebasing: raw[bytes]))
        }
        if let lineEnd, text.bytes[bytes.upperBound - 1] != 0x0A {
            lineEnd.write(to: &sink)
        }
    }

    /// One marker line: `size` times `character`, a space and the label if any, the
    /// line end.
    static func writeMarker<Sink: ByteSink>(
        _ character: UInt8, _ size: Int, _ label: String?, _ lineEnd: LineEnd, to sink: inout Sink
    ) {
        var line = [UInt8](repeating: character, count: size)
        if let label {
            line.append(0x20)
            line.append(contentsOf: label.utf8)
        }
        line.withUnsafeBytes { sink.write($0) }
        lineEnd.write(to: &sink)
    }
}

/// The line terminator written after markers and added to unterminated conflict sides.
enum LineEnd {
    case lf, crlf

    func write<Sink: ByteSink>(to sink: inout Sink) {
        sink.write(self == .crlf ? "\r\n" : "\n")
    }

    /// CRLF when the target line before the conflict (or its first line), the source
    /// line before the conflict (or its first line) and the base's first line all use
    /// CRLF, where they can tell; LF otherwise (git's `is_cr_needed`).
    /// With `consultingEmptyBase: false`, an empty base does not decide (it cannot
    /// tell), so the sides alone do.
    static func forConflict(_ result: MergeResult, target: Int, source: Int, consultingEmptyBase: Bool = true) -> LineEnd {
        let targetCRLF = usesCRLF(result.target, near: max(target - 1, 0)), sourceCRLF = usesCRLF(result.source, near: max(source - 1, 0))
        guard targetCRLF != false, sourceCRLF != false else { return .lf }
        if !consultingEmptyBase && result.base.count == 0 {
            return targetCRLF == true || sourceCRLF == true ? .crlf : .lf
        }
        return usesCRLF(result.base, near: 0) == true ? .crlf : .lf
    }

    /// Whether line `index` ends in CRLF; for a last line without terminator, the line
    /// before it tells. `nil` when nothing can tell: an empty text, or a single line
    /// without terminator (git's `is_eol_crlf`).
    static func usesCRLF(_ text: LineText, near index: Int) -> Bool? {
        guard text.count > 0 else { return nil }
        if index < text.count - 1 || text.hasFinalNewline {
            return endsInCRLF(text, index)
        }
        return index == 0 ? nil : endsInCRLF(text, index - 1)
    }

    /// Whether line `index`, known to end in `\n`, ends in `\r\n`.
    private static func endsInCRLF(_ text: LineText, _ index: Int) -> Bool {
        let range = text.range(ofLine: index)
        return range.count > 1 && text.bytes[range.upperBound - 2] == 0x0D
    }
}
