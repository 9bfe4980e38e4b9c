import MergeUI
import Migration
import Testing

/// Merge-view test helpers: open a file in a state of a given size, press keys, read
/// the result the outcome writes, and make one-file plans from small texts.
enum MergeFixture {
    /// The demo's state with `path` open in the merge view, sized as a `width` × `height` terminal.
    static func open(_ path: String, session: Session = Session(), width: Int = 100, height: Int = 30) -> AppState {
        var state = DemoFixture.state(session: session)
        size(&state, width: width, height: height)
        state.openMerge(path: path)
        return state
    }

    /// A state on a one-file `plan` with its file open.
    static func open(plan: Plan, width: Int = 100, height: Int = 30) -> AppState {
        var state = AppState(plan: plan)
        size(&state, width: width, height: height)
        state.openMerge(path: plan.merges.first?.path ?? plan.initFiles[0].path)
        return state
    }

    static func size(_ state: inout AppState, width: Int, height: Int) {
        state.bodyRows = AppView.bodyRows(height: height)
        state.bodyColumns = width
    }

    /// Presses each key named in `names` (key-map names, e.g. `t`, `<c-r>`); returns every effect.
    @discardableResult
    static func press(_ state: inout AppState, _ names: String...) -> [Effect] {
        names.flatMap { name in state.handle(Key(name: name)!) }
    }

    /// The bytes the outcome writes for the conflict file `path` under the state's session.
    static func outcomeBytes(_ state: AppState, path: String) -> [UInt8]? {
        let outcome = Outcome(plan: state.plan, session: state.session)
        guard let file = outcome.files.first(where: { $0.origin == path }), case .write(let bytes) = file.content else { return nil }
        return bytes
    }

    /// The text of the open file's result, as the result pane shows it line by line.
    static func resultText(_ state: AppState) -> String {
        String(decoding: state.merge!.resultBytes, as: UTF8.self)
    }

    /// A plan with one conflict file merged from these texts (no base: two-way), as
    /// the scan would give it: target tree `t`, source tree `s`.
    static func plan(path: String = "mod.py", base: String?, target: String, source: String, proposals: [Proposal] = []) -> Plan {
        let merge = try! FileMerge.merge(path: path, target: Array(target.utf8), source: Array(source.utf8),
                                         baseBytes: base.map { Array($0.utf8) }, base: base == nil ? .none : .found(origin: "test"))
        let workspace = Workspace(root: "/r", source: "/r/s", target: "/r/t", sourcePackage: nil, targetPackage: nil,
                                  sourcePrefix: "s", targetPrefix: "t")
        let scan = WorkspaceScan(source: "/r/s", target: "/r/t",
                                 files: [ScannedFile(path: path, fileClass: .conflict, flags: [], source: nil, target: nil)])
        return Plan(workspace: workspace, scan: scan, merges: [merge], initFiles: [], moves: ModuleMoves([]),
                    layout: LayoutPlan(rules: [], paths: [path], package: "pkg"), proposals: proposals, problems: [])
    }

    /// A plan with one combined `__init__.py` whose proposal has one conflict (`y`
    /// bound to different modules on the two sides).
    static func combinedPlan() -> Plan {
        let bytes = Array("""
            from .a import x
            <<<<<<< target
            from .b import y
            =======
            from .c import y
            >>>>>>> source
            __all__ = ["x", "y"]

            """.utf8)
        let conflict = ExportConflict(name: "y", target: "from .b import y", source: "from .c import y", line: 2)
        let file = InitFileCombination(path: "__init__.py", base: .none,
                                       combination: InitCombination(bytes: bytes, conflicts: [conflict], notes: []))
        let workspace = Workspace(root: "/r", source: "/r/s", target: "/r/t", sourcePackage: nil, targetPackage: nil,
                                  sourcePrefix: "s", targetPrefix: "t")
        let scan = WorkspaceScan(source: "/r/s", target: "/r/t",
                                 files: [ScannedFile(path: "__init__.py", fileClass: .conflict, flags: [], source: nil, target: nil)])
        return Plan(workspace: workspace, scan: scan, merges: [], initFiles: [file], moves: ModuleMoves([]),
                    layout: LayoutPlan(rules: [], paths: ["__init__.py"], package: "pkg"), proposals: [], problems: [])
    }

    /// Rows `rows` of `screen`'s text, for snapshot comparisons.
    static func lines(_ screen: Screen, _ rows: Range<Int>) -> [String] {
        Array(screen.textLines[rows])
    }

}

extension AppState {
    /// This state after the keys named in `names`.
    func pressing(_ names: String...) -> AppState {
        var state = self
        for name in names { _ = state.handle(Key(name: name)!) }
        return state
    }
}
