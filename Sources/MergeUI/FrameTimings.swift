/// How fast the interface answered: the time to its first frame, and from each key read
/// to its frame shown (on the terminal: the backend's `show` included). The benchmark
/// reads these from the real binary (`CONVERGE_TIMINGS=1`).
public struct FrameTimings: Sendable {
    /// From the loop's start (`InterfaceLoop.startedAt`) to the first frame shown.
    public var firstFrame: Duration?
    /// One per key, in order: from reading the key to its frame shown, effects included.
    public var keyToFrame: [Duration] = []

    public init() {}

    /// The lines `CONVERGE_TIMINGS=1` prints: `first frame: 1.2 ms`,
    /// `key to frame: median 0.4 ms, p95 0.9 ms, max 1.1 ms over 500 keys`.
    public var report: [String] {
        var lines: [String] = []
        if let firstFrame { lines.append("first frame: \(Self.milliseconds(firstFrame))") }
        let sorted = keyToFrame.sorted()
        if !sorted.isEmpty {
            let median = sorted[sorted.count / 2], p95 = sorted[min(sorted.count - 1, sorted.count * 95 / 100)]
            lines.append("key to frame: median \(Self.milliseconds(median)), p95 \(Self.milliseconds(p95)), "
                         + "max \(Self.milliseconds(sorted[sorted.count - 1])) over \(sorted.count) keys")
        }
        return lines
    }

    /// Milliseconds with three decimals, without Foundation's formatting.
    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let micro = seconds * 1_000_000 + attoseconds / 1_000_000_000_000
        let fraction = String(micro % 1000)
        return "\(micro / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction) ms"
    }
}
