/// The phase times `converge scan` prints to standard error under `CONVERGE_TIMINGS=1`,
/// one line per phase (`classify: 41.2 ms`, `plan: 130.5 ms`), collected over the runs.
struct ScanPhaseTimes {
    private(set) var classify: [Double] = []
    private(set) var plan: [Double] = []

    /// Runs that reported both phases.
    var count: Int { min(classify.count, plan.count) }

    var medianClassify: Double? { classify.isEmpty ? nil : Measurer.median(classify) }
    var medianPlan: Double? { plan.isEmpty ? nil : Measurer.median(plan) }

    /// Adds the phases found in one run's standard error (other lines are ignored).
    mutating func add(_ errorText: String) {
        for line in errorText.split(separator: "\n") {
            guard line.hasSuffix(" ms"), let colon = line.firstIndex(of: ":"),
                  let milliseconds = Double(line[line.index(after: colon)...].dropLast(3).drop { $0 == " " }) else { continue }
            switch line[..<colon] {
            case "classify": classify.append(milliseconds / 1000)
            case "plan": plan.append(milliseconds / 1000)
            default: break
            }
        }
    }
}
