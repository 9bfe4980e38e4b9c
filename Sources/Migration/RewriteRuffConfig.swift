/// Reads the project's ruff TID252 setting (`ban-relative-imports`) from the root's
/// `.ruff.toml`, `ruff.toml` or `pyproject.toml`, in ruff's own order of precedence.
///
/// A line-based reading, not a TOML parser: it needs only one key and the rule
/// selection, and a config it cannot read simply bans nothing, which keeps each
/// import's style (the safe default).
enum RewriteRuffConfig {
    static func ban(in otherFiles: [String: [UInt8]]) -> RewriteImportStyle.Ban? {
        for (name, prefix) in [(".ruff.toml", ""), ("ruff.toml", ""), ("pyproject.toml", "tool.ruff")] {
            guard let bytes = otherFiles[name] else { continue }
            let sections = self.sections(String(decoding: bytes, as: UTF8.self))
            // ruff reads only the first config file that configures it.
            guard prefix.isEmpty || sections.keys.contains(where: { $0.hasPrefix(prefix) }) else { continue }
            return ban(sections, prefix: prefix)
        }
        return nil
    }

    /// The ban when TID252 is selected; ruff's default setting is `parents`.
    private static func ban(_ sections: [String: String], prefix: String) -> RewriteImportStyle.Ban? {
        let dot = prefix.isEmpty ? "" : prefix + "."
        let lint = (sections[dot + "lint"] ?? "") + "\n" + (sections[prefix] ?? "")
        guard selectsTID252(lint) else { return nil }
        let tidy = (sections[dot + "lint.flake8-tidy-imports"] ?? "") + "\n"
            + (sections[dot + "flake8-tidy-imports"] ?? "")
        let value = self.value(of: "ban-relative-imports", in: tidy)
        return value.flatMap(RewriteImportStyle.Ban.init(rawValue:)) ?? .parents
    }

    /// Section name (`tool.ruff.lint`, "" for the top) → its text.
    private static func sections(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var current = ""
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingBlanks
            if trimmed.hasPrefix("[") && !trimmed.hasPrefix("[[") && trimmed.hasSuffix("]") && !trimmed.contains("=") {
                current = String(trimmed.dropFirst().dropLast()).trimmingBlanks
                continue
            }
            result[current, default: ""] += line + "\n"
        }
        return result
    }

    /// Whether `select` or `extend-select` names TID252, or a prefix of it, or ALL.
    private static func selectsTID252(_ text: String) -> Bool {
        let selectors: Set<String> = ["ALL", "TID", "TID2", "TID25", "TID252"]
        for key in ["select", "extend-select"] {
            guard let list = value(of: key, in: text, array: true) else { continue }
            let codes = list.split { $0 == "," || $0 == "[" || $0 == "]" || $0.isWhitespace }
                .map { $0.unquoted }
            if codes.contains(where: selectors.contains) { return true }
        }
        return false
    }

    /// The value after `key =` on its line (without quotes), or up to the closing `]`
    /// for an array that spans lines.
    private static func value(of key: String, in text: String, array: Bool = false) -> String? {
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        guard let index = lines.firstIndex(where: { line in
            let parts = line.split(separator: "=", maxSplits: 1)
            return parts.count == 2 && parts[0].trimmingBlanks == key
        }) else { return nil }
        var value = String(lines[index].split(separator: "=", maxSplits: 1)[1])
        guard array else { return value.trimmingBlanks.unquoted }
        var next = index + 1
        while !value.contains("]") && next < lines.count {
            value += "\n" + lines[next]
            next += 1
        }
        return value
    }
}

private extension StringProtocol {
    var trimmingBlanks: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }

    /// A TOML scalar without its quotes and any trailing comment.
    var unquoted: String {
        let text = trimmingBlanks
        let noComment = text.split(separator: "#", maxSplits: 1).first.map { String($0).trimmingBlanks } ?? ""
        return noComment.filter { $0 != "\"" && $0 != "'" }
    }
}
