/// Line numbers of increasing byte offsets, counted once through the bytes.
struct RewriteLineCounter {
    let bytes: [UInt8]
    private var offset = 0
    private var line = 1

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The line (from 1) of `target`; targets must not decrease between calls.
    mutating func line(at target: Int) -> Int {
        precondition(target >= offset, "offsets must not decrease")
        while offset < target {
            if bytes[offset] == 0x0A { line += 1 }
            offset += 1
        }
        return line
    }

    /// The line of `target`, counted from the start.
    func counting(to target: Int) -> Int {
        var counter = self
        return counter.line(at: target)
    }
}
