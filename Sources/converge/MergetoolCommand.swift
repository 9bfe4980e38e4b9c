import ArgumentParser
import Curses
import MergeUI
import Migration

/// `converge mergetool BASE LOCAL REMOTE MERGED`: git's mergetool contract on one file:
/// the three-way view on LOCAL (the target), REMOTE (the source) and BASE; MERGED is
/// written on every decision and at the end; exit 0 when no conflict is left, else 1.
struct MergetoolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mergetool",
        abstract: "Resolve one file's conflicts in the three-way view, as a git mergetool.",
        discussion: """
            LOCAL is the target (ours, it stays), REMOTE the source (theirs, it comes in), \
            BASE their common ancestor (missing or empty: a two-way merge, every difference \
            a conflict). Every decision writes MERGED (atomically), conflicts still open \
            with git's markers; quitting writes it once more. Exit 0 when every conflict is \
            resolved, 1 when some are left (so git keeps the file unresolved), 2 on bad \
            input or without a terminal.

            To use it from git, in ~/.gitconfig:
              [mergetool "converge"]
                  cmd = converge mergetool "$BASE" "$LOCAL" "$REMOTE" "$MERGED"
                  trustExitCode = true
            then, after a merge with conflicts: git mergetool --tool converge
            """
    )

    @Option(help: ArgumentHelp("The theme: a name (default, light, …) or a theme file.", valueName: "name|path"))
    var theme: String?

    @Argument(help: "The common ancestor's version.") var base: String
    @Argument(help: "Our version: the target, which stays.") var local: String
    @Argument(help: "Their version: the source, which comes in.") var remote: String
    @Argument(help: "Where the result is written.") var merged: String

    func run() throws {
        let (settings, warnings) = InterfaceLaunch.settings(themeOption: theme)
        let terminal = try InterfaceLaunch.openTerminal(theme: settings.theme, instead: "use 'converge merge-file' to merge without it")
        defer { terminal.close() }
        let file = try MergetoolFile.read(base: base, local: local, remote: remote, merged: merged)
        let ready = ContinuousClock.now
        var state = InterfaceLaunch.state(plan: file.plan, settings: settings, warnings: warnings)
        state.openMerge(path: file.path)
        let last = InterfaceLaunch.run(state, performer: MergetoolEffects(file: file), on: terminal, startedAt: ready)
        let resolved = try file.write(last.session)
        if !resolved { throw CommandExit(1) }
    }
}

/// Carries out the interface's effects for `converge mergetool`: saving writes MERGED,
/// the editor edits a hunk; a migration's apply, verify and rollback do not exist here.
struct MergetoolEffects: EffectPerformer {
    let file: MergetoolFile

    mutating func perform(_ effect: Effect, state: AppState, terminal: TerminalDevice,
                          report: (EffectResult) -> Void) -> EffectResult? {
        switch effect {
        case .saveSession:
            do {
                _ = try file.write(state.session)
                return .saved
            } catch {
                return .saveFailed(error.message)
            }
        case .editHunk(let edit):
            return .edited(edit.key, HunkEditor.edit(edit, on: terminal))
        case .apply, .verify, .rollback:
            return .failed("converge mergetool merges one file: write it with w and quit with q")
        case .quit:
            return nil
        }
    }
}
