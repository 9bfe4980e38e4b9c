import DiffCore
import Migration

/// What `converge diff` was asked, however it was parsed (by ArgumentParser, or by
/// `FastPath` for the common forms), and the run of it.
struct DiffRequest {
    var old: String
    var new: String
    var context = 3
    var minimal = false
    var stat = false
    var text = false

    func run() throws {
        guard context >= 0 else { throw CommandFailure("-u takes a number of lines, 0 or more") }
        let texts = try ConcurrentLoad.texts([old, new], keepPages: minimal)
        let oldText = texts[0], newText = texts[1]
        if !text && (oldText.looksBinary || newText.looksBinary) {
            guard oldText.bytes != newText.bytes else { return }
            var output = FileSink.standardOutput()
            output.write("Binary files \(old) and \(new) differ\n")
            output.flush()
            throw CommandExit(1)
        }
        let changes: [Change]
        do {
            changes = try Diff.changes(
                from: oldText, to: newText, options: DiffOptions(minimal: minimal, concurrency: Threads.concurrency))
        } catch {
            throw CommandFailure("\(old): \(error)")
        }
        var output = FileSink.standardOutput()
        if stat {
            if let line = DiffStat(changes).shortStat { output.write(line + "\n") }
        } else {
            UnifiedDiff(oldLabel: old, newLabel: new, context: context)
                .write(old: oldText, new: newText, changes: changes, to: &output)
        }
        output.flush()
        if !changes.isEmpty { throw CommandExit(1) }
    }
}
