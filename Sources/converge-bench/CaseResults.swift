/// Every tool's result on one input, looked up by the tool's label.
struct CaseResults {
    let input: InputSet
    let results: [ToolResult]

    subscript(label: String) -> ToolResult? {
        results.first { $0.label == label }
    }
}
