extension MergeBaseProvider {
    /// `--base-rev REV`: the file at SOURCE's path in the tree REV names, all files from
    /// one `git cat-file --batch`.
    func revisionBases(_ revision: String, _ relativePaths: [String], in place: Place) -> [MergeBaseLookup] {
        let tree = place.revisionTree ?? revision
        let paths = relativePaths.map(place.inSource)
        return Self.lookUp(paths.map { ["\(tree):\($0)"] }, paths: paths, in: place.tree) { index, answers in
            switch answers[0] {
            case .blob(let bytes): .found(bytes: bytes, origin: "\(revision):\(paths[index])")
            case .missing: .missing(reason: "\(revision) has no \(paths[index])")
            case .other(let type): .missing(reason: "\(revision):\(paths[index]) is a \(type), not a file")
            }
        }
    }

    /// `--base auto`: SOURCE's version of the file in the commit that first added TARGET's
    /// copy, from one `git log` and one `git cat-file --batch`.
    ///
    /// The commit itself, not its parent: a target copy is usually made by copying the
    /// source in that commit, so the source there is what was copied, and this also
    /// works when both copies first appear in the same commit (the parent has neither).
    /// When that commit has no source file, its parent's is taken: a `git mv` moves the
    /// source to the target in one commit, and the ancestor is what was moved.
    func autoBases(_ relativePaths: [String], in place: Place) -> [MergeBaseLookup] {
        let firstAdds: GitFirstAdds
        do {
            firstAdds = try GitFirstAdds.read(folder: place.targetPath, in: place.tree)
        } catch {
            return relativePaths.map { _ in .missing(reason: "auto: git \(error.description)") }
        }
        let sources = relativePaths.map(place.inSource)
        let targets = relativePaths.map(place.inTarget)
        let commits = targets.map { firstAdds.commits[$0] }
        let names = zip(sources, commits).map { source, commit in
            commit.map { ["\($0.hash):\(source)", "\($0.hash)^:\(source)"] } ?? []
        }
        return Self.lookUp(names, paths: sources, in: place.tree) { index, answers in
            guard let commit = commits[index] else { return .missing(reason: "auto: no commit adds \(targets[index])") }
            let first = "first commit with \(targets[index])"
            if case .blob(let bytes) = answers[0] {
                return .found(bytes: bytes, origin: "auto: \(commit.short) (\(first))")
            }
            if case .blob(let bytes) = answers[1] {
                return .found(bytes: bytes, origin: "auto: \(commit.short)^ (parent of \(commit.short), the \(first))")
            }
            return .missing(reason: "auto: \(commit.short), the \(first), has no \(sources[index])")
        }
    }

    /// Asks one batch for the objects every file names (`names[i]`, possibly none) and
    /// turns file i's answers into its lookup. A file whose `paths[i]` holds a line break,
    /// which the batch cannot read, and every file when git fails, get a reason instead.
    static func lookUp(
        _ names: [[String]], paths: [String], in tree: GitWorkTree,
        _ lookup: (Int, [GitObjectBatch.Answer]) -> MergeBaseLookup
    ) -> [MergeBaseLookup] {
        let readable = paths.map { !$0.contains("\n") }
        let asked = zip(names, readable).flatMap { $1 ? $0 : [] }
        let answers: [GitObjectBatch.Answer]
        do {
            answers = try GitObjectBatch.read(asked, in: tree)
        } catch {
            return paths.map { _ in .missing(reason: "git \(error.description)") }
        }
        var next = 0
        return names.indices.map { index in
            guard readable[index] else {
                return .missing(reason: "\(paths[index]): git cannot be asked for a name with a line break")
            }
            let mine = Array(answers[next..<next + names[index].count])
            next += names[index].count
            return lookup(index, mine)
        }
    }
}
