#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PythonSource

/// What each module of the old layout defines at module scope, analysed when first
/// asked for and kept: the planner needs it only for the few modules a dotted string or
/// a `from … import` names, so keeping every file's analysis for it would hold the whole
/// project in memory.
///
/// Safe to share between the planner's threads: the cache is guarded by a lock, and a
/// module analysed twice by racing threads gives the same definitions.
final class RewriteModuleDefinitions: @unchecked Sendable {
    /// Old module name → the bytes of its file (`.py` only: a stub does not define).
    private let sources: [ModuleName: [UInt8]]
    private var cache: [ModuleName: [Definition]] = [:]
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    /// `files`: path → bytes; a module with two files (`a.py`, `a/__init__.py`) takes the
    /// later path in sorted order.
    init(files: [String: [UInt8]], layout: RewriteLayout) {
        var sources: [ModuleName: [UInt8]] = [:]
        for path in files.keys.sorted() where !path.hasSuffix(".pyi") {
            if let name = layout.oldLocation(ofPath: path)?.name { sources[name] = files[path]! }
        }
        self.sources = sources
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// The module-scope definitions of `module`; nil when no `.py` file holds it.
    func definitions(of module: ModuleName) -> [Definition]? {
        guard let bytes = sources[module] else { return nil }
        pthread_mutex_lock(lock)
        let cached = cache[module]
        pthread_mutex_unlock(lock)
        if let cached { return cached }
        let definitions = SourceAnalysis(PythonTokenizer.tokenize(bytes), findingDottedNameStrings: false).definitions
        pthread_mutex_lock(lock)
        cache[module] = definitions
        pthread_mutex_unlock(lock)
        return definitions
    }
}
