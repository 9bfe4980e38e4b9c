/// The benchmark inputs of PEERS.md, by name.
enum Scenario: String, CaseIterable {
    case scatter1, block10, python, disjoint, different
    case trapTiny = "trap-tiny"
    case mergeClean = "merge-clean"
    case mergeConflict = "merge-conflict"

    /// Three-way inputs (base, ours, theirs) rather than pairs (a, b).
    var isMerge: Bool { self == .mergeClean || self == .mergeConflict }

    /// Whether the input exists once per size; trap-tiny has a fixed 11/17 lines.
    var isSized: Bool { self != .trapTiny }

    /// Whether generating it needs the Python standard library.
    var needsPython: Bool { self == .python || isMerge }

    /// The file name suffixes: `a`/`b` for pairs, `base`/`ours`/`theirs` for merges (which
    /// `BenchTool` passes in the merge tools' order: ours, base, theirs).
    var fileRoles: [String] { isMerge ? ["base", "ours", "theirs"] : ["a", "b"] }
}

/// A line count given as `10k`, `100k`, `1M` or a plain number.
struct InputSize: Comparable, CustomStringConvertible {
    let lines: Int

    init(lines: Int) {
        self.lines = lines
    }

    init?(parsing text: String) {
        var digits = Substring(text)
        var factor = 1
        if let last = digits.last, "kKmM".contains(last) {
            factor = (last == "k" || last == "K") ? 1_000 : 1_000_000
            digits = digits.dropLast()
        }
        guard let number = Int(digits), number > 0 else { return nil }
        lines = number * factor
    }

    /// `10k`, `100k`, `1M`, or the plain number when it is not round.
    var description: String {
        if lines % 1_000_000 == 0 { return "\(lines / 1_000_000)M" }
        if lines % 1_000 == 0 { return "\(lines / 1_000)k" }
        return String(lines)
    }

    static func < (lhs: InputSize, rhs: InputSize) -> Bool {
        lhs.lines < rhs.lines
    }
}
