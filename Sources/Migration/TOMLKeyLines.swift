/// The line where each key of a TOML text is set, so that a mistake found after
/// TOMLKit parsed the text (which keeps no positions for values) can still be reported
/// as `path:line: what`.
///
/// A key is named by its full path: `[diff.added]` then `fg = 2` gives `["diff", "added", "fg"]`;
/// dotted keys (`a.b = 1`), quoted keys and inline tables (`x = { fg = 2 }`) count the same.
/// The first line that sets or opens a path is kept. The scan assumes text TOMLKit has
/// already accepted; on anything else it stops early and keeps what it found.
///
/// - Complexity: O(n) in the length of the text.
struct TOMLKeyLines {
    private(set) var lines: [[String]: Int] = [:]

    init(text: String) {
        var scanner = Scanner(bytes: Array(text.utf8))
        scanner.scanDocument()
        lines = scanner.lines
    }

    /// The line of `path`, or of the nearest enclosing table or key that has one.
    func line(of path: [String]) -> Int? {
        var path = path[...]
        while !path.isEmpty {
            if let line = lines[Array(path)] { return line }
            path = path.dropLast()
        }
        return nil
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var lines: [[String]: Int] = [:]

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func scanDocument() {
            var table: [String] = []
            while true {
                skipBlank(newlines: true)
                guard let byte = current else { return }
                let before = index
                if byte == UInt8(ascii: "[") {
                    index += 1
                    if current == UInt8(ascii: "[") { index += 1 }
                    table = scanKey()
                    record(table)
                    skipToLineEnd()
                } else {
                    let key = table + scanKey()
                    record(key)
                    skipBlank(newlines: false)
                    guard current == UInt8(ascii: "=") else { return }
                    index += 1
                    scanValue(key)
                }
                if index == before { return }
            }
        }

        /// Records `path` and every enclosing path not seen yet at the current line.
        mutating func record(_ path: [String]) {
            for count in stride(from: path.count, through: 1, by: -1) where lines[Array(path.prefix(count))] == nil {
                lines[Array(path.prefix(count))] = line
            }
        }

        /// A dotted key: bare, `"quoted"` or `'literal'` parts joined by dots.
        mutating func scanKey() -> [String] {
            var parts: [String] = []
            while true {
                skipBlank(newlines: false)
                guard let byte = current else { return parts }
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    let start = index + 1
                    skipString()
                    parts.append(String(decoding: bytes[start..<max(start, index - 1)], as: UTF8.self))
                } else {
                    let start = index
                    while let next = current, Self.isBareKey(next) { index += 1 }
                    guard index > start else { return parts }
                    parts.append(String(decoding: bytes[start..<index], as: UTF8.self))
                }
                skipBlank(newlines: false)
                guard current == UInt8(ascii: ".") else { return parts }
                index += 1
            }
        }

        /// Skips one value; the keys of an inline table are recorded under `key`.
        mutating func scanValue(_ key: [String]) {
            skipBlank(newlines: false)
            guard let byte = current else { return }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): skipString()
            case UInt8(ascii: "["): scanList(closing: UInt8(ascii: "]")) { scanner in scanner.scanValue(key) }
            case UInt8(ascii: "{"):
                scanList(closing: UInt8(ascii: "}")) { scanner in
                    let inner = key + scanner.scanKey()
                    scanner.record(inner)
                    scanner.skipBlank(newlines: false)
                    guard scanner.current == UInt8(ascii: "=") else { return }
                    scanner.index += 1
                    scanner.scanValue(inner)
                }
            default:
                while let next = current, !Self.endsScalar(next) { index += 1 }
            }
        }

        /// Skips `[a, b]` or `{k = v}`, scanning each element with `element`.
        mutating func scanList(closing: UInt8, element: (inout Scanner) -> Void) {
            index += 1
            while true {
                skipBlank(newlines: true)
                guard let byte = current else { return }
                if byte == closing {
                    index += 1
                    return
                }
                if byte == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                let before = index
                element(&self)
                if index == before { return }
            }
        }

        /// Skips a basic or literal string, one-line or multi-line, counting its lines.
        mutating func skipString() {
            let quote = bytes[index]
            let isMultiLine = index + 2 < bytes.count && bytes[index + 1] == quote && bytes[index + 2] == quote
            index += isMultiLine ? 3 : 1
            while let byte = current {
                if byte == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") {
                    index += 1
                    if current == UInt8(ascii: "\n") { line += 1 }
                } else if byte == UInt8(ascii: "\n") {
                    line += 1
                } else if byte == quote {
                    if !isMultiLine {
                        index += 1
                        return
                    }
                    if index + 2 < bytes.count, bytes[index + 1] == quote, bytes[index + 2] == quote {
                        index += 3
                        while current == quote { index += 1 }
                        return
                    }
                }
                index += 1
            }
        }

        /// Skips spaces, tabs and comments, and newlines too when `newlines` is set.
        mutating func skipBlank(newlines: Bool) {
            while let byte = current {
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                    index += 1
                } else if byte == UInt8(ascii: "#") {
                    while let next = current, next != UInt8(ascii: "\n") { index += 1 }
                } else if byte == UInt8(ascii: "\n") && newlines {
                    line += 1
                    index += 1
                } else {
                    return
                }
            }
        }

        /// Skips the rest of a table header's line (its closing brackets, a comment).
        mutating func skipToLineEnd() {
            while let byte = current, byte != UInt8(ascii: "\n") { index += 1 }
        }

        static func isBareKey(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }

        static func endsScalar(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
                || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "#")
        }
    }
}
