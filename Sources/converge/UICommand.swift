import ArgumentParser
import Curses
import Migration
import MergeUI

/// `converge [ui] SOURCE TARGET`: the interface on a migration, resuming the saved
/// session: the tree, the conflicts hunk by hunk, the import rewrites, the apply.
struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui",
        abstract: "Open the interface on a migration (the default command: 'converge SOURCE TARGET').",
        discussion: """
            Computes the plan as converge scan does and continues the saved session \
            (.converge/session.json in the root), saving it after every decision. Needs a \
            terminal of at least 60×16 with a TERM that can move the cursor; without one it \
            says why in one line and exits 2 (converge scan and converge apply work without). \
            Exit 0 when the user quits; 2 on bad input.
            """
    )

    @OptionGroup var planOptions: PlanOptions

    @Option(help: ArgumentHelp("The theme: a name (default, light, …) or a theme file.", valueName: "name|path"))
    var theme: String?

    @Argument(help: "The source tree (the copy that moves in).") var source: String
    @Argument(help: "The target tree (the copy that stays).") var target: String

    func run() throws {
        let loading = planOptions.loading
        let (settings, warnings) = InterfaceLaunch.settings(themeOption: theme)
        try InterfaceLaunch.openMigration(loading: loading, source: source, target: target, settings: settings, warnings: warnings)
    }
}

extension InterfaceLaunch {
    /// Takes the terminal first (a missing one fails before any work), then computes the
    /// plan, loads the session and runs the interface; the terminal is given back
    /// before any error is printed.
    /// - Parameter opened: the terminal, when the caller took it already (`converge demo`
    ///   takes it before writing the sample).
    static func openMigration(loading: PlanLoading, source: String, target: String, settings: InterfaceSettings,
                              warnings: [String], opened: CursesTerminal? = nil) throws(CommandFailure) {
        let terminal: CursesTerminal
        if let opened { terminal = opened } else { terminal = try openTerminal(theme: settings.theme) }
        defer { terminal.close() }
        showWaiting("Scanning \(source) and \(target) …", on: terminal)
        let folder = try ProjectState.folder(loading.projectRoot(source: source))
        try ProjectState.refuseUnfinished(folder)
        // No phase timer here: its lines would land on the screen; the frame times are
        // printed once the terminal is given back (`InterfaceLaunch.run`).
        let plan = try loading.plan(source: source, target: target)
        let ready = ContinuousClock.now
        let sessionFile = ApplySession.sessionFile(plan: plan, root: folder.root, file: nil)
        let (session, unmatched) = try ApplySession.load(plan: plan, root: folder.root, file: nil)
        let notes = unmatched.isEmpty ? [] : ["\(unmatched.count) saved decision(s) no longer match the plan: "
                                              + unmatched.map(\.description).joined(separator: "; ")]
        let kinds = try loading.config(source: source).kinds.map(Set.init) ?? [.code, .codeString, .config]
        var initial = Self.state(plan: plan, session: session, settings: settings, warnings: warnings + notes)
        initial.outcomeOptions = OutcomeOptions(acceptedKinds: kinds)
        _ = run(initial, performer: InterfaceEffects(sessionFile: sessionFile, folder: folder), on: terminal, startedAt: ready)
    }
}
