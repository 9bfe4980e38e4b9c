/// Where the common ancestor of a conflict file's two versions comes from, as the user
/// chose it on the command line (or in `converge.toml`).
public enum MergeBaseChoice: Hashable, Sendable {
    /// No base: a two-way merge, where every differing hunk is a decision.
    case none
    /// `--base DIR`: a snapshot of the common ancestor, the file at the same relative path.
    case folder(String)
    /// `--base-rev REV`: the file at SOURCE's path in the git revision REV.
    case revision(String)
    /// `--base auto`: from git history, SOURCE's version when TARGET's copy first appeared.
    case auto

    /// The choice from the two options, either of which may be missing: `--base auto`
    /// means `.auto` (a snapshot folder named `auto` is `--base ./auto`), any other
    /// `--base` value is a folder. Giving both options is an error.
    public init(base: String?, baseRevision: String?) throws(MergeBaseError) {
        switch (base, baseRevision) {
        case (nil, nil): self = .none
        case ("auto"?, nil): self = .auto
        case (let folder?, nil): self = .folder(folder)
        case (nil, let revision?): self = .revision(revision)
        case (_?, _?): throw .bothOptions
        }
    }

    /// The option a user wrote for this choice, for error messages.
    public var option: String {
        switch self {
        case .none: "no base"
        case .folder: "--base"
        case .revision: "--base-rev"
        case .auto: "--base auto"
        }
    }
}
