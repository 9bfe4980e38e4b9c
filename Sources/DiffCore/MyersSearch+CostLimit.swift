/// What `MyersSearch` does when a search costs too much (never in minimal mode): it
/// notices that the texts barely match, and it splits at the furthest point reached.
extension MyersSearch {
    /// True when both searches advanced less than `poorMatchAdvance` lines a round: the
    /// texts are unrelated here, and an exact answer would cost O(D²) for nothing.
    func matchesPoorly(
        _ cost: Int, _ xoff: Int, _ xlim: Int, _ yoff: Int, _ ylim: Int,
        _ fmin: Int, _ fmax: Int, _ bmin: Int, _ bmax: Int
    ) -> Bool {
        var forwardBest = 0
        var d = fmax
        while d >= fmin {
            let x = min(Int(forward[d]), xlim, ylim + d)
            forwardBest = max(forwardBest, 2 * x - d)
            d -= 2
        }
        var backwardBest = Int.max
        d = bmax
        while d >= bmin {
            let x = max(Int(backward[d]), xoff, yoff + d)
            backwardBest = min(backwardBest, 2 * x - d)
            d -= 2
        }
        let advanced = (forwardBest - (xoff + yoff)) + ((xlim + ylim) - backwardBest)
        return advanced < 2 * cost * Self.poorMatchAdvance
    }

    /// Past the cost limit: split at whichever search got further along its diagonals.
    /// The half on that search's side was searched exactly, the other was not.
    func furthestSplit(
        _ xoff: Int, _ xlim: Int, _ yoff: Int, _ ylim: Int,
        _ fmin: Int, _ fmax: Int, _ bmin: Int, _ bmax: Int
    ) -> Split {
        var forwardBest = -1, forwardX = 0
        var d = fmax
        while d >= fmin {
            var x = min(Int(forward[d]), xlim)
            var y = x - d
            if ylim < y { x = ylim + d; y = ylim }
            if forwardBest < x + y { forwardBest = x + y; forwardX = x }
            d -= 2
        }
        var backwardBest = Int.max, backwardX = 0
        d = bmax
        while d >= bmin {
            var x = max(xoff, Int(backward[d]))
            var y = x - d
            if y < yoff { x = yoff + d; y = yoff }
            if x + y < backwardBest { backwardBest = x + y; backwardX = x }
            d -= 2
        }
        if (xlim + ylim) - backwardBest < forwardBest - (xoff + yoff) {
            return Split(x: forwardX, y: forwardBest - forwardX, lowMinimal: true, highMinimal: false)
        }
        return Split(x: backwardX, y: backwardBest - backwardX, lowMinimal: false, highMinimal: true)
    }
}
