/// Estimates how many distinct values a list of 32-bit hashes holds (HyperLogLog:
/// Flajolet, Fusy, Gandouet, Meunier 2007, with linear counting for small counts).
///
/// Used to size the interning table once, before any line is inserted: growing it
/// while interning costs a copy and, at its peak, the memory of both tables. Each text
/// estimates its own lines as they are hashed (on the thread that reads it); the texts
/// of a diff merge their estimates.
/// - Complexity: O(n), with 4096 one-byte registers (standard error about 1.6 %).
struct DistinctEstimate {
    private static let registerBits = 12
    private var registers = [UInt8](repeating: 0, count: 1 << registerBits)

    mutating func add<Hashes: Collection>(_ hashes: Hashes) where Hashes.Element == UInt32 {
        registers.withUnsafeMutableBufferPointer { registers in
            for hash in hashes {
                // Spread the 32 bits once more, so low-entropy hashes fill the registers.
                let mixed = UInt64(hash) &* 0x9E37_79B9_7F4A_7C15
                let register = Int(truncatingIfNeeded: mixed >> (64 - UInt64(Self.registerBits)))
                let rest = (mixed << UInt64(Self.registerBits)) | 1
                let rank = UInt8(truncatingIfNeeded: rest.leadingZeroBitCount + 1)
                if rank > registers[register] { registers[register] = rank }
            }
        }
    }

    /// Adds the hashes `other` was given: the estimate of both lists together.
    mutating func merge(_ other: DistinctEstimate) {
        for index in registers.indices where other.registers[index] > registers[index] {
            registers[index] = other.registers[index]
        }
    }

    /// The estimated number of distinct hashes added.
    var count: Int {
        let m = Double(registers.count)
        var sum = 0.0, zeros = 0
        for rank in registers {
            sum += 1 / Double(UInt64(1) << UInt64(rank))
            if rank == 0 { zeros += 1 }
        }
        let raw = 0.7213 / (1 + 1.079 / m) * m * m / sum
        if raw <= 2.5 * m && zeros > 0 {
            return Int((m * log(m / Double(zeros))).rounded())
        }
        return Int(raw.rounded())
    }

    /// Natural logarithm by the standard library's floating-point operations only.
    private func log(_ x: Double) -> Double {
        // x = 2^e * f with f in [1, 2): log x = e log 2 + log f, series in (f-1)/(f+1).
        let e = Double(x.exponent)
        let f = x.significand
        let t = (f - 1) / (f + 1), t2 = t * t
        var term = t, series = 0.0
        for k in stride(from: 1.0, through: 41.0, by: 2.0) {
            series += term / k
            term *= t2
        }
        return e * 0.693_147_180_559_945_3 + 2 * series
    }
}
