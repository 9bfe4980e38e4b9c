/// For every file under a folder, the commit that first added it, from one `git log`.
///
/// `--no-renames` makes a `git mv` count as an addition (with rename detection it would
/// be an `R`, which `--diff-filter=A` drops); `--reverse` lists the oldest first, and
/// the first commit seen for a path wins, so a file deleted and added again keeps its
/// first addition, the one the issue asks for.
struct GitFirstAdds: Sendable {
    struct Commit: Hashable, Sendable {
        /// The full object name, for asking git.
        let hash: String
        /// The abbreviated name, for people.
        let short: String
    }

    /// Repository-relative path → the commit that first added it.
    let commits: [String: Commit]

    /// Reads the history of HEAD for `folder` (repository-relative, `""` for the top).
    static func read(folder: String, in tree: GitWorkTree) throws(GitProcess.Failure) -> GitFirstAdds {
        let output = try tree.git([
            "--literal-pathspecs", "log", "--no-show-signature", "--no-renames", "--diff-filter=A",
            "--reverse", "--name-only", "-z", "--format=%x01%H %h", "--", folder.isEmpty ? "." : folder,
        ])
        guard output.status == 0 else {
            throw GitProcess.Failure(description: "log: \(output.errorLine.isEmpty ? "failed" : output.errorLine)")
        }
        return GitFirstAdds(commits: parse(output.stdout))
    }

    /// Parses `-z` output: a header `\u{1}HASH SHORT` NUL, then the names, each NUL-ended,
    /// the first one after a line break. A header cannot be taken for a name: every name
    /// starts with the folder's path (or is at the top, where none starts with U+0001).
    static func parse(_ bytes: [UInt8]) -> [String: Commit] {
        var commits: [String: Commit] = [:]
        var current: Commit?
        for field in bytes.split(separator: 0) {
            if field.first == 1 {
                let words = String(decoding: field.dropFirst(), as: UTF8.self).split(separator: " ")
                current = words.count == 2 ? Commit(hash: String(words[0]), short: String(words[1])) : nil
                continue
            }
            let name = field.first == UInt8(ascii: "\n") ? field.dropFirst() : field[...]
            if let current, !name.isEmpty {
                let path = String(decoding: name, as: UTF8.self)
                if commits[path] == nil { commits[path] = current }
            }
        }
        return commits
    }
}
