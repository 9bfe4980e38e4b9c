/// A small, fast, seedable pseudo-random generator (xoshiro256**, Blackman & Vigna 2018).
///
/// The benchmark inputs must be byte-identical on every machine and every run, so the
/// generator is our own: `SystemRandomNumberGenerator` and Foundation's random APIs are
/// neither seedable nor stable across platforms.
struct Xoshiro256: RandomNumberGenerator {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Expands one 64-bit seed into the 256-bit state with SplitMix64, as the authors recommend,
    /// so that nearby seeds (0, 1, 2, …) still give unrelated streams.
    init(seed: UInt64) {
        var mixer = SplitMix64(state: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    /// Derives a generator from a name and a number, so that every scenario and size has its
    /// own stream and adding a scenario never shifts the bytes of another one.
    init(label: String, _ number: Int = 0) {
        self.init(seed: Xoshiro256.seed(label: label, number))
    }

    /// The seed `init(label:_:)` uses, for generators that take a plain seed.
    static func seed(label: String, _ number: Int = 0) -> UInt64 {
        fnv1a(label) ^ (UInt64(truncatingIfNeeded: number) &* 0x9E37_79B9_7F4A_7C15)
    }

    mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    /// A uniform integer in `range`, by the multiply-high method (Lemire); the tiny bias of
    /// skipping the rejection step does not matter for test inputs.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        if span == 0 { return Int(truncatingIfNeeded: next()) }
        return range.lowerBound + Int(next().multipliedFullWidth(by: span).high)
    }

    /// A uniform double in [0, 1) from the top 53 bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// A fresh seed for a sub-stream (a hunk's content, a file's shuffle).
    mutating func seed() -> UInt64 {
        next()
    }

    /// Fisher–Yates shuffle with this generator, so the order does not depend on the
    /// standard library's shuffle algorithm.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, int(in: 0...i))
        }
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }

    /// FNV-1a over UTF-8: a stable string hash (Swift's `Hasher` is randomly seeded per process).
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): used only to seed `Xoshiro256`.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
