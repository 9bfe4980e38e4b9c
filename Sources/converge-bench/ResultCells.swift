/// The cells every table shares: time and memory of one result, and ratios between two.
struct ResultCells {
    let timeout: Double

    /// `12.3 ms / 15 MiB`, `>60 s (killed)`, `failed³` or `—`.
    func timeAndMemory(_ result: ToolResult?, _ notes: inout Footnotes) -> String {
        guard let result else { return "—" }
        switch result.status {
        case .skipped: return "—"
        case .timedOut: return ">\(Formatting.limit(timeout)) (killed)"
        case .failed(let reason): return "failed" + notes.mark(reason)
        case .measured:
            let cell = "\(Formatting.seconds(result.medianSeconds)) / \(Formatting.mebibytes(kibibytes: result.maxResidentKiB))"
            guard result.runCount == 1, result.medianSeconds > 10 else { return cell }
            return cell + notes.mark("single run (the first run took more than 10 s)")
        }
    }

    /// `converge ÷ peer` wall time; a bound such as `<0.08×` when the peer was killed.
    func timeRatio(_ converge: ToolResult?, _ peer: ToolResult?) -> String {
        guard let converge, let peer else { return "—" }
        switch (converge.status, peer.status) {
        case (.measured, .measured): return Formatting.ratio(converge.medianSeconds / peer.medianSeconds)
        case (.measured, .timedOut): return "<" + Formatting.ratio(converge.medianSeconds / timeout)
        case (.timedOut, .measured): return ">" + Formatting.ratio(timeout / peer.medianSeconds)
        default: return "—"
        }
    }

    /// `converge ÷ peer` peak RSS.
    func memoryRatio(_ converge: ToolResult?, _ peer: ToolResult?) -> String {
        guard let converge, let peer, converge.isMeasured, peer.isMeasured, peer.maxResidentKiB > 0 else { return "—" }
        return Formatting.ratio(Double(converge.maxResidentKiB) / Double(peer.maxResidentKiB))
    }

    /// An edit or conflict count, or `—`.
    func count(_ value: Int?) -> String {
        value.map(Formatting.count) ?? "—"
    }
}
