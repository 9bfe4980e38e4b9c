/// The 11/17-line counter-example of PEERS.md's oracle section.
///
/// A line X occurs once in A, in the middle of 10 unique lines, and 16 times in B (around one
/// line of its own). The only common line is X, so the minimum is 11 + 17 − 2 = 26 edits.
/// git's and GNU diff's default discarding treat A's X as a "multimatch" line inside a run
/// of unmatched lines and drop it, giving 28: a minimal mode must not.
enum TrapTiny {
    static let repeated = "}"

    static let old: [String] = [
        "int alpha(void) {", "    return first();", "int beta(void) {", "    return second();",
        "int gamma(void) {", repeated, "int delta(void) {", "    return third();",
        "int epsilon(void) {", "    return fourth();", "int zeta(void) {",
    ]

    static let new: [String] = Array(repeating: repeated, count: 8)
        + ["/* the only line of its own */"]
        + Array(repeating: repeated, count: 8)

    static func write(a: InputFileWriter, b: InputFileWriter) throws {
        for line in old { try a.writeLine(line) }
        for line in new { try b.writeLine(line) }
    }
}
