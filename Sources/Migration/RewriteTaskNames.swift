import PythonSource

/// Celery tasks in a file that moves: a task's default name is its module path plus
/// the function name, so messages already queued under the old name become
/// unroutable. Flagged at each `@…task` decorator; pinning
/// `@app.task(name="<old name>")` during the transition keeps them routable.
struct RewriteTaskNames {
    func proposals(in file: RewriteFile) -> [Proposal] {
        guard let old = file.oldLocation, let new = file.newLocation, old.name != new.name else { return [] }
        let source = file.analysis.source
        let significant = source.significantTokens(in: 0..<source.tokens.count)
        return significant.indices.dropLast().compactMap { position in
            guard source.isOperator(significant[position], "@") else { return nil }
            var last = position + 1
            while last + 2 < significant.count && source.isOperator(significant[last + 1], ".") { last += 2 }
            let name = source.text(ofToken: significant[last])
            guard name == "task" || name == "shared_task" else { return nil }
            let range = source.tokens[significant[position + 1]].range.lowerBound..<source.tokens[significant[last]].range.upperBound
            return file.proposal(range, after: file.text(range), kind: .flag,
                                 reason: "a Celery task's default name is \(old.name).<function>, and becomes \(new.name).<function>; "
                                    + "queued messages need @…task(name=\"\(old.name).<function>\") during the transition")
        }
    }
}
