/// `config` and `docs` proposals for the project's non-Python files: fully qualified
/// dotted and slash paths only (`RewriteText`), so bare keys such as `market_regime:`
/// and entry-point names stay.
struct RewriteOtherFiles {
    let text: RewriteText
    let globs: RewriteGlobs

    /// Extensions of prose: their mentions are `docs`, off unless accepted.
    static let docsExtensions: Set<String> = ["md", "markdown", "rst", "txt", "adoc"]

    func proposals(path: String, bytes: [UInt8]) -> [Proposal] {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let ext = name.split(separator: ".").count > 1 ? name.split(separator: ".").last.map { $0.lowercased() } ?? "" : ""
        let isDocs = Self.docsExtensions.contains(ext)
        // Installed metadata (`*.dist-info/entry_points.txt`) keeps the old paths until
        // the project is installed again.
        let note = ["pyproject.toml", "setup.cfg"].contains(name)
            ? "; reinstall (pip install -e .) so installed entry points follow" : ""
        let globs = isDocs ? [] : self.globs.globs(in: bytes)
        let outputs = ext == "ipynb" ? RewriteNotebook.outputRanges(in: bytes) : []
        let mentions = text.mentions(in: bytes, range: 0..<bytes.count).filter { mention in
            !globs.contains { $0.range.overlaps(mention.range) } && !outputs.contains { $0.overlaps(mention.range) }
        }
        let globProposals = globs.map { glob in
            Proposal(path: path, line: RewriteLineCounter(bytes: bytes).counting(to: glob.range.lowerBound), range: glob.range,
                     before: String(decoding: bytes[glob.range], as: UTF8.self), after: glob.after, kind: .config,
                     reason: "the files this glob matches move to \(glob.after.split(separator: "/").dropLast().joined(separator: "/"))")
        }
        var lines = RewriteLineCounter(bytes: bytes)
        let isData = Self.isData(path: path, name: name, ext: ext)
        return globProposals + mentions.map { mention in
            Proposal(path: path, line: lines.line(at: mention.range.lowerBound), range: mention.range,
                     before: String(decoding: bytes[mention.range], as: UTF8.self), after: mention.after,
                     kind: isDocs ? .docs : isData ? .flag : .config,
                     reason: isData ? RewritePersistedNames.reason(old: mention.move.old, new: mention.move.new)
                        : isDocs
                        ? "the docs name \(mention.move.old), which moves to \(mention.move.new) "
                            + "(directives such as automodule break the docs build if skipped)"
                        : "the file names \(mention.move.old) by its full path, and it moves to \(mention.move.new)" + note)
        }
    }

    /// Extensions of stored data (spec case 71): pickles, databases and their dumps,
    /// row files. A module path there was written by a program (a pickled class, a
    /// stored `cls.__module__`), so it is flagged, never edited.
    static let dataExtensions: Set<String> = [
        "pkl", "pickle", "joblib", "sav", "db", "sqlite", "sqlite3", "sql", "csv", "jsonl", "ndjson",
    ]

    /// JSON is data too, except tool settings (`pyrightconfig.json`, `.vscode/settings.json`),
    /// whose paths are configuration.
    private static func isData(path: String, name: String, ext: String) -> Bool {
        if dataExtensions.contains(ext) { return true }
        guard ext == "json" else { return false }
        return !name.contains("config") && !name.contains("settings") && name != "package.json" && !path.hasPrefix(".")
    }
}
