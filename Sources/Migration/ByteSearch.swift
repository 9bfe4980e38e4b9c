/// Finding a short byte string in a file's bytes.
///
/// The standard library's `firstRange(of:)` is generic over collections and, for
/// byte arrays, spent most of a 300k-line `converge move --dry-run` building its
/// searcher and instantiating generic metadata; this plain loop over the first byte is
/// what a search for one short needle in each file needs.
enum ByteSearch {
    /// The first range of `needle` in `bytes[range]`, or nil.
    static func firstRange(of needle: [UInt8], in bytes: [UInt8], range: Range<Int>? = nil) -> Range<Int>? {
        let range = range ?? bytes.indices
        guard let first = needle.first, range.count >= needle.count else { return nil }
        return bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                var index = range.lowerBound
                let last = range.upperBound - needle.count
                while index <= last {
                    if haystack[index] == first
                        && UnsafeBufferPointer(rebasing: haystack[index..<(index + needle.count)]).elementsEqual(needle) {
                        return index..<(index + needle.count)
                    }
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
