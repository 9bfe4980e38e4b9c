extension MergeOutput {
    /// Where one piece of the written text came from: `lines` of a side, written at
    /// `offset` of the output. Lets a caller place edits made on a side's bytes (an
    /// import rewrite) into the merged text.
    public struct Piece: Hashable, Sendable {
        public enum Side: Hashable, Sendable { case base, target, source }
        public let side: Side
        public let lines: Range<Int>
        public let offset: Int
    }

    /// The merge with each region resolved by `resolution(index)`, and the pieces that
    /// were copied from a side, in output order.
    ///
    /// Joined sides (`targetThenSource`) get a line end between them when the first one
    /// ends without one, so two lines never become one. Markers end in CRLF when the
    /// sides around the conflict do; unlike `write(to:)` (which follows git), an empty
    /// base does not make them LF, so a two-way merge of CRLF files stays CRLF.
    public func resolved(_ resolution: (Int) -> RegionResolution) -> (bytes: [UInt8], pieces: [Piece]) {
        var writer = ResolvedWriter(result: result)
        for index in result.regions.indices { write(region: index, resolution(index), to: &writer) }
        return (writer.buffer.bytes, writer.pieces)
    }

    /// One region as `resolved(_:)` writes it, on its own: its bytes, and its pieces
    /// with offsets from the region's first byte. Lets a view show one region's result
    /// without writing the whole file; the concatenation of every region's bytes is
    /// `resolved(_:)`'s output.
    public func resolved(region index: Int, _ resolution: RegionResolution) -> (bytes: [UInt8], pieces: [Piece]) {
        var writer = ResolvedWriter(result: result)
        write(region: index, resolution, to: &writer)
        return (writer.buffer.bytes, writer.pieces)
    }

    private func write(region index: Int, _ resolution: RegionResolution, to writer: inout ResolvedWriter) {
        let region = result.regions[index]
        let (base, target, source) = region.ranges
        let lineEnd = LineEnd.forConflict(result, target: target.lowerBound, source: source.lowerBound,
                                          consultingEmptyBase: false)
        switch resolution {
        case .merged:
            switch region {
            case .unchanged, .target, .bothSame: writer.copy(.target, target)
            case .source: writer.copy(.source, source)
            case .conflict: writer.markers(base: base, target: target, source: source, lineEnd: lineEnd)
            }
        case .target: writer.copy(.target, target)
        case .source: writer.copy(.source, source)
        case .base: writer.copy(.base, base)
        case .targetThenSource:
            writer.copy(.target, target, terminatedWith: source.isEmpty ? nil : lineEnd)
            writer.copy(.source, source)
        case .sourceThenTarget:
            writer.copy(.source, source, terminatedWith: target.isEmpty ? nil : lineEnd)
            writer.copy(.target, target)
        case .text(let bytes):
            writer.buffer.bytes.append(contentsOf: bytes)
        }
    }
}

/// The output of `MergeOutput.resolved` in the making.
private struct ResolvedWriter {
    let result: MergeResult
    var buffer = ByteBuffer()
    var pieces: [MergeOutput.Piece] = []

    init(result: MergeResult) {
        self.result = result
    }

    mutating func copy(_ side: MergeOutput.Piece.Side, _ lines: Range<Int>, terminatedWith lineEnd: LineEnd? = nil) {
        guard !lines.isEmpty else { return }
        let text = side == .base ? result.base : side == .target ? result.target : result.source
        pieces.append(MergeOutput.Piece(side: side, lines: lines, offset: buffer.bytes.count))
        MergeOutput.write(text, lines, terminatedWith: lineEnd, to: &buffer)
    }

    /// A conflict in git's marker form, in the result's style and labels.
    mutating func markers(base: Range<Int>, target: Range<Int>, source: Range<Int>, lineEnd: LineEnd) {
        let options = result.options
        let size = options.effectiveMarkerSize
        MergeOutput.writeMarker(0x3C, size, options.labels.target, lineEnd, to: &buffer)  // <
        copy(.target, target, terminatedWith: lineEnd)
        if options.style != .merge {
            MergeOutput.writeMarker(0x7C, size, options.labels.base, lineEnd, to: &buffer)  // |
            copy(.base, base, terminatedWith: lineEnd)
        }
        MergeOutput.writeMarker(0x3D, size, nil, lineEnd, to: &buffer)  // =
        copy(.source, source, terminatedWith: lineEnd)
        MergeOutput.writeMarker(0x3E, size, options.labels.source, lineEnd, to: &buffer)  // >
    }
}
