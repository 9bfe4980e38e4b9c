import ConvergeTestSupport
import MergeUI
import Migration

/// The demo sample's plan (with `--base auto`), read once for all interface tests:
/// the realistic migration every screen is tested on.
enum DemoFixture {
    /// The folder the sample was written to; kept for the whole test run.
    nonisolated(unsafe) static let folder: TemporaryFolder = {
        let folder = try! TemporaryFolder("converge-ui-demo")
        try! DemoSample.write(into: folder.path)
        return folder
    }()

    static let plan: Plan = {
        let root = folder.path
        let source = root + "/" + DemoSample.sourcePackage
        let target = root + "/" + DemoSample.targetPackage
        let bases = try! MergeBaseProvider(choice: .auto, source: source, target: target)
        return try! PlanReader.read(workspace: .locate(root: root, source: source, target: target), bases: bases)
    }()

    /// A fresh interface state on the demo plan, with an empty session.
    static func state(session: Session = Session()) -> AppState {
        AppState(plan: plan, session: session)
    }

    /// Draws `state` on a screen of the given size, as the loop would.
    static func render(_ state: AppState, width: Int = 100, height: Int = 30) -> Screen {
        var state = state
        state.bodyRows = AppView.bodyRows(height: height)
        state.bodyColumns = width
        var screen = Screen(width: width, height: height)
        AppView.draw(state, on: &screen)
        return screen
    }
}
