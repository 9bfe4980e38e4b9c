import TOMLKit

/// A TOML file read with TOMLKit, with the line of every key, so that every mistake in
/// it, the syntax TOMLKit refuses and the values its reader refuses, is reported as
/// `path:line: what` (`converge.toml`, the themes, `keys.toml`, `config.toml`).
public struct TOMLDocument {
    /// The file's name as errors show it.
    public let path: String
    public let table: TOMLTable
    private let keyLines: TOMLKeyLines

    /// Parses `text`; a syntax error is thrown with the line toml++ found it on.
    public init(text: String, path: String) throws(TOMLDocumentError) {
        self.path = path
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw TOMLDocumentError(path: path, line: error.source.begin.line, message: error.description)
        } catch {
            throw TOMLDocumentError(path: path, line: nil, message: "not TOML")
        }
        keyLines = TOMLKeyLines(text: text)
    }

    /// The line where the key at `keyPath` is set (`["diff", "added", "fg"]`), or where
    /// its nearest enclosing table is opened; nil when not even that is found.
    public func line(of keyPath: [String]) -> Int? {
        keyLines.line(of: keyPath)
    }

    /// A mistake at the line of `keyPath`.
    public func error(at keyPath: [String], _ message: String) -> TOMLDocumentError {
        TOMLDocumentError(path: path, line: line(of: keyPath), message: message)
    }
}

/// A mistake in a TOML file: `path:line: what` (or `path: what` when no line is known).
public struct TOMLDocumentError: Error, Hashable, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int?
    public let message: String

    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String { line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)" }
}

extension Array where Element == TOMLDocumentError {
    /// The mistake that comes first in the file (one without a line comes last), so a
    /// reader that collects every mistake reports the one a user meets first.
    public var firstInFile: TOMLDocumentError? {
        self.min { ($0.line ?? Int.max) < ($1.line ?? Int.max) }
    }
}
