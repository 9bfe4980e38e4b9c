/// The Myers difference algorithm in linear space.
///
/// E. W. Myers, "An O(ND) Difference Algorithm and Its Variations", Algorithmica 1
/// (1986): a forward and a backward greedy search meet at a "middle snake", which splits
/// the problem in two halves that are solved the same way. The structure follows the
/// classic implementations (GNU diff's `analyze.c`, git's `xdiff/xdiffi.c`): diagonal
/// vectors with sentinels, and a cost limit past which the search stops and splits at
/// the furthest point reached (GNU's TOO_EXPENSIVE, xdiff's XDL_MAX_COST).
///
/// Works on two arrays of line ids and marks the lines that are not part of the longest
/// common subsequence found. With no cost limit the marks are a minimal edit script.
///
/// - Complexity: O((N+M)·D) time, O(N+M) space.
struct MyersSearch {
    /// The smallest hard cost limit, in search rounds (as GNU diff's minimum of 4096).
    static let minimumCostLimit = 4096
    /// Rounds after which the search may give up early when the texts barely match.
    static let poorMatchRounds = 64
    /// "Barely match": fewer lines advanced (old plus new) per round than this, along
    /// the best diagonal of each search. Code with edits far apart advances by hundreds
    /// of lines a round; two unrelated files by two or three.
    static let poorMatchAdvance = 8

    private let a: UnsafePointer<Int32>
    private let b: UnsafePointer<Int32>
    private let markA: UnsafeMutablePointer<Bool>
    private let markB: UnsafeMutablePointer<Bool>
    /// Forward and backward furthest-reaching x per diagonal k = x - y, indexed from -M-1.
    let forward: UnsafeMutablePointer<Int32>
    let backward: UnsafeMutablePointer<Int32>
    private let costLimit: Int

    /// A point where the optimal (or, past the cost limit, a good) path is split.
    struct Split {
        var x: Int
        var y: Int
        /// Whether each half must still be solved without the cost limit.
        var lowMinimal: Bool
        var highMinimal: Bool
        /// How many rounds the search took.
        var rounds = 0
    }

    /// The hard cost limit is this many times about 2·√(N+M) rounds (at least
    /// `minimumCostLimit`): high enough that real code never reaches it (python-1M needs
    /// more than 4096), low enough to bound inputs that match well but differ a lot.
    static let costLimitFactor = 16
    /// Problems at least this large (N+M reduced lines) are split across two threads
    /// after their first split, when the caller allows it.
    static let parallelMinimum = 1 << 16
    /// ... and only when that split took at least this many rounds. Each half then costs
    /// about as many diagonal steps as the split, on the order of a millisecond: below
    /// that, starting a thread costs about what it saves, and on a busy machine the
    /// caller may wait for the thread to be scheduled.
    static let parallelRounds = 1024

    /// A range of `a` against a range of `b`, with whether it must be solved exactly.
    typealias Problem = (xlo: Int, xhi: Int, ylo: Int, yhi: Int, minimal: Bool)

    /// Marks, in `markA` and `markB`, the lines of `a` and `b` left out of a common
    /// subsequence; `minimal` forbids the cost limit.
    static func run(
        a: UnsafeBufferPointer<Int32>, b: UnsafeBufferPointer<Int32>,
        markA: UnsafeMutableBufferPointer<Bool>, markB: UnsafeMutableBufferPointer<Bool>,
        minimal: Bool, concurrency: Concurrency = .sequential
    ) {
        let n = a.count, m = b.count
        if n == 0 || m == 0 {
            for i in 0..<n { markA[i] = true }
            for j in 0..<m { markB[j] = true }
            return
        }
        var limit = 1
        var diagonals = n + m + 3
        while diagonals != 0 { limit <<= 1; diagonals >>= 2 }
        let costLimit = minimal ? Int.max : max(minimumCostLimit, limit * costLimitFactor)
        let whole: Problem = (0, n, 0, m, minimal)
        let solve = { (problem: Problem) in
            withVectors(for: problem) { forward, backward in
                MyersSearch(
                    a: a.baseAddress!, b: b.baseAddress!, markA: markA.baseAddress!, markB: markB.baseAddress!,
                    forward: forward, backward: backward, costLimit: costLimit
                ).compare([problem])
            }
        }
        guard concurrency.isParallel, n + m >= parallelMinimum else { return solve(whole) }
        let halves = withVectors(for: whole) { forward, backward in
            MyersSearch(
                a: a.baseAddress!, b: b.baseAddress!, markA: markA.baseAddress!, markB: markB.baseAddress!,
                forward: forward, backward: backward, costLimit: costLimit
            ).firstSplit(whole)
        }
        guard let (low, high, rounds) = halves else { return }
        guard rounds >= parallelRounds else { solve(low); solve(high); return }
        // The halves mark disjoint ranges of lines and read only the inputs.
        let work = Unchecked(value: solve)
        concurrency.both({ work.value(low) }, { work.value(high) })
    }

