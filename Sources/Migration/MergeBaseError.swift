/// Why a merge base choice cannot be used at all: found once, before any file is merged,
/// and said in one line that names what and where.
public enum MergeBaseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `--base` and `--base-rev` both given.
    case bothOptions
    /// A folder the choice needs (the base snapshot, SOURCE, TARGET) is not there.
    case noFolder(path: String, option: String)
    /// The path exists but is a file.
    case notAFolder(path: String, option: String)
    /// A git choice for a SOURCE or TARGET that no git work tree holds.
    case noRepository(path: String, option: String)
    /// TARGET lies outside the work tree that holds SOURCE.
    case outsideRepository(path: String, repository: String, option: String)
    /// `--base-rev REV` names nothing git knows in the repository.
    case notARevision(revision: String, repository: String)
    /// Git could not be run.
    case gitFailed(String)

    public var description: String {
        switch self {
        case .bothOptions:
            "--base and --base-rev: give one of them, not both"
        case let .noFolder(path, option):
            "\(path): no such folder (\(option))"
        case let .notAFolder(path, option):
            "\(path): not a folder (\(option))"
        case let .noRepository(path, option):
            "\(path): not in a git work tree (\(option) needs git history)"
        case let .outsideRepository(path, repository, option):
            "\(path): not inside the git work tree \(repository) (\(option))"
        case let .notARevision(revision, repository):
            "\(revision): not a revision of \(repository) (--base-rev)"
        case let .gitFailed(message):
            "git: \(message)"
        }
    }
}
