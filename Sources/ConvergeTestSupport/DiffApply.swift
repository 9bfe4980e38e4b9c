/// Replays an edit script on the old text, as a check that a diff is right: the lines
/// outside the edits are copied from the old text, each edit's lines are taken from the
/// new text. When the script is correct the result is the new text, byte for byte.
///
/// Edits are given as plain line ranges (`old` replaced by `new`) so that this module
/// does not depend on `DiffCore`: map a `[Change]` with `changes.map { ($0.old, $0.new) }`.
public enum DiffApply {
    public typealias Edit = (old: Range<Int>, new: Range<Int>)

    /// Why an edit script could not even be replayed.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The old text with `edits` applied.
    /// - Throws: `Failure` when an edit is out of bounds, out of order, overlaps the one
    ///   before, or when the unchanged stretches before and after it differ in length.
    public static func apply(_ edits: [Edit], old: [UInt8], new: [UInt8]) throws -> [UInt8] {
        let oldLines = TextLines.split(old), newLines = TextLines.split(new)
        var result: [UInt8] = []
        result.reserveCapacity(new.count)
        var i = 0, j = 0
        for (index, edit) in edits.enumerated() {
            guard edit.old.lowerBound >= i, edit.new.lowerBound >= j else {
                throw Failure(description: "edit \(index) \(edit) starts before line \(i)/\(j): out of order")
            }
            guard edit.old.upperBound <= oldLines.count, edit.new.upperBound <= newLines.count else {
                throw Failure(description: "edit \(index) \(edit) is past the end (\(oldLines.count)/\(newLines.count) lines)")
            }
            guard edit.old.lowerBound - i == edit.new.lowerBound - j else {
                throw Failure(description: "edit \(index) \(edit): unchanged stretch before it differs in length")
            }
            for line in oldLines[i..<edit.old.lowerBound] { result.append(contentsOf: line) }
            for line in newLines[edit.new] { result.append(contentsOf: line) }
            i = edit.old.upperBound
            j = edit.new.upperBound
        }
        guard oldLines.count - i == newLines.count - j else {
            throw Failure(description: "unchanged stretch after the last edit differs in length")
        }
        for line in oldLines[i...] { result.append(contentsOf: line) }
        return result
    }
}
