/// Reads what the Python checks printed: compileall's error blocks and the result
/// lines of `PythonScripts`.
enum PythonOutput {
    struct ImportFailure: Hashable, Sendable {
        var module: String
        var path: String?
        var line: Int
        var message: String
    }

    /// The modules imported cleanly and those that failed.
    static func importResults(_ text: String) -> (finished: Set<String>, failures: [ImportFailure]) {
        var finished = Set<String>(), failures: [ImportFailure] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
            if fields.count == 2 && fields[0] == "ok" { finished.insert(fields[1]) }
            if fields.count == 5 && fields[0] == "fail" {
                failures.append(ImportFailure(module: fields[1], path: fields[2].isEmpty ? nil : fields[2],
                                              line: Int(fields[3]) ?? 0, message: fields[4]))
            }
        }
        return (finished, failures)
    }

    /// `fail\tPATH\tLINE\tTEST\tMESSAGE` lines as findings: `TEST failed: MESSAGE`.
    static func pytestFailures(_ text: String) -> [VerifyFinding] {
        text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, fields[0] == "fail" else { return nil }
            return VerifyFinding(path: fields[1], line: Int(fields[2]) ?? 0, check: .pytest, message: "\(fields[3]) failed: \(fields[4])")
        }
    }

    /// compileall's `*** Error compiling './PATH'...` blocks (it ran from the root): the `File "PATH", line N`
    /// inside and the block's last line (`SyntaxError: invalid syntax`).
    static func compileErrors(_ text: String) -> [VerifyFinding] {
        var findings: [VerifyFinding] = []
        var block: [Substring] = []
        func finish() {
            guard let header = block.first, let path = quoted(header, "'") else { return }
            let location = block.first { $0.hasPrefix("  File \"") }
            let line = location.flatMap { $0.split(separator: ",").last }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
            let message = block.last { !$0.allSatisfy(\.isWhitespace) && $0 != header } ?? "does not compile"
            findings.append(VerifyFinding(path: path.hasPrefix("./") ? String(path.dropFirst(2)) : path, line: line, check: .compile,
                                          message: "does not compile: \(message.trimmingSpaces)"))
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("*** Error compiling ") {
                finish()
                block = [line]
            } else if !block.isEmpty {
                block.append(line)
            }
        }
        finish()
        return findings
    }

    /// The last line of a child's errors that is not blank (a traceback's verdict).
    static func lastLine(_ output: ChildProcess.Output) -> String {
        let lines = String(decoding: output.stderr + output.stdout, as: UTF8.self).split(separator: "\n")
        return lines.last { !$0.allSatisfy(\.isWhitespace) }.map { String($0).trimmingSpaces } ?? "no output"
    }

    private static func quoted(_ line: Substring, _ quote: Character) -> String? {
        guard let open = line.firstIndex(of: quote), let close = line[line.index(after: open)...].firstIndex(of: quote) else { return nil }
        return String(line[line.index(after: open)..<close])
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and carriage returns.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
