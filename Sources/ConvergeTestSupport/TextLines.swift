/// Splits bytes into lines the simple way, one byte at a time: a line ends after `\n`
/// (terminator kept); a lone `\r` does not end a line; the last line may have no
/// terminator.
///
/// Written independently of `DiffCore.LineText` (which scans eight bytes at a time), so
/// tests can check one against the other.
public enum TextLines {
    /// The lines of `bytes`, each a slice of it with its terminator.
    public static func split(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            lines.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { lines.append(bytes[start...]) }
        return lines
    }

    /// Joins lines back into bytes.
    public static func join<Lines: Sequence>(_ lines: Lines) -> [UInt8]
    where Lines.Element: Sequence, Lines.Element.Element == UInt8 {
        var bytes: [UInt8] = []
        for line in lines { bytes.append(contentsOf: line) }
        return bytes
    }

    /// Nil when `actual` equals `expected`; otherwise a short account of where they
    /// first differ, for failure messages that must not print megabytes.
    public static func difference(_ actual: [UInt8]?, _ expected: [UInt8]) -> String? {
        guard let actual else { return "nothing (the file is gone), expected \(expected.count) bytes" }
        guard actual != expected else { return nil }
        let at = zip(actual, expected).prefix { $0 == $1 }.count
        let from = max(0, at - 30)
        return "first difference at byte \(at) (\(actual.count) bytes, expected \(expected.count)): "
            + "got \"\(escaped(actual[from...], limit: 80))\", expected \"\(escaped(expected[from...], limit: 80))\""
    }

    /// A short, readable rendering of bytes for failure messages: printable ASCII as it
    /// is, everything else escaped (`\n`, `\r`, `\0`, `\xFF`), cut after `limit` bytes.
    public static func escaped(_ bytes: some Collection<UInt8>, limit: Int = 400) -> String {
        var text = ""
        for byte in bytes.prefix(limit) {
            switch byte {
            case 0x0A: text += "\\n"
            case 0x0D: text += "\\r"
            case 0x00: text += "\\0"
            case 0x5C: text += "\\\\"
            case 0x20...0x7E: text.unicodeScalars.append(Unicode.Scalar(byte))
            default: text += (byte < 0x10 ? "\\x0" : "\\x") + String(byte, radix: 16, uppercase: true)
            }
        }
        if bytes.count > limit { text += "… (\(bytes.count) bytes)" }
        return text
    }
}
