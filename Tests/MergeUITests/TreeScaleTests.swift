import MergeUI
import Migration
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A 10,000-file migration: building the tree state and drawing its first frame stays
/// far under the 500 ms (measured and printed; asserted only against a bound
/// generous enough for a debug build on a loaded machine).
@Suite struct TreeScaleTests {
    /// 20 packages of 10 folders of 50 files; every fifth file a conflict with a real merge.
    static func syntheticPlan(files count: Int = 10_000) throws -> Plan {
        let classes: [FileClass] = [.sourceOnly, .conflict, .targetOnly, .same, .sourceOnly]
        let side = ScannedSide(kind: .file, size: 100, mode: 0o644)
        var files: [ScannedFile] = []
        var merges: [FileMerge] = []
        for index in 0..<count {
            let path = "package_\(index / 500)/folder_\(index / 50 % 10)/module_\(index).py"
            let fileClass = classes[index % classes.count]
            files.append(ScannedFile(path: path, fileClass: fileClass, flags: [], source: side, target: side))
            guard fileClass == .conflict else { continue }
            let base = Array("a = 1\nb = 2\nc = 3\n".utf8)
            merges.append(try FileMerge.merge(path: path, target: Array("a = 1\nb = 20\nc = 3\n".utf8),
                                              source: Array("a = 1\nb = 21\nc = 4\n".utf8), baseBytes: base,
                                              base: .found(origin: "base/\(path)")))
        }
        let scan = WorkspaceScan(source: "/s", target: "/t", files: files)
        return Plan(workspace: Workspace(root: "/", source: "/s", target: "/t", sourcePackage: nil, targetPackage: nil),
                    scan: scan, merges: merges, initFiles: [], moves: ModuleMoves([]),
                    layout: LayoutPlan(rules: [], paths: [String](), package: "package"), proposals: [], problems: [])
    }

    static func milliseconds(_ work: () -> Void) -> Double {
        var start = timespec(), end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        work()
        clock_gettime(CLOCK_MONOTONIC, &end)
        return Double(end.tv_sec - start.tv_sec) * 1000 + Double(end.tv_nsec - start.tv_nsec) / 1_000_000
    }

    @Test func tenThousandFilesBuildAndDrawTheFirstFrameQuickly() throws {
        let plan = try Self.syntheticPlan()
        #expect(plan.scan.files.count == 10_000)
        var state: AppState?
        var screen = Screen(width: 100, height: 30)
        let build = Self.milliseconds { state = AppState(plan: plan) }
        let draw = Self.milliseconds {
            state!.bodyRows = AppView.bodyRows(height: 30)
            AppView.draw(state!, on: &screen)
        }
        print("10k-file plan: state \(build) ms, first frame \(draw) ms, total \(build + draw) ms")
        #expect(build + draw < 5_000)
        // 20 packages, 200 folders, 10,000 files.
        #expect(state!.tree.rows.count == 10_220)
        #expect(ListScreen.body(screen)[1] == "   ▾ package_0/                                                                       500 files")
        let key = Self.milliseconds {
            _ = state!.handle(.character("f"))
            _ = state!.handle(.character("G"))
        }
        print("10k-file plan: filter + bottom \(key) ms")
        #expect(state!.tree.filter == .sourceOnly)
    }
}
