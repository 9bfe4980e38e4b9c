import DiffCore
import Migration

/// A one-line progress bar on standard output, drawn only when it is a terminal
/// (`enabled`): `[#########           ] 45/100`, redrawn in place with `\r`.
final class ProgressBar: @unchecked Sendable {
    let enabled: Bool
    private var drawn = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func show(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = done * width / total
        var line = "\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] \(done)/\(total)"
        _ = line.withUTF8 { FileDescriptorWriter.writeAll(1, UnsafeRawBufferPointer($0)) }
        drawn = true
    }

    /// Ends the bar's line, so what follows starts on a fresh one.
    func finish() {
        guard drawn else { return }
        var newline = "\n"
        _ = newline.withUTF8 { FileDescriptorWriter.writeAll(1, UnsafeRawBufferPointer($0)) }
        drawn = false
    }
}
