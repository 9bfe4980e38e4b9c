#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MergeUI
import Migration

/// Opens one hunk's result in the user's editor (`$VISUAL`, else `$EDITOR`, else `vi`),
/// on the terminal the interface gives up meanwhile, and reads back what was saved.
///
/// The text goes to a temporary file named with the file's extension (so the editor
/// picks its syntax), and the editor runs through the shell as git runs it
/// (`sh -c '$EDITOR "$1"' sh FILE`), so `EDITOR="code --wait"` works.
enum HunkEditor {
    /// The saved bytes; nil when the editor failed, could not start, or saved nothing new.
    static func edit(_ edit: HunkEdit, on terminal: TerminalDevice) -> [UInt8]? {
        guard let file = temporaryFile(for: edit.path) else { return nil }
        defer { unlink(file.path) }
        let wrote = edit.bytes.withUnsafeBytes { FileDescriptorWriter.writeAll(file.fd, $0) }
        close(file.fd)
        guard wrote else { return nil }
        terminal.suspend()
        let status = runEditor(on: file.path)
        terminal.resume()
        guard status == 0, let bytes = try? FileBytes.read(file.path), bytes != edit.bytes else { return nil }
        return bytes
    }

    /// The editor command: `$VISUAL`, else `$EDITOR`, else `vi` (empty values count as unset).
    static func command() -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty { return value }
        }
        return "vi"
    }

    /// Runs the editor on `path` with the terminal, SIGINT and SIGQUIT at their default
    /// actions and no signal blocked; returns its exit status (128 + signal when one ended it).
    private static func runEditor(on path: String) -> Int32 {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGQUIT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let script = Self.command() + " \"$1\""
        let words: [String] = ["sh", "-c", script, "sh", path]
        let arguments = words.map { strdup($0) } + [nil]
        defer { for argument in arguments { free(argument) } }
        var pid = pid_t()
        guard posix_spawnp(&pid, "sh", nil, &attributes, arguments, environ) == 0 else { return 127 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// A new file in `$TMPDIR` (or /tmp) ending in the extension of `path`, open for writing.
    private static func temporaryFile(for path: String) -> (path: String, fd: Int32)? {
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        let dot = name.lastIndex(of: ".").map { name[$0...] } ?? ""
        let suffix = dot.count > 1 && dot.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." } ? String(dot) : ""
        let folder = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(folder)/converge-hunk-XXXXXX\(suffix)".utf8CString)
        let fd = mkstemps(&template, Int32(suffix.utf8.count))
        guard fd >= 0 else { return nil }
        return (template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }, fd)
    }
}
