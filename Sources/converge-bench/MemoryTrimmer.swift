#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gives freed heap memory back to the system before each fork, so that the child's copy of
/// our address space (and thus its `ru_maxrss` floor) stays small. glibc's `malloc_trim` is
/// looked up at run time because the Glibc module does not export it.
struct MemoryTrimmer {
    private typealias TrimFunction = @convention(c) (Int) -> Int32
    private let function: TrimFunction?

    init() {
        let symbol = dlsym(dlopen(nil, RTLD_NOW), "malloc_trim")
        function = symbol.map { unsafeBitCast($0, to: TrimFunction.self) }
    }

    func trim() {
        _ = function?(0)
    }
}
