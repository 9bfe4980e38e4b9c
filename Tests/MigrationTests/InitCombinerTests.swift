import Migration
import PythonSource
import Testing

@Suite struct InitCombinerTests {
    @Test(arguments: InitCombinerSpecCases.all)
    func specCase(_ row: InitCombinerCase) {
        let combined = row.combine()
        #expect(String(decoding: combined.bytes, as: UTF8.self) == row.expected)
        #expect(combined.conflicts.map(\.name) == row.conflicts)
    }
}
