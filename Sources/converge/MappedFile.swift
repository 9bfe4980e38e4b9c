#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DiffCore

/// Regular files are read through a private, read-only memory mapping.
///
/// Why: the diff core tells a text which bytes it has finished with, and a mapping can
/// give those pages back (`MADV_DONTNEED`) and read them again from the page cache when
/// a hunk needs them, so converge's memory stays well below the size of its inputs.
/// Pipes, standard input and empty files are read into memory instead.
///
/// A file truncated by another program while converge runs makes the process stop
/// with SIGBUS before it writes anything; converge's own writes replace files by rename,
/// which leaves a mapped file untouched.
enum MappedFile {
    /// The text of the file at `path`, mapped when it is a regular non-empty file.
    /// - Parameter keepPages: never give pages back: each page is faulted in once, not
    ///   again for every pass that reads it (`--minimal` trades memory for time: at 100k
    ///   lines it then peaks at about GNU `diff --minimal`'s memory, and takes a fifth less time).
    static func loadText(_ path: String, keepPages: Bool = false) throws(CommandFailure) -> LineText {
        let mapped = try map(path, keepPages: keepPages)
        let bytes = mapped == nil ? try FileAccess.read(path) : []
        do {
            return try mapped.map { external throws(DiffCoreError) in try LineText(external) } ?? LineText(bytes)
        } catch {
            throw CommandFailure("\(path): \(error)")
        }
    }

    /// Maps the file, or returns nil when it is not a regular non-empty file.
    private static func map(_ path: String, keepPages: Bool) throws(CommandFailure) -> ExternalBytes? {
        guard path != "-" else { return nil }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileAccess.failure(path, errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileAccess.failure(path, errno) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw CommandFailure("\(path): is a folder, not a file") }
        guard (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else {
            return nil
        }
        return ExternalBytes(
            base: UnsafeRawPointer(address), count: size,
            discard: { base, range in if !keepPages { discardPages(base, range, size: size) } },
            release: { base, count in munmap(UnsafeMutableRawPointer(mutating: base), count) })
    }

    /// `madvise(MADV_DONTNEED)` on the whole pages inside `range` (the last page of the
    /// file counts as whole: nothing follows it in the mapping).
    private static func discardPages(_ base: UnsafeRawPointer, _ range: Range<Int>, size: Int) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (range.lowerBound + page - 1) / page * page
        let end = range.upperBound == size ? (size + page - 1) / page * page : range.upperBound / page * page
        guard start < end else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
    }
}
