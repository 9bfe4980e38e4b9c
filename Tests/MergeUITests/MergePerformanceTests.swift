import MergeUI
import Migration
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The merge view on a 100k-line conflicting file: every key is followed by a full draw,
/// and the median is printed (converge-bench's `merge-view` row is the measurement;
/// this only shows the number in a debug build and checks the view stays correct).
@Suite struct MergePerformanceTests {
    /// 100k lines; the target changes every 400th line, the source every 400th from 200,
    /// and both change every 4,000th: about 250 one-sided hunks each and 25 conflicts.
    static func largePlan(lines: Int = 100_000) -> Plan {
        var base = "", target = "", source = ""
        for index in 0..<lines {
            let line = "    value_\(index) = compute(\(index), factor=\(index % 97))\n"
            base += line
            target += index % 400 == 0 || index % 4_000 == 7 ? "    value_\(index) = target_side(\(index))\n" : line
            source += index % 400 == 200 || index % 4_000 == 7 ? "    value_\(index) = source_side(\(index), extra=True)\n" : line
        }
        return MergeFixture.plan(path: "large.py", base: base, target: target, source: source)
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    @Test func keysOnALargeFileRedrawOnlyWhatShows() throws {
        let plan = Self.largePlan()
        #expect(plan.merges[0].conflictCount == 25)
        let opened = Self.now()
        var state = MergeFixture.open(plan: plan, width: 200, height: 50)
        _ = DemoFixture.render(state, width: 200, height: 50)
        let openTime = Self.now() - opened
        var times: [Double] = []
        for press in 0..<100 {
            let key = ["n", "t", "]", "j", "u"][press % 5]
            let start = Self.now()
            MergeFixture.press(&state, key)
            _ = DemoFixture.render(state, width: 200, height: 50)
            times.append(Self.now() - start)
        }
        times.sort()
        print("merge view, 100k lines (debug build): open + first frame \(Int(openTime * 1000)) ms, "
              + "key to frame median \(Int(times[times.count / 2] * 1_000_000)) µs, max \(Int(times.last! * 1_000_000)) µs")
        #expect(state.merge!.resultBytes == MergeFixture.outcomeBytes(state, path: "large.py"))
    }
}
