#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Migration

/// `CONVERGE_TIMINGS=1`: a hidden switch that prints how long each phase of a scan took
/// to standard error (`classify: 41.2 ms`), for converge-bench, which reports the phases
/// apart. An environment variable, not an option, so it stays out of `--help` and the
/// benchmark can set it without changing the command line it times.
enum PhaseTimings {
    /// Whether `CONVERGE_TIMINGS=1` is set.
    static var isOn: Bool {
        getenv("CONVERGE_TIMINGS").map { String(cString: $0) == "1" } ?? false
    }

    /// A timer that prints each phase, or nil when the variable is not `1`.
    static func fromEnvironment() -> PlanReader.PhaseTimer? {
        guard isOn else { return nil }
        return { phase, elapsed in
            let (seconds, attoseconds) = elapsed.components
            let hundredths = seconds * 100_000 + attoseconds / 10_000_000_000_000  // of a millisecond
            let tenths = (hundredths + 5) / 10
            StandardError.print("\(phase): \(tenths / 10).\(tenths % 10) ms")
        }
    }
}