    /// Whether the whole of `a` against `b` is cheap to search: the forward and backward
    /// searches meet within `rounds` rounds, so the edit distance is at most about
    /// 2 × `rounds`. Marks nothing.
    static func isCheap(a: UnsafeBufferPointer<Int32>, b: UnsafeBufferPointer<Int32>, rounds: Int) -> Bool {
        var xoff = 0, xlim = a.count, yoff = 0, ylim = b.count
        while xoff < xlim && yoff < ylim && a[xoff] == b[yoff] { xoff += 1; yoff += 1 }
        while xlim > xoff && ylim > yoff && a[xlim - 1] == b[ylim - 1] { xlim -= 1; ylim -= 1 }
        guard xoff < xlim && yoff < ylim else { return true }
        let unused = UnsafeMutablePointer<Bool>.allocate(capacity: 1)
        defer { unused.deallocate() }
        return withVectors(for: (xoff, xlim, yoff, ylim, true)) { forward, backward in
            MyersSearch(
                a: a.baseAddress!, b: b.baseAddress!, markA: unused, markB: unused,
                forward: forward, backward: backward, costLimit: Int.max
            ).findSplit(xoff, xlim, yoff, ylim, minimal: true, abandonAfter: rounds) != nil
        }
    }

    /// Calls `body` with forward and backward vectors that cover every diagonal of
    /// `problem` (k = x - y from xlo - yhi - 1 to xhi - ylo + 1), freed afterwards.
    private static func withVectors<R>(
        for problem: Problem,
        _ body: (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>) -> R
    ) -> R {
        let size = (problem.xhi - problem.xlo) + (problem.yhi - problem.ylo) + 3
        let vectors = UnsafeMutablePointer<Int32>.allocate(capacity: 2 * size)
        defer { vectors.deallocate() }
        let zero = problem.yhi - problem.xlo + 1
        return body(vectors + zero, vectors + size + zero)
    }

    /// Trims `problem` and splits it once, marking what needs no search; nil when
    /// nothing is left to search. Also how many rounds the split took.
    private func firstSplit(_ problem: Problem) -> (Problem, Problem, Int)? {
        var (xoff, xlim, yoff, ylim, exact) = problem
        while xoff < xlim && yoff < ylim && a[xoff] == b[yoff] { xoff += 1; yoff += 1 }
        while xlim > xoff && ylim > yoff && a[xlim - 1] == b[ylim - 1] { xlim -= 1; ylim -= 1 }
        if xoff == xlim || yoff == ylim {
            compare([(xoff, xlim, yoff, ylim, exact)])
            return nil
        }
        let split = findSplit(xoff, xlim, yoff, ylim, minimal: exact)
        return ((xoff, split.x, yoff, split.y, split.lowMinimal), (split.x, xlim, split.y, ylim, split.highMinimal),
                split.rounds)
    }

    /// Solves each problem, splitting with an explicit stack.
    private func compare(_ problems: [Problem]) {
        var stack = problems
        while let (x0, x1, y0, y1, exact) = stack.popLast() {
            var xoff = x0, xlim = x1, yoff = y0, ylim = y1
            while xoff < xlim && yoff < ylim && a[xoff] == b[yoff] { xoff += 1; yoff += 1 }
            while xlim > xoff && ylim > yoff && a[xlim - 1] == b[ylim - 1] { xlim -= 1; ylim -= 1 }
            if xoff == xlim {
                for j in yoff..<ylim { markB[j] = true }
            } else if yoff == ylim {
                for i in xoff..<xlim { markA[i] = true }
            } else {
                let split = findSplit(xoff, xlim, yoff, ylim, minimal: exact)
                stack.append((split.x, xlim, split.y, ylim, split.highMinimal))
                stack.append((xoff, split.x, yoff, split.y, split.lowMinimal))
            }
        }
    }

