#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Migration
import PythonSource

/// The one file `converge mergetool` merges, as a plan the interface can show: one
/// conflict file whose merge has LOCAL as the target and REMOTE as the source, nothing
/// else in either tree, no moves and no rewrites.
struct MergetoolFile {
    /// The file's name in the interface and the plan: MERGED as git gave it.
    let path: String
    let merged: String
    let plan: Plan

    /// Reads the three versions and merges them.
    /// - Throws: `CommandFailure` (exit 2) naming a file that cannot be read.
    static func read(base: String, local: String, remote: String, merged: String) throws(CommandFailure) -> MergetoolFile {
        let target = try bytes(local, "LOCAL")
        let source = try bytes(remote, "REMOTE")
        // git gives an empty BASE when the two sides added the file independently.
        let baseBytes = (try? FileBytes.read(base)).flatMap { $0.isEmpty ? nil : $0 }
        let merge: FileMerge
        do {
            merge = try FileMerge.merge(path: merged, target: target, source: source, baseBytes: baseBytes,
                                        base: baseBytes == nil ? .none : .found(origin: base))
        } catch {
            throw CommandFailure("\(merged): cannot merge: \(error)")
        }
        var info = stat()
        let mode = stat(local, &info) == 0 ? UInt32(info.st_mode) & 0o7777 : 0o644
        let scanned = ScannedFile(path: merged, fileClass: .conflict, flags: [],
                                  source: ScannedSide(kind: .file, size: source.count, mode: mode),
                                  target: ScannedSide(kind: .file, size: target.count, mode: mode))
        let scan = WorkspaceScan(source: remote, target: local, files: [scanned],
                                 conflictTexts: [merged: ConflictTexts(source: source, target: target)])
        let workspace = Workspace(root: ".", source: remote, target: local, sourcePackage: nil, targetPackage: nil)
        let plan = Plan(workspace: workspace, scan: scan, merges: [merge], initFiles: [], moves: ModuleMoves([]),
                        layout: LayoutPlan(rules: [], paths: [merged], package: ModuleName("")), proposals: [], problems: [])
        return MergetoolFile(path: merged, merged: merged, plan: plan)
    }

    /// Writes MERGED atomically with the merge under `session`'s decisions, markers
    /// where a conflict is undecided; returns whether none is.
    @discardableResult
    func write(_ session: Session) throws(CommandFailure) -> Bool {
        let outcome = Outcome(plan: plan, session: session)
        guard let file = outcome.files.first(where: { $0.origin == path }), case .write(let bytes) = file.content else {
            throw CommandFailure("\(merged): the merge has no result")
        }
        do {
            try AtomicFile.replace(merged, newFileMode: 0o644) { sink in sink.write(bytes[...]) }
        } catch {
            throw CommandFailure(error.description)
        }
        return outcome.undecided.isEmpty
    }

    private static func bytes(_ path: String, _ role: String) throws(CommandFailure) -> [UInt8] {
        do {
            return try FileBytes.read(path)
        } catch {
            throw CommandFailure("\(path) (\(role)): cannot read: \(String(cString: strerror(error.code)))")
        }
    }
}
