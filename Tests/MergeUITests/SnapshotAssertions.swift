import Testing

/// Compares screen rows with a multi-line literal row by row, so a failure names the row
/// and shows both versions; blank rows at the end of either need not be written out.
func expectLines(_ actual: [String], _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    var actual = actual
    var wanted = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    while actual.last == "" { actual.removeLast() }
    while wanted.last == "" { wanted.removeLast() }
    #expect(actual.count == wanted.count, "row count", sourceLocation: sourceLocation)
    for index in 0..<max(actual.count, wanted.count) {
        let got = index < actual.count ? actual[index] : "<missing>"
        let want = index < wanted.count ? wanted[index] : "<missing>"
        if got != want {
            Issue.record("row \(index + 1):\n  got:  \(got)\n  want: \(want)", sourceLocation: sourceLocation)
        }
    }
}