    /// Finds the middle snake of a[xoff..<xlim] against b[yoff..<ylim], or, when the cost
    /// limit is reached first, the furthest point either search got to.
    ///
    /// Both ranges are non-empty and differ at both ends (the caller trims).
    private func findSplit(
        _ xoff: Int, _ xlim: Int, _ yoff: Int, _ ylim: Int, minimal: Bool
    ) -> Split {
        findSplit(xoff, xlim, yoff, ylim, minimal: minimal, abandonAfter: Int.max)!
    }

    /// As `findSplit`, or nil when the searches have not met after `abandonAfter` rounds.
    private func findSplit(
        _ xoff: Int, _ xlim: Int, _ yoff: Int, _ ylim: Int, minimal: Bool, abandonAfter: Int
    ) -> Split? {
        let dmin = xoff - ylim, dmax = xlim - yoff
        let fmid = xoff - yoff, bmid = xlim - ylim
        var fmin = fmid, fmax = fmid, bmin = bmid, bmax = bmid
        let odd = (fmid - bmid) & 1 != 0
        forward[fmid] = Int32(xoff)
        backward[bmid] = Int32(xlim)
        var cost = 1
        while true {
            // One more edit in every forward diagonal.
            if fmin > dmin { fmin -= 1; forward[fmin - 1] = -1 } else { fmin += 1 }
            if fmax < dmax { fmax += 1; forward[fmax + 1] = -1 } else { fmax -= 1 }
            if var split = forwardRound(fmin, fmax, xlim, ylim, overlap: odd ? (bmin, bmax) : nil) {
                split.rounds = cost
                return split
            }
            // One more edit in every backward diagonal.
            if bmin > dmin { bmin -= 1; backward[bmin - 1] = Int32.max } else { bmin += 1 }
            if bmax < dmax { bmax += 1; backward[bmax + 1] = Int32.max } else { bmax -= 1 }
            if var split = backwardRound(bmin, bmax, xoff, yoff, overlap: odd ? nil : (fmin, fmax)) {
                split.rounds = cost
                return split
            }
            if !minimal && (cost >= costLimit || (cost >= Self.poorMatchRounds && cost & 15 == 0
                && matchesPoorly(cost, xoff, xlim, yoff, ylim, fmin, fmax, bmin, bmax))) {
                var split = furthestSplit(xoff, xlim, yoff, ylim, fmin, fmax, bmin, bmax)
                split.rounds = cost
                return split
            }
            if cost >= abandonAfter { return nil }
            cost += 1
        }
    }

    /// Extends every forward diagonal `fmax, fmax-2, …, fmin` by one edit and its snake;
    /// returns the split when a diagonal overlaps the backward search.
    /// The hottest loop of the diff: wrapping arithmetic, no bounds checks.
    @inline(__always)
    private func forwardRound(_ fmin: Int, _ fmax: Int, _ xlim: Int, _ ylim: Int, overlap: (Int, Int)?) -> Split? {
        let (olo, ohi) = overlap ?? (Int.max, Int.min)
        var d = fmax
        var thi = Int(forward[d &+ 1])
        while d >= fmin {
            let tlo = Int(forward[d &- 1])
            var x = tlo < thi ? thi : tlo &+ 1
            thi = tlo
            let end = min(xlim, ylim &+ d)
            while x < end && a[x] == b[x &- d] { x &+= 1 }
            forward[d] = Int32(truncatingIfNeeded: x)
            if d <= ohi && d >= olo && Int(backward[d]) <= x {
                return Split(x: x, y: x &- d, lowMinimal: true, highMinimal: true)
            }
            d &-= 2
        }
        return nil
    }

    /// Extends every backward diagonal by one edit and its snake; returns the split when
    /// a diagonal overlaps the forward search.
    @inline(__always)
    private func backwardRound(_ bmin: Int, _ bmax: Int, _ xoff: Int, _ yoff: Int, overlap: (Int, Int)?) -> Split? {
        let (olo, ohi) = overlap ?? (Int.max, Int.min)
        var d = bmax
        var thi = Int(backward[d &+ 1])
        while d >= bmin {
            let tlo = Int(backward[d &- 1])
            var x = tlo < thi ? tlo : thi &- 1
            thi = tlo
            let start = max(xoff, yoff &+ d)
            while x > start && a[x &- 1] == b[x &- d &- 1] { x &-= 1 }
            backward[d] = Int32(truncatingIfNeeded: x)
            if d <= ohi && d >= olo && x <= Int(forward[d]) {
                return Split(x: x, y: x &- d, lowMinimal: true, highMinimal: true)
            }
            d &-= 2
        }
        return nil
    }
}
