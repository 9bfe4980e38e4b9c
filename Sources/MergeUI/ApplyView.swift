import Migration

/// Draws the Apply screen: the dry-run counts, a line on where the apply stands (ready,
/// blocked, a progress bar, done), and below them one list: the verify report and the
/// rollback when there are any, then what the apply does (only the rows in view).
enum ApplyView {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        let preview = current(state)
        guard rect.height > 0 else { return }
        screen.put(preview.countsText(fitting: rect.width), x: rect.x, y: rect.y, limit: rect.width, style: CellStyle(.title))
        guard rect.height > 1 else { return }
        drawStanding(state, preview: preview, in: rect.row(1), on: &screen)
        let (_, list) = rect.splitTop(3)
        let listing = ApplyListing(state: state, preview: preview)
        let first = min(max(0, state.apply.scroll), max(0, listing.count - list.height))
        for row in 0..<min(list.height, max(0, listing.count - first)) {
            draw(listing[first + row], column: state.apply.column, in: list.row(row), on: &screen)
        }
    }

    /// The list rows of the Apply body: all but the counts line, the standing line and a blank row.
    static func listRows(bodyRows: Int) -> Int { max(1, bodyRows - 3) }

    /// How many rows the list has.
    static func listCount(_ state: AppState) -> Int { ApplyListing(state: state, preview: current(state)).count }

    /// The preview as computed after the last key, or computed now for a state that has
    /// not seen a key on this screen (a test, the first frame).
    static func current(_ state: AppState) -> ApplyPreview {
        if let preview = state.apply.preview, preview.holds(for: state.session) { return preview }
        return ApplyPreview(plan: state.plan, session: state.session, options: state.outcomeOptions)
    }

    /// The second line: a running step (with its progress bar), its failure, its result, or whether `p` will apply.
    private static func drawStanding(_ state: AppState, preview: ApplyPreview, in rect: Rect, on screen: inout Screen) {
        let apply = state.apply
        switch apply.running {
        case let step?:
            let verb = step == .apply ? "applying" : step == .rollback ? "rolling back" : "verifying"
            if let progress = apply.progress {
                drawProgress(verb, progress, in: rect, on: &screen)
            } else {
                screen.put(verb + "…", x: rect.x, y: rect.y, limit: rect.width, style: CellStyle(.status))
            }
            return
        case nil:
            break
        }
        let standing: (text: String, role: StyleRole)
        if let failure = apply.failure {
            standing = (failure, .error)
        } else if let applied = apply.applied {
            standing = ("Applied: \(applied.written) written · \(applied.copied) copied · \(applied.removed) removed · backup \(applied.backupID)",
                            .conflictResolved)
        } else if let paths = apply.rolledBack {
            standing = ("Rolled back: \(paths.count) file\(paths.count == 1 ? "" : "s") as the backup recorded them", .status)
        } else if !preview.undecided.isEmpty {
            standing = ("\(preview.undecided.count) undecided: p refuses to apply until they are decided", .error)
        } else if !preview.outcome.unplacedRewrites.isEmpty {
            let count = preview.outcome.unplacedRewrites.count
            standing = ("\(count) rewrite\(count == 1 ? "" : "s") cannot be placed: p refuses until \(count == 1 ? "it is" : "they are") rejected", .error)
        } else {
            let review = preview.outcome.toReview.count
            standing = ("Ready: p applies (asks first)" + (review == 0 ? "" : " · \(review) to review"), review == 0 ? .status : .warning)
        }
        screen.put(standing.text, x: rect.x, y: rect.y, limit: rect.width, style: CellStyle(standing.role))
    }

    /// `applying  ████████░░░░░░░░  12/40`: the filled part in the progress role.
    private static func drawProgress(_ verb: String, _ progress: ApplyState.Progress, in rect: Rect, on screen: inout Screen) {
        var x = rect.x + screen.put(verb + "  ", x: rect.x, y: rect.y, limit: rect.width, style: CellStyle(.status))
        let done = min(progress.done, progress.total)
        let total = progress.total
        let counter = "  \(done)/\(total)"
        let barWidth = max(0, rect.maxX - x - DisplayWidth.of(counter))
        let filled = total > 0 ? min(barWidth, barWidth * done / total) : 0
        x += screen.put(String(repeating: "█", count: filled), x: x, y: rect.y, limit: rect.maxX - x, style: CellStyle(.progress))
        x += screen.put(String(repeating: "░", count: barWidth - filled), x: x, y: rect.y, limit: rect.maxX - x, style: CellStyle(.dim))
        screen.put(counter, x: x, y: rect.y, limit: rect.maxX - x, style: CellStyle(.status))
    }

    /// A heading at the left edge; an item as `  action   text`, its text without its
    /// first `column` display columns (the action stays put, as the tree's class letter does).
    private static func draw(_ line: ApplyLine, column: Int, in rect: Rect, on screen: inout Screen) {
        if line.isHeading {
            screen.put(line.text, x: rect.x, y: rect.y, limit: rect.width, style: CellStyle(line.role))
            return
        }
        screen.put("  " + line.action, x: rect.x, y: rect.y, limit: min(rect.width, actionWidth), style: CellStyle(.dim))
        let start = rect.x + actionWidth
        screen.put(ProposalText.dropping(column, of: line.text), x: start, y: rect.y, limit: rect.maxX - start, style: CellStyle(line.role))
    }

    /// The columns before an item's text: two of indent and the longest action.
    static let actionWidth = 12
}
