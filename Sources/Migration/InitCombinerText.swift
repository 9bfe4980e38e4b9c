/// Line ends and conflict markers at the byte level, so that lines written into the
/// target use the target's line ends, whatever the source used.
enum InitCombinerText {
    /// The first line end of `bytes` (CRLF, LF or CR), LF when there is none.
    static func lineEnding(of bytes: [UInt8]) -> [UInt8] {
        guard let index = bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return [0x0A] }
        if bytes[index] == 0x0A { return [0x0A] }
        return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? [0x0D, 0x0A] : [0x0D]
    }

    /// `bytes` with every line end (CRLF, LF, CR) replaced by `ending`, ending with one.
    static func withLineEndings(_ bytes: ArraySlice<UInt8>, _ ending: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 8)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A {
                result += ending
            } else if byte == 0x0D {
                if index < bytes.endIndex && bytes[index] == 0x0A { index += 1 }
                result += ending
            } else {
                result.append(byte)
            }
        }
        if !endsWithLineEnd(result) { result += ending }
        return result
    }

    /// The comparison key of some source bytes: LF line ends, no final line end.
    static func key(_ bytes: ArraySlice<UInt8>) -> String {
        var normalised = withLineEndings(bytes, [0x0A])
        while normalised.last == 0x0A { normalised.removeLast() }
        return String(decoding: normalised, as: UTF8.self)
    }

    static func endsWithLineEnd(_ bytes: [UInt8]) -> Bool {
        bytes.last == 0x0A || bytes.last == 0x0D
    }

    /// The marker lines of a conflict region around the target's and the source's
    /// lines, as git writes them (size 7, labels `target` and `source`).
    static func conflictRegion(target: [UInt8], source: [UInt8], ending: [UInt8]) -> [UInt8] {
        var region = Array("<<<<<<< target".utf8) + ending
        region += target
        if !endsWithLineEnd(region) { region += ending }
        region += Array("=======".utf8) + ending + source
        if !endsWithLineEnd(region) { region += ending }
        return region + Array(">>>>>>> source".utf8) + ending
    }
}
