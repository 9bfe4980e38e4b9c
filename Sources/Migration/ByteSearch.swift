#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding a short byte string in a file's bytes.
///
/// The standard library's `firstRange(of:)` is generic over collections and, for
/// byte arrays, spent most of a 300k-line `converge move --dry-run` building its
/// searcher and instantiating generic metadata. A search for one short needle needs
/// only the C library's `memchr` for its first byte and `memcmp` for the rest: the
/// planner's file filter runs several over every Python file of the project, and a
/// plain Swift loop over the first byte was a tenth of `converge scan`'s plan phase.
enum ByteSearch {
    /// The first range of `needle` in `bytes[range]`, or nil.
    static func firstRange(of needle: [UInt8], in bytes: [UInt8], range: Range<Int>? = nil) -> Range<Int>? {
        let range = range ?? bytes.indices
        guard !needle.isEmpty, range.count >= needle.count else { return nil }
        return bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                let base = haystack.baseAddress!, first = Int32(needle[0])
                var index = range.lowerBound
                let last = range.upperBound - needle.count
                while index <= last {
                    guard let found = memchr(base + index, first, last + 1 - index) else { return nil }
                    index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                    if memcmp(base + index, needle.baseAddress!, needle.count) == 0 { return index..<(index + needle.count) }
                    index += 1
                }
                return nil
            }
        }
    }

    /// Whether `needle` occurs anywhere in `bytes`.
    static func contains(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
        firstRange(of: needle, in: bytes) != nil
    }
}
