import DiffCore
import Migration

/// The command line's threads for the diff core: two pieces of work at once
/// (`ParallelWork.run`).
enum Threads {
    static let concurrency = Concurrency { first, second in ParallelWork.run([first, second]) }
}
