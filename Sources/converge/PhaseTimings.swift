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
    /// A timer that prints each phase, or nil when the variable is not `1`.
    static func fromEnvironment() -> PlanReader.PhaseTimer? {
        guard let value = getenv("CONVERGE_TIMINGS"), String(cString: value) == "1" else { return nil }
        return { phase, elapsed in
            let (seconds, attoseconds) = elapsed.components
            let hundredths = seconds * 100_000 + attoseconds / 10_000_000_000_000  // of a millisecond
            let tenths = (hundredths + 5) / 10
            StandardError.print("\(phase): \(tenths / 10).\(tenths % 10) ms")
        }
    }
}
