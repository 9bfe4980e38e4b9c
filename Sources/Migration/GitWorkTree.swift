/// A git work tree, found from a folder inside it: its top level, and paths in the
/// form git's trees use (relative to the top, `/`-separated, no leading `./`).
struct GitWorkTree: Sendable {
    /// The real path of the top level.
    let top: String

    /// The work tree holding `folder` (`git rev-parse --show-toplevel`); nil when there is
    /// none, git is missing, or `folder` is not a folder.
    static func containing(_ folder: String) -> GitWorkTree? {
        guard let output = try? GitProcess.run(["-C", folder, "rev-parse", "--show-toplevel"]),
              output.status == 0 else { return nil }
        var printed = output.stdout
        if printed.last == UInt8(ascii: "\n") { printed.removeLast() }
        guard !printed.isEmpty, let top = DiskPath.real(String(decoding: printed, as: UTF8.self)) else { return nil }
        return GitWorkTree(top: top)
    }

    /// `path` relative to the top, `""` for the top itself; nil when `path` does not exist
    /// or lies outside the work tree.
    func relative(_ path: String) -> String? {
        guard let real = DiskPath.real(path) else { return nil }
        if real == top { return "" }
        let prefix = top == "/" ? "/" : top + "/"
        return real.hasPrefix(prefix) ? String(real.dropFirst(prefix.count)) : nil
    }

    /// Runs `git ARGUMENTS` at the top level.
    func git(_ arguments: [String], input: [UInt8] = []) throws(GitProcess.Failure) -> GitProcess.Output {
        try GitProcess.run(["-C", top] + arguments, input: input)
    }
}
