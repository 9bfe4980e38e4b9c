/// The groups of rows that are not generated diff/merge `Scenario`s: each has its own
/// trees or inputs and its own Markdown section, and runs after the scenario tables,
/// in this order.
enum BenchGroup: String, CaseIterable {
    case move
    case scan
    case apply
    case mergeView = "merge-view"
    case firstFrame = "first-frame"

    /// Measures the group and returns its section; `standalone` (the first section of
    /// the report) adds the machine line.
    func run(options: BenchOptions, standalone: Bool) throws -> String {
        switch self {
        case .move: try MoveBench(options: options).run(standalone: standalone)
        case .scan: try ScanBench(options: options).run(standalone: standalone)
        case .apply: try ApplyBench(options: options).run(standalone: standalone)
        case .mergeView: try MergeViewBench(options: options).run(standalone: standalone)
        case .firstFrame: try FirstFrameBench(options: options).run(standalone: standalone)
        }
    }
}
