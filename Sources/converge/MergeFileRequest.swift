import DiffCore
import Migration

/// What `converge merge-file` was asked, however it was parsed (by ArgumentParser, or
/// by `FastPath` for the common forms), and the run of it.
struct MergeFileRequest {
    var current: String
    var base: String
    var other: String
    var toStandardOutput = false
    var labels: [String] = []
    var style = ConflictStyle.merge
    var favor: ConflictFavor? = nil
    var markerSize = MergeOptions.defaultMarkerSize
    var minimal = false

    func run() throws {
        guard labels.count <= 3 else {
            throw CommandFailure("-L: at most three labels (CURRENT, BASE, OTHER)", exitCode: 255)
        }
        // Read in git's order, so that the same bad file is named first.
        let texts = try Self.load([current, base, other])
        let currentText = texts[0], baseText = texts[1], otherText = texts[2]
        let result: MergeResult
        do {
            result = try ThreeWayMerge.merge(
                base: baseText, target: currentText, source: otherText, options: options)
        } catch {
            throw CommandFailure("\(current): \(error)", exitCode: 255)
        }
        let output = MergeOutput(result)
        if toStandardOutput || current == "-" {
            var sink = FileSink.standardOutput()
            output.write(to: &sink)
            sink.flush()
        } else {
            do {
                try AtomicFile.replace(current) { sink in output.write(to: &sink) }
            } catch {
                throw CommandFailure(error.description, exitCode: 255)
            }
        }
        let conflicts = min(result.unresolvedConflictCount, 127)
        if conflicts > 0 { throw CommandExit(Int32(conflicts)) }
    }

    /// The merge options asked for; labels default to the file names, as git's.
    private var options: MergeOptions {
        func label(_ index: Int, _ fallback: String) -> String {
            labels.count > index ? labels[index] : fallback
        }
        return MergeOptions(
            style: style, favor: favor, markerSize: markerSize,
            labels: MergeLabels(target: label(0, current), base: label(1, base), source: label(2, other)),
            minimal: minimal, concurrency: Threads.concurrency)
    }

    /// Reads and splits one input, refusing binary files as git does (`buffer_is_binary`:
    /// a NUL byte in the first 8000 bytes).
    private static func load(_ paths: [String]) throws(CommandFailure) -> [LineText] {
        let texts: [LineText]
        do {
            texts = try ConcurrentLoad.texts(paths)
        } catch {
            throw CommandFailure(error.message, exitCode: 255)
        }
        for (path, text) in zip(paths, texts) where text.looksBinary {
            throw CommandFailure(
                "\(path): cannot merge binary files (a NUL byte in its first 8000 bytes)", exitCode: 255)
        }
        return texts
    }
}
