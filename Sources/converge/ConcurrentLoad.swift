import DiffCore

/// Loads several inputs at once, one thread each: splitting and hashing a file is the
/// largest part of a diff after the search, and files do not depend on each other.
enum ConcurrentLoad {
    /// The texts of `paths`, in order; the first failure (in path order) is thrown.
    static func texts(_ paths: [String], keepPages: Bool = false) throws(CommandFailure) -> [LineText] {
        let results = Results(count: paths.count)
        Threads.run(paths.indices.map { index in
            { results.set(index, Result { () throws(CommandFailure) in try MappedFile.loadText(paths[index], keepPages: keepPages) }) }
        })
        return try results.values.map { slot throws(CommandFailure) in try slot!.get() }
    }

    /// One slot per path, each written by exactly one thread and read only after all
    /// threads were joined.
    private final class Results: @unchecked Sendable {
        private(set) var values: [Result<LineText, CommandFailure>?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Result<LineText, CommandFailure>) {
            values.withUnsafeMutableBufferPointer { $0[index] = value }
        }
    }
}
