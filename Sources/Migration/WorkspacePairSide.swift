import Crypto
import DiffCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One side of a scanned pair, opened for reading: a file's descriptor (opened within
/// its tree's folder, so the kernel walks only the relative part), or a link's target
/// text (not followed).
struct PairSide {
    enum Content {
        case file(Int32)
        case link([UInt8])
    }

    /// The full path, for error messages.
    let path: String
    let content: Content

    /// The side of `entry`, or nil when there is none or it is not read (a folder or a
    /// special file has no bytes to hash).
    static func open(_ tree: WorkspacePairs.Tree, _ relative: String, _ entry: WorkspaceListing.Entry?) throws(ScanError) -> PairSide? {
        guard let entry else { return nil }
        let path = "\(tree.path)/\(relative)"
        switch entry.kind {
        case .file:
            let fd = openat(tree.descriptor, tree.descriptor == AT_FDCWD ? path : relative, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw ScanError(path: path, code: errno) }
            return PairSide(path: path, content: .file(fd))
        case .symlink:
            return PairSide(path: path, content: .link(try WorkspaceListing.bytes(of: path, kind: .symlink, size: entry.size)))
        case .folder, .other:
            return nil
        }
    }

    var linkText: [UInt8]? {
        if case .link(let text) = content { return text }
        return nil
    }

    func close() {
        if case .file(let fd) = content { _ = systemClose(fd) }
    }

    /// Fills `buffer` from the file's current offset; fewer bytes than it holds only at
    /// the end of the file.
    func fill(_ buffer: inout [UInt8]) throws(ScanError) -> Int {
        guard case .file(let fd) = content else { return 0 }
        var count = 0, failure: Int32 = 0
        buffer.withUnsafeMutableBytes { whole in
            while count < whole.count {
                let n = read(fd, whole.baseAddress! + count, whole.count - count)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failure = errno; return }
                if n == 0 { return }
                count += n
            }
        }
        if failure != 0 { throw ScanError(path: path, code: failure) }
        return count
    }

    /// Hash and binary flag, reading a file chunk by chunk through `buffer`.
    func summary(buffer: inout [UInt8]) throws(ScanError) -> PairRead.Side {
        guard case .file = content else { return try whole().side }
        var hash = SHA256(), side = PairRead.Side(), first = true
        while true {
            let count = try fill(&buffer)
            buffer.withUnsafeBytes { whole in
                let bytes = UnsafeRawBufferPointer(rebasing: whole[..<count])
                if first { side.binary = PairRead.looksBinary(bytes) }
                hash.update(bufferPointer: bytes)
            }
            first = false
            if count < buffer.count { break }
        }
        side.hash = ContentHash(hasher: hash)
        return side
    }

    /// All the bytes, from the start, with their hash and binary flag.
    func whole() throws(ScanError) -> (side: PairRead.Side, text: [UInt8]) {
        let bytes: [UInt8]
        switch content {
        case .link(let text): bytes = text
        case .file(let fd):
            do throws(FileBytes.Failure) {
                guard lseek(fd, 0, SEEK_SET) == 0 else { throw FileBytes.Failure(code: errno) }
                var info = stat()
                bytes = try FileBytes.readAll(fd: fd, sizeHint: fstat(fd, &info) == 0 ? Int(info.st_size) : 0)
            } catch {
                throw ScanError(path: path, code: error.code)
            }
        }
        return (PairRead.Side(hash: ContentHash(of: bytes), binary: LineText.looksBinary(bytes)), bytes)
    }
}

/// `close(2)`, named apart from `PairSide.close`.
private func systemClose(_ fd: Int32) -> Int32 {
    close(fd)
}
